"""The wellbeing policy editor: wellbeing staff change the organisation's policy without a release.

Every setting of ``wellbeing.policy`` that staff tune (weights, break thresholds and lengths, the daily
budget, rotation, the minimum group size of reports, the support contact, the optional screening) in
one form. Saving builds the policy from the form and lets ``wellbeing.policy`` validate it: a bad
value gets its sentence under the form and nothing is saved. The save itself is
``WellbeingPolicyService.save`` on a worker (it checks the role again, keeps the version with who, when and
why, and audits it); running workstations pick the new version up within a minute. The history lists
every version. Nothing here decides what is valid.
"""

from __future__ import annotations

import itertools
import logging
import tomllib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats, person_zone
from ui.tasks import Runner
from wellbeing.policy import (
    SUPPORT_CONTACT_MAX,
    WellbeingPolicy,
    policy_changes,
    policy_fields,
    policy_from_mapping,
    policy_to_toml,
)
from workstation.actor import Actor
from workstation.errors import WorkstationError
from workstation.policy_store import PolicyVersionInfo, WellbeingPolicyService, version_changes

log = logging.getLogger(__name__)

#: The form's groups: (title, [(dotted key, label, unit)]). Severity weights are added per tier.
GROUPS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("PolicyEditor", "Breaks"),
        (
            (
                "breaks.soft_prompt_dose",
                QT_TRANSLATE_NOOP("PolicyEditor", "Suggest a break at"),
                QT_TRANSLATE_NOOP("PolicyEditor", "weighted min since a break"),
            ),
            (
                "breaks.soft_prompt_continuous_minutes",
                QT_TRANSLATE_NOOP("PolicyEditor", "…or after"),
                QT_TRANSLATE_NOOP("PolicyEditor", "min on task"),
            ),
            (
                "breaks.enforced_dose",
                QT_TRANSLATE_NOOP("PolicyEditor", "Require a break at"),
                QT_TRANSLATE_NOOP("PolicyEditor", "weighted min since a break"),
            ),
            (
                "breaks.enforced_continuous_minutes",
                QT_TRANSLATE_NOOP("PolicyEditor", "…or after"),
                QT_TRANSLATE_NOOP("PolicyEditor", "min on task"),
            ),
            (
                "breaks.break_minutes",
                QT_TRANSLATE_NOOP("PolicyEditor", "Short break"),
                QT_TRANSLATE_NOOP("PolicyEditor", "min"),
            ),
            (
                "breaks.enforced_break_minutes",
                QT_TRANSLATE_NOOP("PolicyEditor", "Required break"),
                QT_TRANSLATE_NOOP("PolicyEditor", "min"),
            ),
            (
                "breaks.postponements_allowed",
                QT_TRANSLATE_NOOP("PolicyEditor", "Postponements allowed"),
                QT_TRANSLATE_NOOP("PolicyEditor", "per required break"),
            ),
            (
                "breaks.postpone_max_minutes",
                QT_TRANSLATE_NOOP("PolicyEditor", "Postpone at most"),
                QT_TRANSLATE_NOOP("PolicyEditor", "min"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PolicyEditor", "Daily budget and rotation"),
        (
            (
                "caps.daily_budget_dose",
                QT_TRANSLATE_NOOP("PolicyEditor", "Daily exposure budget"),
                QT_TRANSLATE_NOOP("PolicyEditor", "weighted min"),
            ),
            (
                "caps.lock_tiers_above",
                QT_TRANSLATE_NOOP("PolicyEditor", "When spent, close tiers above"),
                QT_TRANSLATE_NOOP("PolicyEditor", "tier"),
            ),
            (
                "caps.rotation_after_consecutive_high",
                QT_TRANSLATE_NOOP("PolicyEditor", "Suggest calmer work after"),
                QT_TRANSLATE_NOOP("PolicyEditor", "severe items"),
            ),
            (
                "caps.high_severity_tier",
                QT_TRANSLATE_NOOP("PolicyEditor", "Severe means tier"),
                QT_TRANSLATE_NOOP("PolicyEditor", "and above"),
            ),
            (
                "min_group_size",
                QT_TRANSLATE_NOOP("PolicyEditor", "Reports show groups of at least"),
                QT_TRANSLATE_NOOP("PolicyEditor", "people"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PolicyEditor", "How much each view counts ({low} to {high})"),
        (
            ("visibility.blurred_gray", QT_TRANSLATE_NOOP("PolicyEditor", "Blurred and gray"), ""),
            ("visibility.blurred_color", QT_TRANSLATE_NOOP("PolicyEditor", "Blurred, colour"), ""),
            ("visibility.stylised", QT_TRANSLATE_NOOP("PolicyEditor", "Stylised"), ""),
            ("visibility.gray_unblurred", QT_TRANSLATE_NOOP("PolicyEditor", "Gray, not blurred"), ""),
            ("visibility.revealed", QT_TRANSLATE_NOOP("PolicyEditor", "Revealed"), ""),
            ("visibility.audio_unmuted_add", QT_TRANSLATE_NOOP("PolicyEditor", "Unmuted audio adds"), ""),
            ("visibility.hidden", QT_TRANSLATE_NOOP("PolicyEditor", "Hidden"), ""),
        ),
    ),
)


class PolicyEditor(QDialog):
    """The form, its Save (with a reason) and the version history."""

    saved = Signal(int)  # the new version

    def __init__(
        self, policies: WellbeingPolicyService, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("policyEditor")
        self.setWindowTitle(self.tr("Wellbeing policy — Reviewer Workstation"))
        self.setAccessibleName(self.tr("Wellbeing policy editor"))
        self.policies = policies
        self.actor = actor
        self.runner = runner
        self.policy: WellbeingPolicy | None = None
        self.fields: dict[str, QWidget] = {}
        self.resize(1180, 820)

        heading = QLabel(self.tr("The organisation's wellbeing policy"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.version_label = QLabel(self.tr("Loading…"))
        self.version_label.setObjectName("hint")
        intro = QLabel(
            self.tr(
                "Changes reach every workstation within a minute. Every saved version is kept with who saved "
                "it, when and why, and the change is on the audit trail."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")

        columns = QHBoxLayout()
        columns.setSpacing(16)
        self._form_column = QVBoxLayout()
        for title, rows in GROUPS:
            self._form_column.addWidget(self._group(title, rows))
        self._severity_box = QGroupBox(self.tr("Severity weight per queue tier"))
        self._severity_form = QFormLayout(self._severity_box)
        self._form_column.addWidget(self._severity_box)
        self._form_column.addStretch(1)
        form_widget = QWidget()
        form_widget.setLayout(self._form_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a stop with nothing to say; its fields are the stops
        scroll.setMinimumWidth(560)
        columns.addWidget(scroll, 5)

        side = QVBoxLayout()
        support_box = QGroupBox(self.tr("Support and screening"))
        support = QVBoxLayout(support_box)
        support.addWidget(
            QLabel(
                self.tr(
                    "Support contact, shown on the break screen, the check-in and each reviewer's own view:"
                )
            )
        )
        self.support = QPlainTextEdit()
        self.support.setObjectName("supportContactEdit")
        self.support.setAccessibleName(self.tr("Support contact"))
        self.support.setPlaceholderText(
            self.tr("e.g. Dr. Ana Rivera, staff counsellor: ext. 4411, care.example.org/book")
        )
        self.support.setTabChangesFocus(True)
        self.support.setMaximumHeight(90)
        support.addWidget(self.support)
        self.screening = QCheckBox(
            self.tr("Offer the WHO-5 wellbeing questionnaire ({count} questions, private)").format(
                count=formats().count(5)
            )
        )
        self.screening.setAccessibleName(self.tr("Offer the WHO-5 questionnaire"))
        support.addWidget(self.screening)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("every")))
        self.interval = QSpinBox()
        self.interval.setRange(1, 3650)
        self.interval.setAccessibleName(self.tr("Questionnaire interval in days"))
        every.addWidget(self.interval)
        every.addWidget(
            QLabel(
                self.tr("days (at least {days}: it asks about two weeks)").format(days=formats().count(14))
            )
        )
        every.addStretch(1)
        support.addLayout(every)
        self.fields["support_contact"] = self.support
        self.fields["screening.enabled"] = self.screening
        self.fields["screening.interval_days"] = self.interval
        side.addWidget(support_box)

        save_box = QGroupBox(self.tr("Save a new version"))
        save = QGridLayout(save_box)
        self.reason = QLineEdit()
        self.reason.setObjectName("policyReason")
        self.reason.setAccessibleName(self.tr("Why the policy changes"))
        self.reason.setPlaceholderText(self.tr("Why it changes (required, kept with the version)"))
        self.reason.setMaxLength(500)
        self.save_button = QPushButton(self.tr("Save new version"))
        self.save_button.setObjectName("savePolicy")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel("")
        self.status.setObjectName("policyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Policy editor status"))
        save.addWidget(self.reason, 0, 0)
        save.addWidget(self.save_button, 0, 1)
        save.addWidget(self.status, 1, 0, 1, 2)
        side.addWidget(save_box)

        history_title = QLabel(self.tr("Versions"))
        history_title.setObjectName("panelTitle")
        side.addWidget(history_title)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("policyHistory")
        self.history.setAccessibleName(self.tr("Saved versions of the policy"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("version"), self.tr("saved (UTC)"), self.tr("by"), self.tr("why and what changed")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        side.addWidget(self.history, 1)
        close = QPushButton(self.tr("Close"))
        close.setProperty("secondary", True)
        close.clicked.connect(self.accept)
        side.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        columns.addLayout(side, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(self.version_label)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        self.reload()

    # ------------------------------------------------------------------------------------- building

    def _group(self, title: str, rows: tuple[tuple[str, str, str], ...]) -> QGroupBox:
        fmt = formats()  # a title's figures ("0 to 1") in the locale's digits; the others have none
        box = QGroupBox(
            QCoreApplication.translate("PolicyEditor", title).format(low=fmt.count(0), high=fmt.count(1))
        )
        form = QFormLayout(box)
        for key, label, unit in rows:
            said = QCoreApplication.translate("PolicyEditor", label)
            form.addRow(
                said,
                self._number(key, QCoreApplication.translate("PolicyEditor", unit) if unit else "", said),
            )
        return box

    def _number(self, key: str, unit: str, label: str = "") -> QWidget:
        """A spin box for one setting. Its range is wide on purpose: the policy's own checks judge the
        value and say why, rather than a box silently clamping it."""
        whole = key in {
            "breaks.postponements_allowed",
            "caps.lock_tiers_above",
            "caps.rotation_after_consecutive_high",
            "caps.high_severity_tier",
            "min_group_size",
        }
        box: QAbstractSpinBox
        if whole:
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            box = spin
        else:
            dspin = QDoubleSpinBox()
            dspin.setDecimals(3)
            dspin.setRange(0.0, 1_000_000.0)
            dspin.setSingleStep(0.1 if key.startswith("visibility.") else 1.0)
            box = dspin
        box.setObjectName(key)
        # The row's words, not the setting's key ("breaks.soft_prompt_dose"), which a screen reader
        # spelled out; the unit and the key, for those who write policy files, as the description.
        box.setAccessibleName(label)
        box.setAccessibleDescription(
            self.tr("{unit} (policy setting {key})").format(unit=unit, key=key).strip()
            if unit
            else self.tr("policy setting {key}").format(key=key)
        )
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setMinimumWidth(110)
        self.fields[key] = box
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        if unit:
            line.addWidget(QLabel(unit))
        line.addStretch(1)
        return row

    # ------------------------------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the policy in force and the history on the worker."""
        policies, actor = self.policies, self.actor

        def read() -> tuple[WellbeingPolicy, int, list[PolicyVersionInfo]]:
            return policies.current(), policies.current_version(), policies.history(actor)

        self.runner.submit(read, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[WellbeingPolicy, int, list[PolicyVersionInfo]]) -> None:
        policy, version, history = result
        self.show_policy(policy)
        self.version_label.setText(
            self.tr("Version {version} in force.").format(version=version)
            if version
            else self.tr("The shipped defaults are in force (no version saved yet).")
        )
        self._show_history(history)

    def show_policy(self, policy: WellbeingPolicy) -> None:
        self.policy = policy
        while self._severity_form.rowCount():
            self._severity_form.removeRow(0)
        for key in [k for k in self.fields if k.startswith("severity_weights.")]:
            del self.fields[key]
        for tier in policy.severity_weights:
            said = self.tr("Tier {tier}").format(tier=tier)
            self._severity_form.addRow(
                said,
                self._number(
                    f"severity_weights.{tier}",
                    self.tr("× per minute"),
                    self.tr("Severity weight of tier {tier}").format(tier=tier),
                ),
            )
        # Rows made after the form come last in Tab order unless placed: after the view weights, where
        # they are on screen (docs/accessibility.md, "Focus order").
        chain = [self.fields["visibility.hidden"]]
        chain += [w for k, w in self.fields.items() if k.startswith("severity_weights.")]
        chain.append(self.support)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        for key, value in policy_fields(policy).items():
            widget = self.fields.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))

    def _show_history(self, history: list[PolicyVersionInfo]) -> None:
        self.history.setRowCount(len(history))
        for row, (info, changes) in enumerate(zip(history, version_changes(history), strict=True)):
            cells = (
                str(info.version),  # an identifier, like a policy (SOP) version: ASCII in every language
                formats().moment(info.saved_at, person_zone()),
                info.saved_by,
                f"{info.reason}\n" + "\n".join(changes),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)
        self.history.resizeRowsToContents()

    # ------------------------------------------------------------------------------------- saving

    def build(self) -> WellbeingPolicy:
        """The policy the form describes; ValueError with the policy's sentence when a value is wrong."""
        if self.policy is None:
            raise ValueError(self.tr("the policy in force has not loaded yet"))
        data: dict[str, Any] = tomllib.loads(policy_to_toml(self.policy))
        text = self.support.toPlainText()
        if len(text) > SUPPORT_CONTACT_MAX:
            fmt = formats()
            raise ValueError(
                self.tr("the support contact may be at most {most} characters, got {count}").format(
                    most=fmt.count(SUPPORT_CONTACT_MAX), count=fmt.count(len(text))
                )
            )
        for key, widget in self.fields.items():
            value: Any
            if isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            elif isinstance(widget, QSpinBox):
                value = widget.value()
            elif isinstance(widget, QDoubleSpinBox):
                value = float(widget.value())
            else:  # pragma: no cover - every field is one of the above
                continue
            *sections, name = key.split(".")
            table = data
            for section in sections:
                table = table.setdefault(section, {})
            table[name] = value
        return policy_from_mapping(data)

    def save(self) -> None:
        try:
            policy = self.build()
        except ValueError as error:
            self._say(self.tr("Not saved: {reason}.").format(reason=shown(error)), error=True)
            return
        reason = self.reason.text().strip()
        if not reason:
            self._say(
                self.tr("Not saved: say why the policy changes (it is kept with the version)."), error=True
            )
            self.reason.setFocus()
            return
        if self.policy is not None and not policy_changes(self.policy, policy):
            self._say(self.tr("Nothing changed: no new version saved."))
            return
        text = policy_to_toml(policy)
        policies, actor = self.policies, self.actor
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))

        def write() -> int:
            return policies.save(actor, text, reason)

        self.runner.submit(write, self._saved, self._save_failed)

    def _saved(self, version: int) -> None:
        self.save_button.setEnabled(True)
        self.reason.clear()
        self._say(
            self.tr("Saved as version {version}. Workstations use it within a minute.").format(
                version=version
            )
        )
        self.saved.emit(version)
        self.reload()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._failed(error)

    def _load_failed(self, error: BaseException) -> None:
        self._failed(error, self.tr("Could not load the policy"))

    def _failed(self, error: BaseException, what: str = "") -> None:
        what = what or self.tr("Not saved")
        if isinstance(error, WorkstationError):
            self._say(self.tr("{what}: {error}").format(what=what, error=shown(error)), error=True)
        else:
            log.error("the policy editor failed", exc_info=error)
            self._say(
                self.tr("{what}: an unexpected error ({kind}); details are in the log.").format(
                    what=what, kind=type(error).__name__
                ),
                error=True,
            )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020; font-weight: 600;" if error else "")
        self.status.setAccessibleDescription(text)


def open_policy_editor(
    policies: WellbeingPolicyService, actor: Actor, runner: Runner, parent: QWidget | None = None
) -> PolicyEditor:
    editor = PolicyEditor(policies, actor, runner, parent)
    editor.show()
    return editor


__all__ = ["GROUPS", "PolicyEditor", "open_policy_editor"]
