"""The demo data as a stream of drafts: Fjordby's organisations, its staff, then the
young people, the five hand-written ones first.

Everything follows from the options: the same seed and reference time give the same
drafts. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from app.demo.cast import CAST_SIZE, cast_stories
from app.demo.clock import DemoClock
from app.demo.crowd import BirthWindow, Crowd, hand_written_serial
from app.demo.fjordby import Fjordby
from app.demo.situations import expected_people
from app.demo.story import OrganisationDraft, Situation, StaffDraft, Story
from app.model.cpr import Cpr


class DemoDataError(Exception):
    """The demo data cannot be made or loaded as asked."""


@dataclass(frozen=True)
class DemoOptions:
    """What to generate. `young_people` counts everyone, the five hand-written included."""

    reference: datetime
    seed: int = 2026
    young_people: int = 6
    municipality_code: str = "0999"

    def __post_init__(self) -> None:
        if self.reference.tzinfo is None:
            raise DemoDataError("the reference time must be timezone-aware")
        if self.young_people < CAST_SIZE:
            raise DemoDataError(f"the demo has at least {CAST_SIZE} young people")
        code = self.municipality_code
        if not (len(code) == 4 and code.isdigit()):
            raise DemoDataError("a municipality code has four digits, e.g. 0999")


@dataclass(frozen=True)
class DemoPerson:
    """A hand-written young person, as a development login lists them."""

    name: str
    cpr: Cpr
    situation: Situation
    source_id: str

    @property
    def description(self) -> str:
        return self.situation.label


def demo_people(options: DemoOptions) -> list[DemoPerson]:
    """The five hand-written young people, in order."""
    return [
        DemoPerson(
            name=story.person.name,
            cpr=story.person.cpr,
            situation=story.person.situation,
            source_id=young_person_source_id(options.municipality_code, story.number),
        )
        for story in DemoData(options).cast()
    ]


def young_person_source_id(municipality_code: str, number: int) -> str:
    return f"{municipality_code}/ung/{number:06d}"


class DemoData:
    """All demo drafts for one set of options, made as they are asked for."""

    def __init__(self, options: DemoOptions) -> None:
        self.options = options
        self.clock = DemoClock(options.reference)
        crowd_size = options.young_people - CAST_SIZE
        capacity = BirthWindow.of(self.clock).capacity
        if crowd_size > capacity:
            raise DemoDataError(f"the demo can make at most {capacity + CAST_SIZE} young people")
        self._crowd_size = crowd_size
        self.fjordby = Fjordby.for_expected_people(options.seed, expected_people(crowd_size))
        self._crowd = Crowd(self.clock, self.fjordby, options.seed, options.municipality_code)

    def organisations(self) -> Iterator[OrganisationDraft]:
        return self.fjordby.organisations()

    def staff(self) -> Iterator[StaffDraft]:
        return self.fjordby.staff()

    def cast(self) -> tuple[Story, ...]:
        serial = hand_written_serial(self.options.municipality_code)
        return cast_stories(self.clock, self.fjordby, serial)

    def stories(self) -> Iterator[Story]:
        """Every young person's story, numbered from 1, one at a time."""
        yield from self.cast()
        for position in range(self._crowd_size):
            yield self._crowd.story(CAST_SIZE + 1 + position, position)
