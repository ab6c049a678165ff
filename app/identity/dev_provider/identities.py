"""Who a tester can log in as, and what the stand-in says about each of them.

For MitID: the young people of the home municipality, and one person nobody knows, so
the relying party's "unknown CPR" path can be tried. For staff: the staff accounts the
stand-in issued. CPR numbers are decrypted only to go into an ID token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.identity.dev_provider.clients import Audience
from app.identity.dev_provider.grants import AuthorizationRequest
from app.identity.dev_provider.keys import ProviderKeys
from app.identity.models import StaffAccount, StaffRole
from app.model import Municipality, StaffMember, YoungPerson
from app.model.cpr import Cpr, CprKeys
from app.settings import Settings
from app.web.danish_time import MONTHS

# A long list helps nobody pick; the demo's hand-written people come first by id.
LIST_LIMIT = 50
UNKNOWN_PERSON = "unknown-person"
_YOUNG_PERSON = "young-person:"
_STAFF = "staff:"
# The unknown person is about 18. Their CPR number is replacement-style (day + 60), so
# it is never a real person's; the serial is chosen so that no one here has it either.
_UNKNOWN_BIRTH_DATE = date(2008, 6, 15)
_UNKNOWN_SERIALS = range(999, 979, -1)


@dataclass(frozen=True)
class IdentityChoice:
    """One button on the login page. `key` is all the form sends back."""

    key: str
    name: str
    detail: str


@dataclass(frozen=True)
class IdentityChoices:
    choices: Sequence[IdentityChoice]
    has_more: bool


class IdentityDirectory:
    def __init__(self, settings: Settings, cpr_keys: CprKeys, keys: ProviderKeys) -> None:
        self.settings = settings
        self.cpr_keys = cpr_keys
        self.keys = keys

    async def municipality(self, session: AsyncSession) -> Municipality | None:
        query = select(Municipality).where(Municipality.code == self.settings.municipality_code)
        return (await session.scalars(query)).one_or_none()

    async def choices(self, session: AsyncSession, audience: Audience) -> IdentityChoices:
        if audience == "staff":
            found = await self._staff_choices(session)
            return IdentityChoices(found[:LIST_LIMIT], len(found) > LIST_LIMIT)
        found = await self._young_person_choices(session)
        unknown = IdentityChoice(
            UNKNOWN_PERSON, "En person vi ikke kender", "Et CPR-nummer, som ingen her har"
        )
        return IdentityChoices([*found[:LIST_LIMIT], unknown], len(found) > LIST_LIMIT)

    async def claims(
        self, session: AsyncSession, request: AuthorizationRequest, key: str
    ) -> dict[str, Any] | None:
        """The identity claims for the chosen key; None when it names no one we list."""
        if request.client.audience == "staff":
            return await self._staff_claims(session, request, _number_after(_STAFF, key))
        if key == UNKNOWN_PERSON:
            cpr = await self._unused_cpr(session)
        else:
            cpr = await self._young_person_cpr(session, _number_after(_YOUNG_PERSON, key))
        return None if cpr is None else self._mitid_claims(cpr, request.scopes)

    async def _young_person_choices(self, session: AsyncSession) -> list[IdentityChoice]:
        query = (
            select(YoungPerson)
            .join(Municipality)
            .where(Municipality.code == self.settings.municipality_code)
            .order_by(YoungPerson.id)
            .limit(LIST_LIMIT + 1)
        )
        return [
            IdentityChoice(f"{_YOUNG_PERSON}{person.id}", person.name, _born(person.birth_date))
            for person in await session.scalars(query)
        ]

    async def _staff_choices(self, session: AsyncSession) -> list[IdentityChoice]:
        query = self._staff_accounts().order_by(StaffMember.id).limit(LIST_LIMIT + 1)
        return [
            IdentityChoice(f"{_STAFF}{account.id}", member.name, _staff_detail(account, member))
            for account, member in (await session.execute(query))
        ]

    async def _young_person_cpr(self, session: AsyncSession, person_id: int | None) -> Cpr | None:
        if person_id is None:
            return None
        query = (
            select(YoungPerson.cpr_encrypted)
            .join(Municipality)
            .where(Municipality.code == self.settings.municipality_code)
            .where(YoungPerson.id == person_id)
        )
        encrypted = (await session.scalars(query)).one_or_none()
        return None if encrypted is None else self.cpr_keys.decrypt(encrypted)

    async def _unused_cpr(self, session: AsyncSession) -> Cpr | None:
        candidates = {self.cpr_keys.hash(cpr): cpr for cpr in _unknown_person_cprs()}
        query = select(YoungPerson.cpr_hash).where(YoungPerson.cpr_hash.in_(candidates))
        taken = set(await session.scalars(query))
        return next((cpr for hashed, cpr in candidates.items() if hashed not in taken), None)

    def _mitid_claims(self, cpr: Cpr, scopes: frozenset[str]) -> dict[str, Any]:
        claims: dict[str, Any] = {"sub": self.keys.subject_for(cpr), "idp": "mitid"}
        # As at the brokers, the CPR number comes only with the `ssn` scope.
        if "ssn" in scopes:
            claims[self.settings.mitid_cpr_claim] = cpr.digits
        return claims

    async def _staff_claims(
        self, session: AsyncSession, request: AuthorizationRequest, account_id: int | None
    ) -> dict[str, Any] | None:
        if account_id is None:
            return None
        query = self._staff_accounts().where(StaffAccount.id == account_id)
        found = (await session.execute(query)).one_or_none()
        if found is None:
            return None
        account, member = found
        claims: dict[str, Any] = {"sub": account.subject}
        if "profile" in request.scopes:
            claims["name"] = member.name
        if "email" in request.scopes and member.email:
            claims["email"] = member.email
        return claims

    def _staff_accounts(self) -> Select[StaffAccount, StaffMember]:
        return (
            select(StaffAccount, StaffMember)
            .join(StaffMember, StaffAccount.staff_member_id == StaffMember.id)
            .join(Municipality, StaffMember.municipality_id == Municipality.id)
            .where(Municipality.code == self.settings.municipality_code)
            .where(StaffAccount.issuer == self.settings.dev_provider_issuer)
        )


async def provision_dev_staff_accounts(session: AsyncSession, settings: Settings) -> int:
    """Give every staff member of the home municipality an account at the stand-in.

    The first staff member by id is the administrator, everyone else a caseworker.
    Members who already have an account keep it, so running this again makes none.
    Returns how many accounts were made; the caller commits.
    """
    members = await session.scalars(
        select(StaffMember)
        .join(Municipality)
        .where(Municipality.code == settings.municipality_code)
        .order_by(StaffMember.id)
    )
    staff = list(members)
    with_account = set(
        await session.scalars(
            select(StaffAccount.staff_member_id).where(
                StaffAccount.staff_member_id.in_([member.id for member in staff])
            )
        )
    )
    accounts = [
        StaffAccount(
            staff_member_id=member.id,
            issuer=settings.dev_provider_issuer,
            subject=f"dev-staff-{member.id}",
            role=StaffRole.ADMINISTRATOR if position == 0 else StaffRole.CASEWORKER,
        )
        for position, member in enumerate(staff)
        if member.id not in with_account
    ]
    session.add_all(accounts)
    await session.flush()
    return len(accounts)


def _unknown_person_cprs() -> list[Cpr]:
    birth = _UNKNOWN_BIRTH_DATE
    prefix = f"{birth.day + 60:02d}{birth:%m%y}4"  # 4: born 2000-2036
    return [Cpr(f"{prefix}{serial:03d}") for serial in _UNKNOWN_SERIALS]


def _number_after(prefix: str, key: str) -> int | None:
    number = key.removeprefix(prefix)
    if number == key or not number.isdigit():
        return None
    return int(number)


def _born(birth_date: date) -> str:
    return f"Født {birth_date.day}. {MONTHS[birth_date.month - 1]} {birth_date.year}"


def _staff_detail(account: StaffAccount, member: StaffMember) -> str:
    if account.role == StaffRole.ADMINISTRATOR:
        return f"{member.title}, administrator"
    return member.title
