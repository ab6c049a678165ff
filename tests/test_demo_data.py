"""The demo data: Fjordby Kommune's five hand-written young people and a generated crowd."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import Base, create_engine
from app.demo import (
    DemoDataError,
    DemoOptions,
    DemoSummary,
    Situation,
    demo_people,
    has_municipality,
    load_demo_data,
)
from app.demo.generator import DemoData
from app.demo.situations import TEMPLATES
from app.model import (
    Activity,
    ActivityStatus,
    Appointment,
    AppointmentParticipant,
    AppointmentStatus,
    Case,
    Deadline,
    Goal,
    GoalHorizon,
    Language,
    MeetingSummary,
    Organisation,
    Plan,
    Relation,
    Source,
    StaffMember,
    YoungPerson,
)
from app.model.cpr import CprKeys
from app.reference.kle import kle_title, kle_titles
from app.schema import upgrade

pytestmark = pytest.mark.anyio

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
# A Wednesday morning in March; the reference is "now" for the demo.
REFERENCE = datetime(2026, 3, 11, 8, 15, tzinfo=UTC)
OPTIONS = DemoOptions(reference=REFERENCE)
PROVENANCE_MODELS = (
    Organisation,
    StaffMember,
    YoungPerson,
    Relation,
    Appointment,
    Plan,
    Goal,
    MeetingSummary,
    Case,
    Deadline,
)
# Columns that may differ between two loads of the same demo.
VOLATILE_COLUMNS = {"created_at", "updated_at", "cpr_encrypted"}


@pytest.fixture
async def demo(engine: AsyncEngine, cpr_keys: CprKeys) -> DemoSummary:
    return await load_demo_data(engine, cpr_keys, OPTIONS)


def local(moment: datetime) -> datetime:
    return moment.astimezone(COPENHAGEN)


def age_at(birth_date: date, day: date) -> int:
    years = day.year - birth_date.year
    return years - 1 if (day.month, day.day) < (birth_date.month, birth_date.day) else years


def lix(text: str) -> float:
    """The Danish readability index: words per sentence + percentage of long words."""
    words = re.findall(r"\w+", text)
    sentences = len(re.findall(r"[.!?]+(?:\s|$)", text)) or 1
    long_words = [word for word in words if len(word) > 6]
    return len(words) / sentences + 100 * len(long_words) / len(words)


async def test_the_five_hand_written_people_show_every_situation(demo: DemoSummary) -> None:
    people = demo_people(OPTIONS)

    assert [person.name for person in people] == [
        "Sofie Lund Andersen",
        "Emil Sørensen",
        "Amalie Kristensen",
        "Yasmin Ahmed",
        "Ella Rasmussen",
    ]
    assert {person.situation for person in people} == set(Situation)
    assert all(person.description for person in people)


async def test_the_hand_written_people_come_first_in_the_database(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    rows = (await db_session.execute(select(YoungPerson).order_by(YoungPerson.id))).scalars()
    people = list(rows)

    assert [person.name for person in people[:5]] == [p.name for p in demo_people(OPTIONS)]
    assert len(people) == OPTIONS.young_people == demo.young_people
    assert Counter(person.preferred_language for person in people[:5]) == {
        Language.DANISH: 4,
        Language.ENGLISH: 1,
    }


async def test_every_young_person_is_15_to_25_at_the_reference(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    birth_dates = (await db_session.execute(select(YoungPerson.birth_date))).scalars().all()

    ages = [age_at(birth_date, local(REFERENCE).date()) for birth_date in birth_dates]
    assert ages
    assert all(15 <= age <= 25 for age in ages)


async def test_every_case_has_a_kle_number_from_the_list(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    numbers = set((await db_session.execute(select(Case.kle_number))).scalars())

    assert {"17.27.30", "17.27.15", "15.18.05", "15.62.15", "34.50.20", "54.42.08"} <= numbers
    assert all(kle_title(number) for number in numbers)


def test_every_case_template_has_a_kle_number_from_the_list() -> None:
    numbers = {case.kle_number for template in TEMPLATES for case in template.cases}

    assert [number for number in numbers if kle_title(number) is None] == []


def test_the_kle_list_names_topics_and_skips_its_notes() -> None:
    assert kle_title("17.27.30") == "Kontaktperson, kommunal ungeindsats"
    assert kle_title("99.99.99") is None
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d\d", number) for number in kle_titles())


async def test_everyone_has_meetings_both_before_and_after_the_reference(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    rows = await db_session.execute(select(Appointment.young_person_id, Appointment.starts_at))

    before, after = Counter[int](), Counter[int]()
    for young_person_id, starts_at in rows:
        (before if starts_at < REFERENCE else after)[young_person_id] += 1
    assert len(before) == len(after) == OPTIONS.young_people


async def test_appointments_fall_on_weekdays_in_office_hours(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    appointments = (await db_session.execute(select(Appointment))).scalars().all()

    assert appointments
    for appointment in appointments:
        starts, ends = local(appointment.starts_at), local(appointment.ends_at)
        assert starts.weekday() < 5
        assert time(8, 0) <= starts.time()
        assert ends.time() <= time(16, 0)
        assert timedelta(minutes=30) <= ends - starts <= timedelta(minutes=90)


async def test_only_coming_appointments_are_planned(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    appointments = (await db_session.execute(select(Appointment))).scalars().all()

    for appointment in appointments:
        is_coming = appointment.starts_at > REFERENCE
        assert (appointment.status is AppointmentStatus.PLANNED) == is_coming
    statuses = Counter(appointment.status for appointment in appointments)
    assert statuses[AppointmentStatus.HELD]
    assert statuses[AppointmentStatus.CANCELLED]


async def test_the_demo_has_online_meetings_and_a_parent_along(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    links = (await db_session.execute(select(Appointment.online_link))).scalars().all()
    others = await db_session.execute(
        select(AppointmentParticipant.name, AppointmentParticipant.role).where(
            AppointmentParticipant.staff_member_id.is_(None)
        )
    )

    assert any(links)
    assert ("Hanne Lund Andersen", "Mor") in {tuple(row) for row in others}


async def test_cpr_is_stored_encrypted_and_found_by_its_hash(
    demo: DemoSummary, engine: AsyncEngine, cpr_keys: CprKeys
) -> None:
    sofie = demo_people(OPTIONS)[0]
    young_people = YoungPerson.__table__

    async with engine.connect() as connection:
        query = select(young_people).where(young_people.c.cpr_hash == cpr_keys.hash(sofie.cpr))
        row = (await connection.execute(query)).one()
        stored = (await connection.execute(select(young_people.c.cpr_encrypted))).scalars()
        tokens = list(stored)

    assert row.name == sofie.name
    assert sofie.cpr.digits.encode() not in row.cpr_encrypted
    assert cpr_keys.decrypt(row.cpr_encrypted) == sofie.cpr
    for token in tokens:
        assert cpr_keys.decrypt(token).digits.encode() not in token


def test_cpr_numbers_are_replacement_numbers_of_the_birth_date() -> None:
    for story in DemoData(DemoOptions(reference=REFERENCE, young_people=200)).stories():
        person = story.person
        digits = person.cpr.digits
        assert int(digits[:2]) == person.birth_date.day + 60
        assert digits[2:6] == person.birth_date.strftime("%m%y")


async def test_everyone_has_one_primary_relation_among_two_to_five(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    rows = await db_session.execute(select(Relation.young_person_id, Relation.is_primary))

    relations, primaries = Counter[int](), Counter[int]()
    for young_person_id, is_primary in rows:
        relations[young_person_id] += 1
        primaries[young_person_id] += is_primary
    assert len(relations) == OPTIONS.young_people
    assert all(2 <= count <= 5 for count in relations.values())
    assert set(primaries.values()) == {1}


async def test_every_relation_says_what_it_does_for_you(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    relations = (await db_session.execute(select(Relation))).scalars().all()

    assert all(relation.description for relation in relations)
    assert any(relation.organisation_id for relation in relations)


async def test_meeting_summaries_belong_to_held_meetings_of_the_same_person(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    query = (
        select(MeetingSummary, Plan.young_person_id, Appointment)
        .join(Plan, MeetingSummary.plan_id == Plan.id)
        .join(Appointment, MeetingSummary.appointment_id == Appointment.id)
    )
    rows = (await db_session.execute(query)).all()

    assert len(rows) >= 5
    for summary, young_person_id, appointment in rows:
        assert appointment.young_person_id == young_person_id
        assert appointment.status is AppointmentStatus.HELD
        assert summary.held_at == appointment.starts_at


async def test_plans_have_short_and_long_goals_and_shared_activities(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    horizons = set((await db_session.execute(select(Goal.horizon))).scalars())
    plan_owners = (await db_session.execute(select(Plan.young_person_id))).scalars().all()
    activities = (await db_session.execute(select(Activity))).scalars().all()

    assert horizons == set(GoalHorizon)
    plans_per_person = Counter(plan_owners)
    assert len(plans_per_person) == OPTIONS.young_people
    assert set(plans_per_person.values()) <= {1, 2, 3}
    assert {activity.responsible_is_young_person for activity in activities} == {True, False}
    for activity in activities:
        is_done = activity.status is ActivityStatus.DONE
        assert (activity.completed_at is not None) == is_done
        assert activity.responsible_is_young_person == (activity.responsible_id is None)


async def test_deadlines_lie_in_the_coming_weeks_and_some_belong_to_a_case(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    query = select(Deadline, Case.young_person_id).outerjoin(Case, Deadline.case_id == Case.id)
    rows = (await db_session.execute(query)).all()

    assert rows
    for deadline, case_owner in rows:
        assert REFERENCE < deadline.due_at < REFERENCE + timedelta(weeks=6)
        assert case_owner in (None, deadline.young_person_id)
    assert any(case_owner for _, case_owner in rows)


async def test_every_row_carries_demo_provenance(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    for model in PROVENANCE_MODELS:
        rows = (await db_session.execute(select(model.source, model.fetched_at))).all()
        source_ids = (await db_session.execute(select(model.source_id))).scalars().all()

        assert rows, model
        assert set(rows) == {(Source.DEMO, REFERENCE)}, model
        assert all(source_ids), model
        assert len(set(source_ids)) == len(source_ids), model


async def test_contact_details_are_fictional(demo: DemoSummary, db_session: AsyncSession) -> None:
    organisations = (await db_session.execute(select(Organisation))).scalars().all()
    staff = (await db_session.execute(select(StaffMember))).scalars().all()
    links = [
        *(await db_session.execute(select(Case.self_service_url))).scalars(),
        *(await db_session.execute(select(Deadline.action_url))).scalars(),
        *(await db_session.execute(select(Appointment.online_link))).scalars(),
        *(organisation.website for organisation in organisations),
    ]

    contacts: list[Organisation | StaffMember] = [*organisations, *staff]
    for contact in contacts:
        assert contact.email
        assert contact.email.endswith(".example")
        assert contact.phone
        assert re.fullmatch(r"0[1-9]\d{6}", contact.phone)
    for link in filter(None, links):
        parts = urlsplit(link)
        assert parts.scheme == "https"
        assert parts.hostname
        assert parts.hostname.endswith(".example")


def test_meeting_summaries_are_plain_danish() -> None:
    stories = DemoData(DemoOptions(reference=REFERENCE, young_people=300)).stories()
    summaries = {
        summary.summary for story in stories for plan in story.plans for summary in plan.summaries
    }

    assert len(summaries) > 20
    assert {text: round(lix(text)) for text in summaries if lix(text) > 30} == {}


async def test_loading_twice_is_refused(
    engine: AsyncEngine, cpr_keys: CprKeys, db_session: AsyncSession
) -> None:
    assert not await has_municipality(engine, "0999")
    await load_demo_data(engine, cpr_keys, OPTIONS)

    with pytest.raises(DemoDataError, match="0999"):
        await load_demo_data(engine, cpr_keys, OPTIONS)

    assert await has_municipality(engine, "0999")
    count = await db_session.scalar(select(func.count()).select_from(YoungPerson))
    assert count == OPTIONS.young_people


async def test_new_rows_get_ids_after_the_demo_rows(
    demo: DemoSummary, db_session: AsyncSession
) -> None:
    sofie = await db_session.scalar(select(YoungPerson).order_by(YoungPerson.id).limit(1))
    assert sofie is not None
    largest = await db_session.scalar(select(func.max(Appointment.id)))

    appointment = Appointment(
        young_person_id=sofie.id,
        starts_at=REFERENCE + timedelta(days=30),
        ends_at=REFERENCE + timedelta(days=30, hours=1),
        title="Ny aftale",
        source=Source.UNGEOVERBLIK,
    )
    db_session.add(appointment)
    await db_session.commit()

    assert largest is not None
    assert appointment.id > largest


async def test_a_larger_set_loads_in_batches(
    engine: AsyncEngine, cpr_keys: CprKeys, db_session: AsyncSession
) -> None:
    written: list[int] = []
    options = DemoOptions(reference=REFERENCE, young_people=300)

    summary = await load_demo_data(engine, cpr_keys, options, written.append, batch_size=128)

    assert written == [128, 128, 44]
    for table in Base.metadata.sorted_tables:
        count = await db_session.scalar(select(func.count()).select_from(table))
        assert count == summary.rows.get(table.name, 0), table.name
    assert summary.young_people == 300
    assert summary.rows["staff_members"] >= 16


def test_staff_grow_with_the_young_people_so_no_one_has_more_than_220() -> None:
    demo = DemoData(DemoOptions(reference=REFERENCE, young_people=3_000))

    caseloads = Counter(
        relation.staff
        for story in demo.stories()
        for relation in story.relations
        if relation.staff is not None
    )

    assert len(caseloads) > 40
    assert max(caseloads.values()) <= 220


async def test_the_same_seed_and_reference_give_the_same_rows(tmp_path: Path) -> None:
    keys = CprKeys(bytes(range(32)), bytes(range(32, 64)))
    options = DemoOptions(reference=REFERENCE, young_people=40)

    first = await _load_into_new_database(tmp_path / "first.sqlite3", keys, options)
    second = await _load_into_new_database(tmp_path / "second.sqlite3", keys, options)

    assert first == second
    assert len(first["young_people"]) == 40


def test_another_seed_gives_other_generated_people_but_the_same_five() -> None:
    def names(seed: int) -> list[str]:
        options = DemoOptions(reference=REFERENCE, seed=seed, young_people=30)
        return [story.person.name for story in DemoData(options).stories()]

    first, second = names(2026), names(7)

    assert first[:5] == second[:5]
    assert first[5:] != second[5:]


def test_the_options_refuse_what_the_demo_cannot_make() -> None:
    with pytest.raises(DemoDataError):
        DemoOptions(reference=REFERENCE, young_people=4)
    with pytest.raises(DemoDataError):
        DemoOptions(reference=REFERENCE.replace(tzinfo=None))
    with pytest.raises(DemoDataError):
        DemoOptions(reference=REFERENCE, municipality_code="999")


async def _load_into_new_database(
    path: Path, keys: CprKeys, options: DemoOptions
) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await upgrade(engine)
        await load_demo_data(engine, keys, options)
        async with engine.connect() as connection:
            return {
                table.name: [tuple(row) for row in await connection.execute(_stable_columns(table))]
                for table in Base.metadata.sorted_tables
            }
    finally:
        await engine.dispose()


def _stable_columns(table: Table) -> Any:
    columns = [column for column in table.columns if column.name not in VOLATILE_COLUMNS]
    return select(*columns).order_by(*table.primary_key.columns)
