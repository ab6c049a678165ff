"""A young person's answer to an appointment: coming, or needing another time."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.database import utc_now
from app.model import Appointment, AppointmentStatus
from app.overview.models import Answer, AppointmentAnswer

REASON_MAX = 1000


class AnswerError(ValueError):
    """The answer cannot be taken; `message` says why, in plain Danish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


async def answer_appointment(
    db: AsyncSession, appointment: Appointment, answer_text: str, reason_text: str
) -> AppointmentAnswer:
    """Record the answer; the organiser sees it on their desk at once."""
    answer = _parse_answer(answer_text)
    if appointment.status is not AppointmentStatus.PLANNED or appointment.ends_at < utc_now():
        raise AnswerError("Aftalen er ikke længere aktiv. Du kan ikke svare på den.")
    reason = reason_text.strip()
    if len(reason) > REASON_MAX:
        raise AnswerError(f"Skriv højst {REASON_MAX} tegn.")
    row = AppointmentAnswer(
        appointment_id=appointment.id,
        young_person_id=appointment.young_person_id,
        answer=answer,
        reason=reason or None,
        answered_at=utc_now(),
    )
    db.add(row)
    await db.flush()
    return row


def _parse_answer(text: str) -> Answer:
    try:
        return Answer(text)
    except ValueError as error:
        raise AnswerError(
            "Vælg et svar: Jeg kommer, eller jeg har brug for en anden tid."
        ) from error
