"""What the hand-written stories share: the staff they meet and small builders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.demo.clock import DemoClock
from app.demo.fictional import SELF_SERVICE, case_link, case_number, replacement_cpr
from app.demo.fjordby import Fjordby, Member, StaffFamily
from app.demo.story import (
    CaseDraft,
    ParticipantDraft,
    PersonDraft,
    RelationDraft,
    Situation,
    Story,
)
from app.model import (
    ActivityStatus,
    AppointmentStatus,
    CaseStatus,
    GoalHorizon,
    Language,
    RelationRole,
)
from app.reference.kle import is_kle_number

METTE = StaffFamily.EDUCATION_GUIDES.member(0)
JONAS = StaffFamily.EDUCATION_GUIDES.member(1)
ALI = StaffFamily.YOUTH_GUIDES.member(0)
KARINA = StaffFamily.MENTORS.member(0)
JEPPE = StaffFamily.MENTORS.member(1)
SARA = StaffFamily.JOB_CASEWORKERS.member(0)
RASMUS = StaffFamily.JOB_CASEWORKERS.member(1)
LENE = StaffFamily.SOCIAL_CASEWORKERS.member(0)
MARTIN = StaffFamily.JOB_CONSULTANTS.member(0)
HENRIK = StaffFamily.VOCATIONAL_TEACHERS.member(0)
NADIA = StaffFamily.FGU_TEACHERS.member(0)
BO = StaffFamily.INTERNSHIP_SUPERVISORS.member(0)  # at Fjordby Auto ApS

HELD = AppointmentStatus.HELD
PLANNED = AppointmentStatus.PLANNED
CANCELLED = AppointmentStatus.CANCELLED
SHORT = GoalHorizon.SHORT_TERM
LONG = GoalHorizon.LONG_TERM
DONE = ActivityStatus.DONE
IN_PROGRESS = ActivityStatus.IN_PROGRESS
TO_DO = ActivityStatus.PLANNED
DEADLINES_PAGE = f"{SELF_SERVICE}/frister"


@dataclass(frozen=True)
class CaseSpec:
    key: str
    kle_number: str
    title: str
    status: CaseStatus
    unit: str
    opened_days_ago: int

    def __post_init__(self) -> None:
        if not is_kle_number(self.kle_number):
            raise ValueError(f"{self.kle_number} is not in the KLE list")


@dataclass(frozen=True)
class StoryWriter:
    """Writes one hand-written story; `serial` is the CPR serial of the hand-written people."""

    clock: DemoClock
    fjordby: Fjordby
    serial: int

    def story(self) -> Story:
        raise NotImplementedError

    def person(
        self, name: str, born: date, situation: Situation, language: Language = Language.DANISH
    ) -> PersonDraft:
        return PersonDraft(name, born, replacement_cpr(born, self.serial), language, situation)

    def joins(self, member: Member) -> ParticipantDraft:
        staff = self.fjordby.staff_member(member)
        return ParticipantDraft(staff.name, staff.title, staff.key)

    def helps(
        self, member: Member, description: str, since: int, *, primary: bool = False
    ) -> RelationDraft:
        """A staff member attached `since` days ago, in their family's role."""
        return RelationDraft(
            role=member.family.profile.role,
            description=description,
            started_on=self.clock.days(-since),
            staff=member.key,
            is_primary=primary,
        )

    def attached(
        self, role: RelationRole, organisation: str, description: str, since: int
    ) -> RelationDraft:
        return RelationDraft(
            role=role,
            description=description,
            started_on=self.clock.days(-since),
            organisation=organisation,
        )

    def cases(self, story: int, *specs: CaseSpec) -> tuple[CaseDraft, ...]:
        return tuple(self._case(story * 10 + index, spec) for index, spec in enumerate(specs, 1))

    def _case(self, serial: int, spec: CaseSpec) -> CaseDraft:
        opened_on = self.clock.days(-spec.opened_days_ago)
        number = case_number(spec.kle_number, serial, opened_on.year)
        return CaseDraft(
            key=spec.key,
            title=spec.title,
            kle_number=spec.kle_number,
            status=spec.status,
            case_number=number,
            responsible_unit=spec.unit,
            self_service_url=case_link(number),
            opened_on=opened_on,
        )

    def venue(self, organisation: str) -> str:
        return self.fjordby.venue(organisation)

    def noon(self, workdays: int) -> datetime:
        """Noon, `workdays` working days from today: when the demo's deadlines fall."""
        return self.clock.at(self.clock.workday(workdays), "12:00")

    def evening(self, days_ago: int) -> datetime:
        return self.clock.at(self.clock.days(-days_ago), "19:00")
