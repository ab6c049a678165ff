"""The common model the whole product shares.

Sources write it (through their connectors), features read it through service
functions. Importing this package registers every table on `Base.metadata`.
"""

from app.model.appointments import Appointment, AppointmentParticipant, AppointmentStatus
from app.model.cases import Case, CaseStatus, Deadline
from app.model.columns import Source
from app.model.people import (
    Language,
    Municipality,
    Organisation,
    OrganisationKind,
    Relation,
    RelationRole,
    StaffMember,
    YoungPerson,
)
from app.model.plans import (
    Activity,
    ActivityStatus,
    Goal,
    GoalHorizon,
    GoalStatus,
    MeetingSummary,
    Plan,
    PlanArea,
    PlanStatus,
)

__all__ = [
    "Activity",
    "ActivityStatus",
    "Appointment",
    "AppointmentParticipant",
    "AppointmentStatus",
    "Case",
    "CaseStatus",
    "Deadline",
    "Goal",
    "GoalHorizon",
    "GoalStatus",
    "Language",
    "MeetingSummary",
    "Municipality",
    "Organisation",
    "OrganisationKind",
    "Plan",
    "PlanArea",
    "PlanStatus",
    "Relation",
    "RelationRole",
    "Source",
    "StaffMember",
    "YoungPerson",
]
