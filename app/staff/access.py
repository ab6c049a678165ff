"""Which young people a staff member may see: the one rule every desk route goes through.

A staff member sees a young person only while they work with them (an active relation
naming the staff member) and only inside their own municipality. Anything else looks
exactly like a young person who does not exist, so the desk never reveals who is known.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.model import Relation, Source, StaffMember, YoungPerson
from app.web.danish_time import today_in_copenhagen

# Rows from a national source or a plan system belong there: a change made here would be
# overwritten by the next sync. The desk changes only our own rows (and the demo's).
CHANGEABLE_SOURCES = frozenset({Source.UNGEOVERBLIK, Source.DEMO})


def may_see(member: StaffMember) -> ColumnElement[bool]:
    """The access rule as a condition on `YoungPerson`, for lists and single look-ups alike."""
    works_with = exists(
        select(Relation.id).where(
            Relation.young_person_id == YoungPerson.id,
            Relation.staff_member_id == member.id,
            Relation.is_active_on(today_in_copenhagen()),
        )
    )
    return and_(YoungPerson.municipality_id == member.municipality_id, works_with)


async def open_young_person(
    db: AsyncSession, member: StaffMember, young_person_id: int
) -> YoungPerson | None:
    """The young person if `member` may see them, else `None`.

    Every desk page about one young person passes through here first, so a check
    added here (consent, an access log entry) covers all of them.
    """
    query = select(YoungPerson).where(YoungPerson.id == young_person_id, may_see(member))
    return (await db.scalars(query)).one_or_none()


async def young_people_of(db: AsyncSession, member: StaffMember) -> list[YoungPerson]:
    """Everyone `member` works with, by name."""
    query = select(YoungPerson).where(may_see(member)).order_by(YoungPerson.name, YoungPerson.id)
    return list((await db.scalars(query)).all())
