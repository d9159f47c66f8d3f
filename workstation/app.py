"""The composition root: builds the engine, clock and services once, for the CLI and the window.

Nothing else constructs services; widgets and commands receive them through their constructors
(no globals, no service look-ups through ``QApplication.instance()``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.clock import Clock, SystemClock
from workstation import config, signing
from workstation.audit import AuditService
from workstation.claims import ClaimedItem, ClaimService
from workstation.corrections import CorrectionService
from workstation.db import Database
from workstation.decisions import DecisionService
from workstation.directory import Directory
from workstation.escalations import EscalationService
from workstation.incidents import IncidentService
from workstation.outbox import (
    Outbox,
    OutboxSync,
    adopt_legacy_outbox,
    database_identity,
    outbox_path_for,
)
from workstation.policies import PolicyService
from workstation.policy_store import WellbeingPolicyService
from workstation.qa import QAService
from workstation.reports import ExposureReports
from workstation.screening import ScreeningService
from workstation.wellbeing_records import (
    BREAK_OUTBOX_KIND,
    CHECKIN_OUTBOX_KIND,
    SPANS_OUTBOX_KIND,
    WellbeingRecords,
)

if TYPE_CHECKING:
    from workstation.daily_report import DailyReports
    from workstation.exports import DecisionExports
    from workstation.history import EarlierDecision
    from workstation.key_tickets import KeyTickets
    from workstation.sla import SlaReports
    from workstation.wellbeing_attention import WellbeingAttention


@dataclass
class Services:
    db: Database
    clock: Clock
    directory: Directory
    claims: ClaimService
    decisions: DecisionService
    wellbeing: WellbeingRecords
    # Decisions through the local outbox (issue 7): what the window calls to decide and to sync.
    outbox_sync: OutboxSync
    # Published policies (SOPs) beside the verdicts (docs/policies-and-quality.md).
    policies: PolicyService
    # Corrections and appeals by leads; what the reviewer is told about them.
    corrections: CorrectionService
    # Escalation routing and urgent incidents (issue 15, docs/escalations-and-incidents.md).
    escalations: EscalationService
    incidents: IncidentService
    # QA sampling, the blind second review and agreement figures (docs/policies-and-quality.md).
    qa: QAService
    # Media files must resolve inside these folders (WORKSTATION_MEDIA_ROOTS); empty: no restriction.
    media_roots: tuple[Path, ...] = field(default_factory=tuple)
    # The signed-in person's private signing key (docs/signed-log.md): exports from the window use it.
    signing_key: Path | None = None

    @property
    def wellbeing_policies(self) -> WellbeingPolicyService:
        """The wellbeing policy's versions (stateless: one per use is fine); not the SOPs (``policies``)."""
        return WellbeingPolicyService(self.db, self.clock)

    @property
    def screening(self) -> ScreeningService:
        """The optional WHO-5 questionnaire, stored as wellbeing data."""
        return ScreeningService(self.db, self.clock)

    # Services the window asks for, so ``ui/`` never holds the database handle itself.

    def audit_service(self) -> AuditService:
        """Audit events the window records (deliberate reveals)."""
        return AuditService(self.db, self.clock)

    def decision_exports(self) -> DecisionExports:
        """Decision-log exports, signed with the signed-in person's key when there is one."""
        from workstation.exports import DecisionExports  # lazy: headless commands rarely export

        return DecisionExports(self.db, self.clock, self.decisions, key_path=self.signing_key)

    def earlier_decisions(self, item: ClaimedItem) -> list[EarlierDecision]:
        """Decisions on look-alike media of ``item`` from queues of its taxonomy ("Decided before").
        Blocking: the window calls it on its history worker."""
        from workstation import history  # lazy: it loads the perceptual-hash code

        found: list[history.EarlierDecision] = []
        for media in item.media:
            if media.phash:
                found.extend(
                    history.earlier_decisions(
                        self.db, media, exclude_item_id=item.item_id, same_taxonomy_as=item.queue
                    )
                )
        return found

    def exposure_reports(self) -> ExposureReports:
        """The wellbeing reports, built here only (the dashboard and ``workstation report`` ask for
        them), over the organisation's stored policy read at the first report, not now: wellbeing staff
        may have changed it, and the window that asks must not wait on the database."""
        return ExposureReports(self.db, self.clock)

    def key_tickets(self) -> KeyTickets:
        """Key tickets for the daily report (a reviewer flags the open item with Shift+K)."""
        from workstation.key_tickets import KeyTickets

        return KeyTickets(self.db, self.clock)

    def sla_reports(self) -> SlaReports:
        """SLA operations for leads (docs/operations-sla.md)."""
        from workstation.sla import SlaReports

        return SlaReports(self.db, self.clock)

    def daily_reports(self) -> DailyReports:
        """The lead's daily report (docs/operations-sla.md)."""
        from workstation.daily_report import DailyReports

        return DailyReports(self.db, self.clock)

    def team_names(self) -> list[str]:
        """Every team's name, sorted (the Operations window's team filter)."""
        from sqlalchemy import select

        from workstation.models import Team

        with self.db.read() as session:
            return list(session.execute(select(Team.name).order_by(Team.name)).scalars())

    def wellbeing_attention(self) -> WellbeingAttention:
        """Who needs attention, for wellbeing staff (the service checks the role), over the stored
        policy read at first use (on the window's worker, not when the window is built)."""
        from workstation.wellbeing_attention import WellbeingAttention  # lazy: only wellbeing staff's window

        return WellbeingAttention(self.db, self.clock)

    def close(self) -> None:
        self.outbox_sync.outbox.close()
        self.db.dispose()


def build(
    database_url: str,
    *,
    clock: Clock | None = None,
    upgrade: bool = True,
    outbox_path: Path | None = None,
    database: Database | None = None,
) -> Services:
    """Open (and by default upgrade) the database and wire every service to one clock.

    The outbox is a file in the data folder named after the database's identity, not its URL text
    (``outbox_path`` overrides it);
    it is opened on first use. ``database``: one already signed in to ``database_url``
    (``workstation.credentials.open_database``), used instead of opening a new one.
    """
    clock = clock or SystemClock()
    db = database or Database(database_url)
    if upgrade:
        db.upgrade()
    else:
        db.check_not_newer()
    directory = Directory(db, clock)
    care = WellbeingRecords(db, clock)
    # The daily exposure cap is enforced inside the claim transaction, not only hidden in the UI.
    claims = ClaimService(db, clock, gate=care.gate)
    decisions = DecisionService(db, clock, claims)
    if outbox_path is None:
        outbox_path = outbox_path_for(config.data_dir(), database_identity(database_url))
        adopt_legacy_outbox(config.data_dir(), db.safe_url, outbox_path)
    outbox = Outbox(outbox_path)
    outbox_sync = OutboxSync(decisions, outbox)
    # Exposure spans that cannot reach the database wait in the same outbox, in order.
    outbox_sync.register(SPANS_OUTBOX_KIND, care.replay_spans)
    # So do breaks and check-ins: a crash or a closed window never loses one (docs/wellbeing.md).
    outbox_sync.register(BREAK_OUTBOX_KIND, care.replay_break)
    outbox_sync.register(CHECKIN_OUTBOX_KIND, care.replay_checkin)
    return Services(
        db=db,
        clock=clock,
        directory=directory,
        claims=claims,
        decisions=decisions,
        wellbeing=care,
        outbox_sync=outbox_sync,
        policies=PolicyService(db, clock),
        corrections=CorrectionService(db, clock, decisions),
        escalations=EscalationService(db, clock, claims),
        incidents=IncidentService(db, clock),
        qa=QAService(db, clock),
        media_roots=config.media_roots(),
        signing_key=signing.default_key_path(config.data_dir()),
    )
