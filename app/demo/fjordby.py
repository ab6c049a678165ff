"""Fjordby Kommune, a fictional municipality: its units, schools, firms and staff.

Staff come in families (all education guides, all jobcentre caseworkers, ...). The
first members of a family have hand-picked names for the demo; the rest are drawn
from name lists, and a family grows with the number of young people it serves.
"""

from __future__ import annotations

import enum
import math
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from app.demo.chance import seeded
from app.demo.fictional import address, email, phone_number, web_domain
from app.demo.names import FIRM_PATTERNS, SURNAMES, person_name, street_address
from app.demo.story import OrganisationDraft, StaffDraft
from app.model import OrganisationKind, RelationRole

MUNICIPALITY_NAME = "Fjordby Kommune"

JOBCENTRE = "jobcenter"
YOUTH_GUIDANCE = "ungeindsatsen"
SOCIAL_SERVICES = "socialafdelingen"
FGU_SCHOOL = "fgu"
GYMNASIUM = "gymnasium"
VOCATIONAL_SCHOOL = "erhvervsskole"

_FIRST_INTERNSHIP_PLACE_PHONE = 7_000_000
_FIRST_STAFF_PHONE = 8_000_000
_PHONES_PER_FAMILY = 100_000

ORGANISATIONS = (
    OrganisationDraft(
        key=JOBCENTRE,
        kind=OrganisationKind.JOBCENTRE,
        name="Jobcenter Fjordby",
        address=address("Havnegade 12"),
        phone=phone_number(9_991_000),
        email="jobcenter@fjordby.example",
        website="https://fjordby.example/jobcenter",
        opening_hours="Mandag til onsdag kl. 9-15\nTorsdag kl. 9-17\nFredag kl. 9-12",
    ),
    OrganisationDraft(
        key=YOUTH_GUIDANCE,
        kind=OrganisationKind.YOUTH_GUIDANCE,
        name="Ungeindsatsen Fjordby",
        address=address("Skolevej 4"),
        phone=phone_number(9_991_001),
        email="ungeindsatsen@fjordby.example",
        website="https://fjordby.example/unge",
        opening_hours=(
            "Mandag til torsdag kl. 8.30-15.30\nFredag kl. 8.30-13\n"
            "Kom uden en aftale tirsdag kl. 14-16"
        ),
    ),
    OrganisationDraft(
        key=SOCIAL_SERVICES,
        kind=OrganisationKind.SOCIAL_SERVICES,
        name="Social- og Familieafdelingen, Fjordby Kommune",
        address=address("Rådhustorvet 1"),
        phone=phone_number(9_991_002),
        email="social@fjordby.example",
        website="https://fjordby.example/social",
        opening_hours="Mandag til fredag kl. 9-14\nTelefonen er åben kl. 8-15",
    ),
    OrganisationDraft(
        key=FGU_SCHOOL,
        kind=OrganisationKind.FGU,
        name="FGU Fjordby",
        address=address("Værkstedsvej 8"),
        phone=phone_number(9_991_003),
        email="kontakt@fgu-fjordby.example",
        website="https://fgu-fjordby.example",
        opening_hours="Mandag til torsdag kl. 8-15\nFredag kl. 8-13",
    ),
    OrganisationDraft(
        key=GYMNASIUM,
        kind=OrganisationKind.SCHOOL,
        name="Fjordby Gymnasium",
        address=address("Gymnasievej 20"),
        phone=phone_number(9_991_004),
        email="post@fjordby-gymnasium.example",
        website="https://fjordby-gymnasium.example",
        opening_hours="Kontoret: mandag til fredag kl. 8-15",
    ),
    OrganisationDraft(
        key=VOCATIONAL_SCHOOL,
        kind=OrganisationKind.SCHOOL,
        name="Fjordby Erhvervsskole",
        address=address("Industrivej 31"),
        phone=phone_number(9_991_005),
        email="post@fjordby-erhvervsskole.example",
        website="https://fjordby-erhvervsskole.example",
        opening_hours="Studieservice: mandag til fredag kl. 7.45-14.30",
    ),
)

# The internship places that have hand-picked names; more are drawn when needed.
NAMED_INTERNSHIP_PLACES = (
    ("Fjordby Auto ApS", "Mekanikervej 3", "Mandag til fredag kl. 7.30-16"),
    ("Café Havnely", "Havnepladsen 2", "Alle dage kl. 10-22"),
    ("Tømrerfirmaet Bach & Søn", "Tømrervej 9", "Mandag til fredag kl. 7-15.30"),
    ("Fjordby Plantecenter", "Gartnerivej 15", "Alle dage kl. 9-18"),
)


class StaffFamily(enum.Enum):
    """A kind of staff member; the value is the family's key."""

    EDUCATION_GUIDES = "vejleder"
    YOUTH_GUIDES = "ungeguide"
    MENTORS = "mentor"
    JOB_CASEWORKERS = "jobcenter-sagsbehandler"
    SOCIAL_CASEWORKERS = "social-sagsbehandler"
    JOB_CONSULTANTS = "jobkonsulent"
    VOCATIONAL_TEACHERS = "erhvervsskole-kontaktlaerer"
    GYMNASIUM_TEACHERS = "gymnasium-kontaktlaerer"
    FGU_TEACHERS = "fgu-kontaktlaerer"
    INTERNSHIP_SUPERVISORS = "praktikvejleder"

    @property
    def profile(self) -> FamilyProfile:
        return FAMILY_PROFILES[self]

    def member(self, index: int) -> Member:
        return Member(self, index)


@dataclass(frozen=True)
class FamilyProfile:
    """What the staff of one family do and where.

    `organisation` and `unit` are None for internship supervisors: supervisor n works
    at internship place n. `caseload` is how many young people one of them has, roughly.
    """

    title: str
    unit: str | None
    organisation: str | None
    role: RelationRole
    caseload: int
    named: tuple[str, ...]


FAMILY_PROFILES = {
    StaffFamily.EDUCATION_GUIDES: FamilyProfile(
        "Uddannelsesvejleder",
        "Vejledningen, Ungeindsatsen Fjordby",
        YOUTH_GUIDANCE,
        RelationRole.EDUCATION_GUIDE,
        60,
        ("Mette Vestergaard", "Jonas Friis"),
    ),
    StaffFamily.YOUTH_GUIDES: FamilyProfile(
        "Ungeguide",
        "Ungeguiderne, Ungeindsatsen Fjordby",
        YOUTH_GUIDANCE,
        RelationRole.YOUTH_GUIDE,
        40,
        ("Ali Demir",),
    ),
    StaffFamily.MENTORS: FamilyProfile(
        "Mentor",
        "Mentorteamet, Ungeindsatsen Fjordby",
        YOUTH_GUIDANCE,
        RelationRole.MENTOR,
        20,
        ("Karina Bach", "Jeppe Lauridsen"),
    ),
    StaffFamily.JOB_CASEWORKERS: FamilyProfile(
        "Sagsbehandler",
        "Ungeteamet, Jobcenter Fjordby",
        JOBCENTRE,
        RelationRole.CASEWORKER,
        60,
        ("Sara Mikkelsen", "Rasmus Winther"),
    ),
    StaffFamily.SOCIAL_CASEWORKERS: FamilyProfile(
        "Socialrådgiver",
        "Ungeteamet, Social- og Familieafdelingen",
        SOCIAL_SERVICES,
        RelationRole.CASEWORKER,
        50,
        ("Lene Dahl",),
    ),
    StaffFamily.JOB_CONSULTANTS: FamilyProfile(
        "Jobkonsulent",
        "Virksomhedsservice, Jobcenter Fjordby",
        JOBCENTRE,
        RelationRole.JOB_CONSULTANT,
        60,
        ("Martin Krogh",),
    ),
    StaffFamily.VOCATIONAL_TEACHERS: FamilyProfile(
        "Kontaktlærer",
        "Grundforløbet, Fjordby Erhvervsskole",
        VOCATIONAL_SCHOOL,
        RelationRole.CONTACT_TEACHER,
        25,
        ("Henrik Skov",),
    ),
    StaffFamily.GYMNASIUM_TEACHERS: FamilyProfile(
        "Kontaktlærer",
        "Fjordby Gymnasium",
        GYMNASIUM,
        RelationRole.CONTACT_TEACHER,
        25,
        ("Birgitte Munk",),
    ),
    StaffFamily.FGU_TEACHERS: FamilyProfile(
        "Kontaktlærer",
        "Produktionsgrunduddannelsen, FGU Fjordby",
        FGU_SCHOOL,
        RelationRole.CONTACT_TEACHER,
        25,
        ("Nadia Pedersen",),
    ),
    StaffFamily.INTERNSHIP_SUPERVISORS: FamilyProfile(
        "Praktikvejleder",
        None,
        None,
        RelationRole.INTERNSHIP_SUPERVISOR,
        4,
        ("Bo Thomsen", "Camilla Holt", "Søren Bach", "Anne Mørk"),
    ),
}


@dataclass(frozen=True)
class Member:
    """Staff member number `index` of a family."""

    family: StaffFamily
    index: int

    @property
    def key(self) -> str:
        return f"{self.family.value}-{self.index:05d}"

    @property
    def organisation(self) -> str:
        return self.family.profile.organisation or internship_place_key(self.index)


def internship_place_key(index: int) -> str:
    return f"praktiksted-{index:05d}"


class Fjordby:
    """The municipality's organisations and staff, sized for a number of young people."""

    def __init__(self, seed: int, family_sizes: Mapping[StaffFamily, int]) -> None:
        self._seed = seed
        self._sizes = dict(family_sizes)
        self._fixed = {organisation.key: organisation for organisation in ORGANISATIONS}
        # Drawn once per member: names come from a seeded generator, which takes a while.
        self._members: dict[Member, StaffDraft] = {}

    @classmethod
    def for_expected_people(cls, seed: int, expected: Mapping[StaffFamily, float]) -> Fjordby:
        """Enough staff in each family for the young people it is expected to serve."""
        sizes = {family: _family_size(family, expected.get(family, 0.0)) for family in StaffFamily}
        return cls(seed, sizes)

    def pick(self, family: StaffFamily, rng: random.Random) -> Member:
        return family.member(rng.randrange(self._sizes[family]))

    def organisations(self) -> Iterator[OrganisationDraft]:
        yield from ORGANISATIONS
        for index in range(self._sizes[StaffFamily.INTERNSHIP_SUPERVISORS]):
            yield self.internship_place(index)

    def organisation(self, key: str) -> OrganisationDraft:
        fixed = self._fixed.get(key)
        if fixed is not None:
            return fixed
        return self.internship_place(int(key.removeprefix("praktiksted-")))

    def venue(self, key: str) -> str:
        """An organisation as a meeting place: its name and address."""
        organisation = self.organisation(key)
        return f"{organisation.name}, {organisation.address}"

    def staff(self) -> Iterator[StaffDraft]:
        for family in StaffFamily:
            for index in range(self._sizes[family]):
                yield self.staff_member(family.member(index))

    def staff_member(self, member: Member) -> StaffDraft:
        draft = self._members.get(member)
        if draft is None:
            draft = self._members[member] = self._draw_staff_member(member)
        return draft

    def _draw_staff_member(self, member: Member) -> StaffDraft:
        profile = member.family.profile
        organisation = self.organisation(member.organisation)
        name, address_name = self._staff_name(member)
        return StaffDraft(
            key=member.key,
            organisation=organisation.key,
            name=name,
            title=profile.title,
            unit=profile.unit or organisation.name,
            phone=phone_number(_staff_phone(member)),
            email=email(address_name, organisation.email.split("@")[1]),
        )

    def _staff_name(self, member: Member) -> tuple[str, str]:
        """The member's name, and the name their e-mail address is made from.

        Drawn names can repeat, so drawn members get their number in the address.
        """
        named = member.family.profile.named
        if member.index < len(named):
            return named[member.index], named[member.index]
        rng = seeded(self._seed, member.key)
        name = person_name(rng)
        return name, f"{name} {member.index}"

    def internship_place(self, index: int) -> OrganisationDraft:
        if index < len(NAMED_INTERNSHIP_PLACES):
            name, street, opening_hours = NAMED_INTERNSHIP_PLACES[index]
        else:
            rng = seeded(self._seed, internship_place_key(index))
            name = rng.choice(FIRM_PATTERNS).format(name=rng.choice(SURNAMES))
            street, opening_hours = street_address(rng), "Mandag til fredag kl. 8-16"
        domain = web_domain(name)
        return OrganisationDraft(
            key=internship_place_key(index),
            kind=OrganisationKind.INTERNSHIP_PLACE,
            name=name,
            address=address(street),
            phone=phone_number(_FIRST_INTERNSHIP_PLACE_PHONE + index),
            email=f"kontakt@{domain}",
            website=f"https://{domain}",
            opening_hours=opening_hours,
        )


def _family_size(family: StaffFamily, expected_people: float) -> int:
    profile = family.profile
    return max(len(profile.named), math.ceil(expected_people / profile.caseload))


def _staff_phone(member: Member) -> int:
    family_number = list(StaffFamily).index(member.family)
    return _FIRST_STAFF_PHONE + family_number * _PHONES_PER_FAMILY + member.index
