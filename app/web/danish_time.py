"""Dates and times as Danes say them, in Copenhagen time: "3. december 2026"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


def danish_date(moment: datetime) -> str:
    local = moment.astimezone(COPENHAGEN)
    return f"{local.day}. {MONTHS[local.month - 1]} {local.year}"
