"""Drafts of the demo data, before the loader gives them database ids.

A `Story` is one young person with everything around them. Drafts name staff members
and organisations by key (see `fjordby.py`), and each other by their key inside the
story: a summary names its appointment, an activity its goal, a deadline its case.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from app.demo.clock import Slot
from app.model import (
    ActivityStatus,
    AppointmentStatus,
    CaseStatus,
    GoalHorizon,
    GoalStatus,
    Language,
    OrganisationKind,
    PlanArea,
    PlanStatus,
    RelationRole,
)
from app.model.cpr import Cpr


class Situation(enum.StrEnum):
    """Where a young person stands today."""

    IN_SCHOOL = "in_school"  # i uddannelse, med risiko for frafald
    INTERNSHIP = "internship"  # i praktik
    YOUTH_ALLOWANCE = "youth_allowance"  # på uddannelseshjælp
    FGU = "fgu"  # på FGU
    NO_ACTIVITY = "no_activity"  # uden uddannelse og job

    @property
    def label(self) -> str:
        """The situation in plain Danish, for a demo picker."""
        return _SITUATION_LABELS[self]


_SITUATION_LABELS = {
    Situation.IN_SCHOOL: "Går på en uddannelse og er ved at falde fra",
    Situation.INTERNSHIP: "Er i praktik gennem Jobcentret",
    Situation.YOUTH_ALLOWANCE: "Får uddannelseshjælp fra Jobcentret",
    Situation.FGU: "Går på FGU",
    Situation.NO_ACTIVITY: "Har hverken uddannelse eller job endnu",
}


@dataclass(frozen=True)
class OrganisationDraft:
    key: str
    kind: OrganisationKind
    name: str
    address: str
    phone: str
    email: str
    website: str | None = None
    opening_hours: str | None = None


@dataclass(frozen=True)
class StaffDraft:
    key: str
    organisation: str
    name: str
    title: str
    unit: str
    phone: str
    email: str


@dataclass(frozen=True)
class PersonDraft:
    name: str
    birth_date: date
    cpr: Cpr
    language: Language
    situation: Situation


@dataclass(frozen=True)
class RelationDraft:
    """A staff member or an organisation attached to the young person."""

    role: RelationRole
    description: str
    started_on: date
    staff: str | None = None
    organisation: str | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class ParticipantDraft:
    """Someone besides the young person at a meeting; `staff` is None for others."""

    name: str
    role: str
    staff: str | None = None


@dataclass(frozen=True)
class AppointmentDraft:
    key: str
    title: str
    slot: Slot
    status: AppointmentStatus
    organiser: str
    purpose: str
    agenda: str
    preparation: str
    place: str | None = None
    room: str | None = None
    online_link: str | None = None
    participants: tuple[ParticipantDraft, ...] = ()


@dataclass(frozen=True)
class GoalDraft:
    key: str
    horizon: GoalHorizon
    title: str
    description: str
    progress: int
    target_on: date
    status: GoalStatus = GoalStatus.OPEN


@dataclass(frozen=True)
class ActivityDraft:
    """Something agreed; `responsible` is a staff key, or None when the young person does it."""

    title: str
    description: str
    due_on: date
    status: ActivityStatus
    goal: str | None = None
    responsible: str | None = None
    completed_at: datetime | None = None


@dataclass(frozen=True)
class SummaryDraft:
    """What was said at a held appointment; it is dated by that appointment."""

    appointment: str
    author: str
    title: str
    summary: str


@dataclass(frozen=True)
class PlanDraft:
    key: str
    area: PlanArea
    title: str
    owner: str
    starts_on: date
    ends_on: date
    goals: tuple[GoalDraft, ...]
    activities: tuple[ActivityDraft, ...]
    summaries: tuple[SummaryDraft, ...] = ()
    status: PlanStatus = PlanStatus.ACTIVE


@dataclass(frozen=True)
class CaseDraft:
    key: str
    title: str
    kle_number: str
    status: CaseStatus
    case_number: str
    responsible_unit: str
    self_service_url: str
    opened_on: date


@dataclass(frozen=True)
class DeadlineDraft:
    key: str
    title: str
    description: str
    due_at: datetime
    action_url: str
    case: str | None = None


@dataclass(frozen=True)
class Story:
    """One young person and everything around them; `number` counts from 1."""

    number: int
    person: PersonDraft
    relations: tuple[RelationDraft, ...]
    appointments: tuple[AppointmentDraft, ...]
    plans: tuple[PlanDraft, ...]
    cases: tuple[CaseDraft, ...]
    deadlines: tuple[DeadlineDraft, ...]

    def appointment(self, key: str) -> AppointmentDraft:
        return next(draft for draft in self.appointments if draft.key == key)
