"""QA from the command line, end to end, on SQLite (identity: the OS account) and on PostgreSQL (each
person's own login): sample -> next -> review -> report -> mine -> golden add -> a reviewer claims and
decides golden copies -> their accuracy in the report; and the attacks a user or an insider would try
(absurd rates, odd seeds, unknown references and verdicts, a reviewer running lead commands, a golden
item's expected verdict looked for in everything a reviewer can run)."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.workstation.test_golden import batch
from wellbeing.clock import SystemClock
from workstation import app, cli, golden
from workstation.actor import Actor
from workstation.decisions import DecisionRequest


@dataclass
class Scene:
    run: Callable[[str, tuple[str, ...]], tuple[int, str, str]]  # (who, argv) -> (code, out, err)
    services: Callable[[str], Any]  # who -> Services over their identity
    actor: Callable[[Any, str], Actor]


def scenario(scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the copies' draws, made predictable for the test only (production: SystemRandom)
    monkeypatch.setattr(golden.random, "SystemRandom", lambda: random.Random(7))

    def ok(who: str, *argv: str) -> str:
        code, out, err = scene.run(who, argv)
        assert code == 0, (argv, out, err)
        return out

    def refused(who: str, *argv: str, says: str = "") -> str:
        code, out, err = scene.run(who, argv)
        assert code != 0 and "Traceback" not in err and says in err, (argv, code, out, err)
        return err

    # -- the rate: an admin's setting, within bounds ----------------------------------------------------
    for absurd in ("5", "0.21", "nan", "inf", "1e308"):
        refused("ada", "operations", "golden-rate", absurd, says="golden-item rate")
    refused("ada", "operations", "golden-rate", "--", "-0.1", says="golden-item rate")
    refused("ada", "operations", "golden-rate", "lots", says="invalid float value")
    refused("leo", "operations", "golden-rate", "0.1", says="may not")
    refused("ann", "operations", "golden-rate", "0.1", says="may not")
    assert "2.0%" in ok("ada", "operations", "golden-rate", "0.02")
    ok("ada", "operations", "golden-rate", "0.2")

    # -- decisions to sample, then a golden item ---------------------------------------------------------
    ok("leo", "import", str(batch(tmp_path / "b0", 0, 20)), "--queue", "general")
    decide(scene, {})
    refused("ann", "qa", "golden", "add", "img-0000.png", "--expected", "remove", says="may not")
    refused("leo", "qa", "golden", "add", "no-such-ref", "--expected", "remove", says="no item 'no-such-ref'")
    refused("leo", "qa", "golden", "add", "img-0000.png", "--expected", "nuke", says="not a verdict of queue")
    refused("leo", "qa", "golden", "add", "img-0000.png", "--expected", "escalate", says="not a verdict")
    refused("leo", "qa", "golden", "add", "img-0000.png", says="--expected")
    assert "golden item 1" in ok("leo", "qa", "golden", "add", "img-0000.png", "--expected", "remove")
    refused("leo", "qa", "golden", "add", "img-0000.png", "--expected", "allow", says="already golden")
    refused("ann", "qa", "golden", "list", says="may not")
    refused("ann", "qa", "golden", "retire", "1", says="may not")
    refused("leo", "qa", "golden", "retire", "x", says="named by its number")
    refused("leo", "qa", "golden", "retire", "0", says="no golden item")
    refused("leo", "qa", "golden", "retire", "99", says="no golden item 99")
    listed = json.loads(ok("leo", "qa", "golden", "list", "--format", "json"))
    assert [(g["ref"], g["expected"], g["copies"]) for g in listed] == [("img-0000.png", "remove", 0)]

    # -- sampling and the blind review ---------------------------------------------------------------------
    refused("ann", "qa", "sample", "--queue", "general", says="may not")
    for bad, says in (("5", "at most 1"), ("0", "above 0"), ("-1", "above 0"), ("x", "share")):
        refused("leo", "qa", "sample", "--queue", "general", "--rate", bad, says=says)
    refused("leo", "qa", "sample", "--queue", "general", "--seed", "abc", says="invalid int value")
    refused("leo", "qa", "sample", "--queue", "general", "--min-per-reviewer", "99999", says="0 to 10000")
    refused("leo", "qa", "sample", "--queue", "nope", says="no queue 'nope'")
    out = ok(
        "leo",
        "qa",
        "sample",
        "--queue",
        "general",
        "--rate",
        "0.3",
        "--min-per-reviewer",
        "2",
        "--seed",
        str(2**80),
    )
    assert "sampled" in out
    again = ok(
        "leo",
        "qa",
        "sample",
        "--queue",
        "general",
        "--rate",
        "0.3",
        "--min-per-reviewer",
        "2",
        "--seed",
        str(2**80),
    )
    assert again.startswith("sampled 0 of")  # the same seed adds nothing
    refused("ann", "qa", "next", says="may not")
    blind = json.loads(ok("leo", "qa", "next", "--format", "json"))
    assert set(blind) == {
        "sample_id",
        "item_id",
        "external_ref",
        "queue",
        "item_reason",
        "verdicts",
        "language",
    }
    assert blind["language"] is None  # imported without one (issue 17); nothing of the first decision
    refused("ann", "qa", "review", str(blind["sample_id"]), "--verdict", "allow", says="may not")
    refused("leo", "qa", "review", str(blind["sample_id"]), "--verdict", "nuke", says="not a verdict")
    refused("leo", "qa", "review", "0", "--verdict", "allow", says="no QA sample")
    review = json.loads(
        ok("leo", "qa", "review", str(blind["sample_id"]), "--verdict", "remove", "--format", "json")
    )
    assert review["first_verdict"] == "allow" and review["outcome"] == "other"

    # -- golden copies reach the reviewers through an import ------------------------------------------
    ok("leo", "import", str(batch(tmp_path / "b1", 100, 40)), "--queue", "general")
    listed = json.loads(ok("leo", "qa", "golden", "list", "--format", "json"))
    copies = listed[0]["copies"]
    assert copies >= 3
    decided = decide(scene, {"ann": "remove", "bob": "allow"})
    assert decided >= copies

    # -- figures -----------------------------------------------------------------------------------------
    refused("ann", "qa", "report", says="may not")
    by_reviewer = {
        r["reviewer"]: r
        for r in json.loads(ok("leo", "qa", "report", "--by", "reviewer", "--format", "json"))
    }
    total = sum(by_reviewer[p]["golden_n"] for p in ("ann", "bob") if p in by_reviewer)
    assert total == copies
    if "ann" in by_reviewer and by_reviewer["ann"]["golden_n"]:
        assert by_reviewer["ann"]["golden_correct"] == by_reviewer["ann"]["golden_n"]  # ann says remove
    if "bob" in by_reviewer and by_reviewer["bob"]["golden_n"]:
        assert by_reviewer["bob"]["golden_correct"] == 0  # bob says allow
    csv_out = ok("leo", "qa", "report", "--by", "queue", "--format", "csv")
    header = csv_out.splitlines()[0].split(",")
    assert {
        "fleiss_n",
        "fleiss_kappa",
        "fleiss_low",
        "fleiss_high",
        "golden_n",
        "golden_accuracy_pct",
    } <= set(header)
    table = ok("leo", "qa", "report")
    assert "Fleiss" in table and "n >= 30" in table
    refused("leo", "qa", "report", "--format", "pdf", says="a PDF needs --out FILE")
    refused(
        "leo", "qa", "report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"), says="desktop interface"
    )

    # -- what a reviewer can run never shows a golden item's answer nor which items were golden ---------
    for who in ("ann", "bob"):
        mine = json.loads(ok(who, "qa", "mine", "--format", "json"))
        assert mine["golden"]["n"] == 0  # decided today: counted from tomorrow
        text = ok(who, "qa", "mine")
        for output in (json.dumps(mine), text):
            assert "expected" not in output and "img-0000" not in output and "golden item" not in output


def decide(scene: Scene, verdicts: dict[str, str]) -> int:
    """ann and bob take turns claiming and deciding until the queue is empty; with ``verdicts``,
    each gives that verdict to everything (so golden results follow who decided)."""
    made = 0
    services = {who: scene.services(who) for who in ("ann", "bob")}
    try:
        turn = 0
        while True:
            who = ("ann", "bob")[turn % 2]
            turn += 1
            s = services[who]
            me = scene.actor(s, who)
            claim = s.claims.claim_next(me, "general")
            if claim is None:
                other = services["bob" if who == "ann" else "ann"]
                if (
                    other.claims.claim_next(scene.actor(other, "bob" if who == "ann" else "ann"), "general")
                    is None
                ):
                    return made
                continue
            verdict = verdicts.get(who, "allow")
            reason = "spam" if verdict == "remove" else ""
            s.decisions.decide(me, DecisionRequest(claim.claim_id, verdict, reason=reason))
            made += 1
    finally:
        for s in services.values():
            s.close()


def _capture(argv: list[str], account: str | None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, out=out, err=err, account=(lambda: account) if account else None)
    return code, out.getvalue(), err.getvalue()


def test_qa_from_the_command_line_on_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    base = ["--database-url", url]
    assert _capture([*base, "db", "upgrade"], "ada")[0] == 0
    for name, roles in (("ada", ["admin"]), ("leo", ["lead"]), ("ann", ["reviewer"]), ("bob", ["reviewer"])):
        argv = [*base, "users", "add", name, *[x for r in roles for x in ("--role", r)]]
        assert _capture(argv, "ada")[0] == 0, _capture(argv, "ada")
    assert (
        _capture([*base, "queues", "add", "general", "--tier", "2", "--taxonomy", "general"], "ada")[0] == 0
    )

    def services(who: str) -> Any:
        return app.build(url, clock=SystemClock(), outbox_path=None)

    scene = Scene(
        run=lambda who, argv: _capture([*base, *argv], who),
        services=services,
        actor=lambda s, who: s.directory.sign_in(who),
    )
    scenario(scene, tmp_path, monkeypatch)


@pytest.mark.postgres
@pytest.mark.slow  # the whole QA flow through each login: about 10 s
def test_qa_from_the_command_line_on_postgresql_as_each_login(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the world's own items (general-0..5, one decided by bob) stay: leo imports more beside them
    scene = Scene(
        run=lambda who, argv: _capture(["--database-url", world.url(who), *argv], None),
        services=lambda who: open_as(world, who),
        actor=lambda _s, who: world.people[who],
    )
    scenario(scene, tmp_path, monkeypatch)
