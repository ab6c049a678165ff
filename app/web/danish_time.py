"""Dates and times as Danes say them, in Copenhagen time.

"i dag kl. 14", "i morgen kl. 10.30", "tirsdag kl. 9", "tirsdag den 8. december kl. 10":
near times in words, far ones with the date, 24-hour clock.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def today_in_copenhagen() -> date:
    return datetime.now(COPENHAGEN).date()


def danish_date(moment: datetime | date) -> str:
    """ "3. december 2026" """
    day = _local_day(moment)
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def clock(moment: datetime) -> str:
    """ "kl. 14" on the hour, "kl. 10.30" otherwise."""
    local = moment.astimezone(COPENHAGEN)
    if local.minute == 0:
        return f"kl. {local.hour}"
    return f"kl. {local.hour}.{local.minute:02d}"


def day_in_words(moment: datetime | date, now: datetime) -> str:
    """ "i dag", "i morgen", "i går", "tirsdag" within a week, else "tirsdag den 8. december"."""
    day, today = _local_day(moment), now.astimezone(COPENHAGEN).date()
    offset = (day - today).days
    if offset == 0:
        return "i dag"
    if offset == 1:
        return "i morgen"
    if offset == -1:
        return "i går"
    weekday = WEEKDAYS[day.weekday()]
    if 1 < offset < 7:
        return weekday
    same_year = day.year == today.year
    date_words = f"{day.day}. {MONTHS[day.month - 1]}" + ("" if same_year else f" {day.year}")
    return f"{weekday} den {date_words}"


def when_in_words(moment: datetime, now: datetime) -> str:
    return f"{day_in_words(moment, now)} {clock(moment)}"


def _local_day(moment: datetime | date) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone(COPENHAGEN).date()
    return moment
