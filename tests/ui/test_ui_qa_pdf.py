"""``workstation qa report --format pdf``: the core builds the HTML, the desktop frontend lays it out;
the PDF is rendered with pdftoppm and measured with pdftotext (headings spelled out, tables in 9 pt or
more, a legend page)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import require_tool
from wellbeing.clock import SystemClock
from workstation import app, cli, taxonomy
from workstation.decisions import DecisionRequest
from workstation.models import Item


def _world(url: str) -> None:
    """40 decisions by two reviewers, every one sampled and reviewed blind by a lead, a third of them
    differently: enough for Cohen's kappa to be shown."""
    s = app.build(url, clock=SystemClock(), outbox_path=None)
    try:
        d = s.directory
        ann, bob = d.add_user("ann", ["reviewer"]), d.add_user("bob", ["reviewer"])
        leo = d.add_user("leo", ["lead"])
        d.add_queue("general", severity_tier=2, verdicts=taxonomy.builtin("general"))
        now = s.clock.now()
        with s.db.write() as session:
            queue_id = d.queue("general").id
            session.add_all(
                Item(queue_id=queue_id, external_ref=f"r-{n}", created_at=now, sla_due_at=now)
                for n in range(40)
            )
        for n in range(40):
            who = (ann, bob)[n % 2]
            claim = s.claims.claim_next(who, "general")
            assert claim is not None
            verdict = "remove" if n % 4 == 0 else "allow"
            s.decisions.decide(
                who, DecisionRequest(claim.claim_id, verdict, reason="spam" if verdict == "remove" else "")
            )
        s.qa.sample(leo, "general", rate=1.0, min_per_reviewer=0, seed=1)
        n = 0
        while (item := s.qa.next_item(leo)) is not None:
            s.qa.review(leo, item.sample_id, "remove" if n % 3 == 0 else "allow")
            n += 1
    finally:
        s.close()


def test_the_qa_report_pdf_is_readable_with_a_legend(tmp_path: Path, qapp: Any) -> None:
    require_tool("pdftoppm")
    require_tool("pdftotext")
    from ui.launch import frontend

    url = f"sqlite:///{tmp_path / 'ws.db'}"
    _world(url)
    pdf = tmp_path / "qa.pdf"
    out, err = io.StringIO(), io.StringIO()
    argv = ["--database-url", url, "qa", "report", "--by", "queue", "--format", "pdf", "--out", str(pdf)]
    code = cli.main(argv, out=out, err=err, account=lambda: "leo", frontend=frontend())
    assert code == 0, err.getvalue()
    assert "wrote the QA report" in err.getvalue()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2  # the legend has a page of its own
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    for heading in ("Quality review (QA) report", "Agreement %", "Cohen's kappa", "Fleiss' kappa", "Legend"):
        assert heading in flat, heading
    assert "Confusion matrix, queue general" in flat
    assert "Shown from n ≥ 30" in flat or "Shown from n > 30" in flat or "n ≥ 30" in flat
    assert "fewer than 30 items" in flat  # Fleiss: nobody saw an item three times here
    box = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    heights = [
        float(y2) - float(y1)
        for y1, y2 in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', box)
    ]
    assert heights and min(heights) / 1.164 >= 8.95, min(heights)  # DejaVu's line box is 1.164 em
    # the legend's page begins with it: a page break, not a table that runs on
    legend_page = text.split("\f")[-2] if text.endswith("\f") else text.split("\f")[-1]
    assert legend_page.lstrip().startswith("Legend")
