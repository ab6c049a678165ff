"""The staff attached to a young person: who can take part in a meeting or own an activity."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.overview.service import Contact, fetch_contacts


async def fetch_colleagues(db: AsyncSession, young_person_id: int) -> list[Contact]:
    contacts = await fetch_contacts(db, young_person_id)
    return [contact for contact in contacts if contact.relation.staff_member_id is not None]
