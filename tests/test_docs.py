"""The documentation a stranger and a maintainer follow: every link and every citation resolves.

Code cites the project's own documents (docs/architecture.md and its numbered invariants), never a
file outside the repository; a renamed heading or a moved page fails here, not in a reader's hands.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CODE_DIRS = ("workstation", "ui", "media", "wellbeing", "tests", "benchmarks", "tools", ".ci")
LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for a page's headings (lower case, punctuation dropped, spaces to dashes)."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    found = set()
    for line in text.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


def code_files() -> list[Path]:
    files: list[Path] = []
    for folder in CODE_DIRS:
        files += [p for p in (ROOT / folder).rglob("*") if p.is_file() and p.suffix in {".py", ""}]
    return [p for p in files if "__pycache__" not in p.parts and p.name != "test_docs.py"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_of_a_page_resolves(page: Path) -> None:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    broken = []
    for match in LINK.finditer(text):
        target = match.group(1) or match.group(2)
        if re.match(r"^[a-z]+:", target):
            continue  # an outside address: not ours to check
        file_part, _, anchor = target.partition("#")
        dest = (page.parent / file_part).resolve() if file_part else page
        if not dest.exists():
            broken.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(f"{target}: no heading '{anchor}' in {dest.name}")
    assert broken == [], f"{page.name}: " + "; ".join(broken)


def test_code_cites_only_documents_that_exist() -> None:
    problems = []
    for path in code_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(ROOT)
        if re.search(r"\bdesign\.md\b", text):
            problems.append(f"{rel} cites design.md, which is not in this repository")
        for doc in set(re.findall(r"\bdocs/[\w./-]+\.(?:md|sql)\b", text)):
            if not (ROOT / doc).exists():
                problems.append(f"{rel} cites {doc}, which does not exist")
        for number in re.findall(r"docs/architecture\.md,? invariants? (\d+)", text):
            if not 1 <= int(number) <= 7:
                problems.append(f"{rel} cites invariant {number}; there are 7")
    assert problems == []


def test_the_architecture_document_numbers_seven_invariants() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Safety and privacy invariants", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^(\d)\. \*\*", section, re.M) == [str(n) for n in range(1, 8)]


def test_the_readme_starts_with_the_two_commands_a_stranger_runs() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    top = "\n".join(lines[:45])
    assert "tools/bootstrap && .venv/bin/workstation demo" in top
    command = next(
        line for line in lines[:45] if line.startswith("tools/bootstrap && .venv/bin/python -m pytest")
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci  # CI runs exactly the README's test command
