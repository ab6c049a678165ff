"""Writing the demo data: streamed in batches of Core inserts, in one transaction.

Rows get explicit ids, counted on from the largest id already in each table, so a
story's rows can point at each other before any of them is written, and one
executemany per table writes a whole batch. Two things keep those ids correct:

- On PostgreSQL the tables are locked against other writers for the whole load, and
  each id sequence is moved past the new rows before the commit.
- SQLite lets one connection write at a time; the load holds that lock from its first
  insert, before it reads the largest ids.

Either the whole demo is written or nothing is.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Table, exists, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from app.database import Base, utc_now
from app.demo.fjordby import MUNICIPALITY_NAME
from app.demo.generator import DemoData, DemoDataError, DemoOptions
from app.demo.rows import COUNTED_TABLES, MUNICIPALITIES, YOUNG_PEOPLE, DemoRows, TableRows
from app.model.cpr import CprKeys

BATCH_SIZE = 1_000

_Item = TypeVar("_Item")


@dataclass(frozen=True)
class DemoSummary:
    """How many rows the load wrote, per table name."""

    rows: Mapping[str, int]

    @property
    def young_people(self) -> int:
        return self.rows.get(YOUNG_PEOPLE.name, 0)


async def has_municipality(engine: AsyncEngine, code: str) -> bool:
    async with engine.connect() as connection:
        return await _municipality_exists(connection, code)


async def load_demo_data(
    engine: AsyncEngine,
    keys: CprKeys,
    options: DemoOptions,
    progress: Callable[[int], None] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
) -> DemoSummary:
    """Write the demo municipality and its people; refuse if the municipality exists.

    `progress` is called after each batch with the number of young people in that
    batch (a progress bar's step). Raises DemoDataError, and writes nothing, if the
    municipality code is taken.
    """
    demo = DemoData(options)
    async with engine.begin() as connection:
        await _keep_other_writers_out(connection)
        municipality_id = await _add_municipality(connection, options.municipality_code)
        rows = DemoRows(await _next_ids(connection), keys, municipality_id, options)
        writer = TableWriter(connection)
        for organisations in _batches(demo.organisations(), batch_size):
            await writer.write(rows.organisations(organisations))
        for staff in _batches(demo.staff(), batch_size):
            await writer.write(rows.staff(staff))
        for stories in _batches(demo.stories(), batch_size):
            await writer.write(rows.stories(stories))
            if progress is not None:
                progress(len(stories))
        await _advance_id_sequences(connection)
    return DemoSummary({MUNICIPALITIES.name: 1, **writer.counts})


async def _municipality_exists(connection: AsyncConnection, code: str) -> bool:
    query = select(exists().where(MUNICIPALITIES.c.code == code))
    return bool(await connection.scalar(query))


async def _keep_other_writers_out(connection: AsyncConnection) -> None:
    """On PostgreSQL, lock the counted tables against writes until the load commits.

    Readers go on; a writer waits, and then gets an id after the demo's.
    """
    if connection.dialect.name != "postgresql":
        return
    names = ", ".join(table.name for table in COUNTED_TABLES)
    await connection.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))


async def _add_municipality(connection: AsyncConnection, code: str) -> int:
    taken = DemoDataError(f"municipality {code} already exists; the demo data is not loaded twice")
    if await _municipality_exists(connection, code):
        raise taken
    now = utc_now()
    statement = (
        insert(MUNICIPALITIES)
        .values(code=code, name=MUNICIPALITY_NAME, created_at=now, updated_at=now)
        .returning(MUNICIPALITIES.c.id)
    )
    try:
        return int((await connection.execute(statement)).scalar_one())
    except IntegrityError as error:  # another load took the code since the check
        raise taken from error


async def _next_ids(connection: AsyncConnection) -> dict[Table, Iterator[int]]:
    next_ids: dict[Table, Iterator[int]] = {}
    for table in COUNTED_TABLES:
        largest = await connection.scalar(select(func.coalesce(func.max(table.c.id), 0)))
        next_ids[table] = itertools.count(int(largest or 0) + 1)
    return next_ids


async def _advance_id_sequences(connection: AsyncConnection) -> None:
    """Move each PostgreSQL id sequence to its table's largest id (SQLite needs nothing)."""
    if connection.dialect.name != "postgresql":
        return
    for table in COUNTED_TABLES:
        sequence = func.pg_get_serial_sequence(table.name, "id")
        await connection.execute(select(func.setval(sequence, func.max(table.c.id))))


def _batches(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class TableWriter:
    """Inserts batches of rows, parents before children, and counts them."""

    def __init__(self, connection: AsyncConnection) -> None:
        self._connection = connection
        self.counts: Counter[str] = Counter()

    async def write(self, rows: TableRows) -> None:
        for table in Base.metadata.sorted_tables:
            batch = rows.by_table.get(table)
            if batch:
                await self._connection.execute(insert(table), batch)
                self.counts[table.name] += len(batch)
