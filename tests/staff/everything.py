"""One of each thing a desk page can show, for tests that look at every page."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.model import Activity, Appointment, Goal, GoalHorizon, MeetingSummary, Source
from app.overview.models import (
    Answer,
    AppointmentAnswer,
    Author,
    PlanComment,
    PlanItemKind,
    PlanProposal,
    ProposalKind,
)
from tests.staff.conftest import Cast


async def add_one_of_everything(db: AsyncSession, cast: Cast) -> dict[str, int]:
    """An appointment with a request for another time, a goal with a comment, an
    activity, a meeting summary and a proposal, all Sofie's; returns their ids."""
    starts_at = utc_now() + timedelta(days=1)
    appointment = Appointment(
        young_person_id=cast.sofie,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        title="Samtale",
        place="Havnegade 1",
        source=Source.UNGEOVERBLIK,
    )
    goal = Goal(
        plan_id=cast.sofie_plan,
        horizon=GoalHorizon.SHORT_TERM,
        title="Mål",
        source=Source.UNGEOVERBLIK,
    )
    activity = Activity(plan_id=cast.sofie_plan, title="Aktivitet", source=Source.UNGEOVERBLIK)
    summary = MeetingSummary(
        plan_id=cast.sofie_plan,
        held_at=utc_now(),
        title="Referat",
        summary="Vi talte om skole.",
        source=Source.UNGEOVERBLIK,
    )
    proposal = PlanProposal(
        young_person_id=cast.sofie, plan_id=cast.sofie_plan, kind=ProposalKind.GOAL, title="Idé"
    )
    db.add_all([appointment, goal, activity, summary, proposal])
    await db.flush()
    db.add_all(
        [
            AppointmentAnswer(
                appointment_id=appointment.id,
                young_person_id=cast.sofie,
                answer=Answer.NEEDS_ANOTHER_TIME,
                reason="Jeg er i skole.",
            ),
            PlanComment(
                young_person_id=cast.sofie,
                item_kind=PlanItemKind.GOAL,
                item_id=goal.id,
                author=Author.YOUNG_PERSON,
                text="Det går godt.",
            ),
        ]
    )
    await db.commit()
    return {
        "appointment": appointment.id,
        "goal": goal.id,
        "activity": activity.id,
        "summary": summary.id,
        "proposal": proposal.id,
    }


def desk_paths(cast: Cast, ids: dict[str, int]) -> list[str]:
    """Every desk page, given what `add_one_of_everything` made."""
    person = f"/personale/unge/{cast.sofie}"
    return [
        "/personale",
        person,
        f"{person}/aftaler/ny",
        f"{person}/aftaler/{ids['appointment']}/flyt",
        f"{person}/referater/ny",
        f"{person}/referater/{ids['summary']}",
        f"{person}/maal/ny",
        f"{person}/maal/{ids['goal']}",
        f"{person}/aktiviteter/ny",
        f"{person}/aktiviteter/{ids['activity']}",
        f"{person}/forslag/{ids['proposal']}",
        f"{person}/kommentarer?item_kind=goal&item_id={ids['goal']}",
    ]
