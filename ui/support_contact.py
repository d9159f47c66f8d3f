"""The support contact from the wellbeing policy, one step away on every care screen.

Shown on the break screen, the check-in and the reviewer's own view (docs/wellbeing.md, "Support").
The text is the organisation's (``support_contact`` in the policy); without one, the label still
says where to turn. Plain text only: a policy's text is never interpreted as rich text or a link.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def support_text(contact: str) -> str:
    """The sentence in the window's language; the contact itself is the organisation's text, as written."""
    contact = contact.strip()
    if contact:
        return QCoreApplication.translate("SupportLabel", "Need to talk to someone? {contact}").format(
            contact=contact
        )
    return QCoreApplication.translate(
        "SupportLabel", "Need to talk to someone? Your wellbeing staff are there for you."
    )


class SupportLabel(QLabel):
    """``Need to talk to someone? <contact>``, selectable so a number or link can be copied."""

    def __init__(self, contact: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportContact")
        self.setAccessibleName(self.tr("Support contact"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("#supportContact { font-weight: 600; }")
        self.set_contact(contact)

    def set_contact(self, contact: str) -> None:
        self.setText(support_text(contact))
        self.setAccessibleDescription(self.text())


__all__ = ["SupportLabel", "support_text"]
