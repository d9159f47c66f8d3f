"""The PDFs of the SLA, daily and QA reports: their HTML (built Qt-free by ``workstation.sla``,
``workstation.daily_report`` and ``workstation.qa``) laid out by QTextDocument on A4 pages through
QPdfWriter.

Body text is 10 pt and table text 9 pt, readable when printed; the document paginates itself. The
command line's reports are English and left to right; one saved from the window is in the person's
language, and an Arabic one begins ``<div dir="rtl">`` (``workstation.formats.html_document``): it is
laid out right to left, its headings aligned to the right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from workstation.formats import RTL_OPENING

STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #202020; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
table { border-color: #9a9a9a; border-style: solid; }
th { font-size: 9pt; background-color: #e8e8e8; text-align: left; }
td { font-size: 9pt; }
"""


def right_to_left(html: str) -> bool:
    """The report's HTML says it reads right to left (its builder was given an Arabic ``Formats``)."""
    return html.lstrip().startswith(RTL_OPENING)


def style(html: str) -> str:
    """The style sheet for ``html``: headings aligned to where a line of the document begins."""
    return STYLE.replace("text-align: left", "text-align: right") if right_to_left(html) else STYLE


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setDefaultStyleSheet(style(html))
    set_direction(doc, html)
    doc.setHtml(f"<html><body>{html}</body></html>")
    return doc


def set_direction(doc: QTextDocument, html: str) -> None:
    """An English report (the command line's) reads left to right in every paragraph, also one that
    begins with an Arabic date (its first strong letter would otherwise turn it right to left); one in
    a right-to-left language reads right to left."""
    option = doc.defaultTextOption()
    rtl = right_to_left(html)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)


def write_html_pdf(html: str, path: Path, *, title: str, landscape: bool = False) -> None:
    """``html`` as an A4 PDF at ``path`` (portrait, or landscape for wide tables)."""
    app = QApplication.instance() or QApplication([])  # the headless CLI has none yet
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Reviewer Workstation")
    doc = document(html)
    # QTextDocument lays out in the screen's logical pixels and print_() scales a page of them onto the
    # paper: give it the printable area in those pixels, so 10 pt prints as 10 pt (in points it came
    # out a third larger, 96/72).
    screen = app.primaryScreen() if isinstance(app, QApplication) else None
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    doc.setPageSize(QSizeF(rect.width() * dpi, rect.height() * dpi))
    doc.print_(writer)
    del app
