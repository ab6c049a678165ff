"""Dates and times for the demo, counted from one reference moment ("now").

Everything is planned in local time (Europe/Copenhagen) on working days, and handed
out as aware UTC datetimes, the way the database stores them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, cached_property
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_SATURDAY = 5


@dataclass(frozen=True)
class Slot:
    """When a meeting starts and ends, both aware and in UTC."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class DemoClock:
    reference: datetime

    def __post_init__(self) -> None:
        if self.reference.tzinfo is None:
            raise ValueError("the demo reference time must be timezone-aware")

    @cached_property
    def today(self) -> date:
        """The reference date as people in Denmark see it."""
        return self.reference.astimezone(COPENHAGEN).date()

    def days(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def workday(self, offset: int) -> date:
        """The working day `offset` working days after today (before it, if negative)."""
        return add_workdays(self.today, offset)

    def at(self, day: date, clock: str) -> datetime:
        """A local wall-clock time ("14:30") on a day, as an aware UTC datetime."""
        local = datetime.combine(day, time.fromisoformat(clock), tzinfo=COPENHAGEN)
        return local.astimezone(UTC)

    def slot(self, workdays: int, clock: str, minutes: int) -> Slot:
        starts_at = self.at(self.workday(workdays), clock)
        return Slot(starts_at, starts_at + timedelta(minutes=minutes))

    def born(self, years: int, days: int) -> date:
        """The birth date of someone who turned `years` old `days` days ago."""
        return years_before(self.today, years) - timedelta(days=days)


@cache
def add_workdays(day: date, offset: int) -> date:
    """Count `offset` working days on from `day`, or back if negative; never 0."""
    if offset == 0:
        raise ValueError("count working days from 1 or -1; the day itself may be a weekend")
    step = timedelta(days=1 if offset > 0 else -1)
    remaining = abs(offset)
    while remaining:
        day += step
        if day.weekday() < _SATURDAY:
            remaining -= 1
    return day


def years_before(day: date, years: int) -> date:
    """The same date `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: date, day: date) -> int:
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (not had_birthday)
