"""Reading the desk's forms: what was typed, kept for a re-render, and what is wrong with it.

A `FormReader` collects one short Danish message per field, so a form with several
mistakes says all of them at once, and the caseworker's text is shown back untouched.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import TypeVar

from app.web.danish_time import COPENHAGEN

FormData = Mapping[str, str | list[str]]
E = TypeVar("E", bound=enum.Enum)

REQUIRED = "Skal udfyldes."
TOO_LONG = "Teksten er for lang. Højst {limit} tegn."
BAD_DATE = "Skriv en dato, fx 2026-03-24."
BAD_TIME = "Skriv et klokkeslæt, fx 10:00."
BAD_NUMBER = "Skriv et tal fra {low} til {high}."
BAD_CHOICE = "Vælg en af mulighederne."
BAD_LINK = "Linket skal starte med https://."


class FormReader:
    def __init__(self, data: FormData | None = None) -> None:
        self.data: FormData = data or {}
        self.errors: dict[str, str] = {}

    def value(self, name: str) -> str:
        """The field as typed (the first, if sent more than once), for showing it again."""
        raw = self.data.get(name, "")
        return (raw[0] if raw else "") if isinstance(raw, list) else raw

    def all(self, name: str) -> list[str]:
        raw = self.data.get(name, [])
        return raw if isinstance(raw, list) else [raw]

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def text(self, name: str, limit: int, message: str = REQUIRED) -> str:
        """A required text; `message` says what to do when it is empty."""
        typed = self.optional_text(name, limit)
        if typed is None:
            self.fail(name, message)
            return ""
        return typed

    def optional_text(self, name: str, limit: int | None = None) -> str | None:
        typed = self.value(name).strip()
        if limit is not None and len(typed) > limit:
            self.fail(name, TOO_LONG.format(limit=limit))
        return typed or None

    def link(self, name: str, limit: int) -> str | None:
        # Shown as a link to the young person: only web addresses, never javascript: or data:.
        typed = self.optional_text(name, limit)
        if typed is not None and not typed.lower().startswith("https://"):
            self.fail(name, BAD_LINK)
        return typed

    def day(self, name: str, *, required: bool = True) -> date | None:
        typed = self.value(name).strip()
        if not typed:
            if required:
                self.fail(name, BAD_DATE)
            return None
        try:
            return date.fromisoformat(typed)
        except ValueError:
            self.fail(name, BAD_DATE)
            return None

    def clock_time(self, name: str) -> time | None:
        typed = self.value(name).strip().replace(".", ":")
        try:
            return time.fromisoformat(typed)
        except ValueError:
            self.fail(name, BAD_TIME)
            return None

    def local_moment(self, day_name: str, time_name: str) -> datetime | None:
        """A date and a time typed in Copenhagen time, as an aware UTC datetime."""
        day, clock_time = self.day(day_name), self.clock_time(time_name)
        if day is None or clock_time is None:
            return None
        return datetime.combine(day, clock_time, tzinfo=COPENHAGEN).astimezone(UTC)

    def number(self, name: str, low: int, high: int) -> int | None:
        try:
            number = int(self.value(name).strip())
        except ValueError:
            number = low - 1
        if not low <= number <= high:
            self.fail(name, BAD_NUMBER.format(low=low, high=high))
            return None
        return number

    def choice(self, name: str, choices: type[E]) -> E | None:
        typed = self.value(name)
        for member in choices:
            if member.value == typed:
                return member
        self.fail(name, BAD_CHOICE)
        return None


def local_date_value(moment: datetime) -> str:
    """A stored moment as the value of a date input, in Copenhagen time."""
    return moment.astimezone(COPENHAGEN).date().isoformat()


def local_time_value(moment: datetime) -> str:
    return moment.astimezone(COPENHAGEN).strftime("%H:%M")
