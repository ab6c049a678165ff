"""Times as people say them, in Copenhagen time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.web.danish_time import clock, danish_date, day_in_words, when_in_words

# Thursday 3 December 2026, 09:00 in Copenhagen (08:00 UTC).
NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "words"),
    [
        (datetime(2026, 12, 3, 13, 0, tzinfo=UTC), "i dag kl. 14"),
        (datetime(2026, 12, 4, 9, 30, tzinfo=UTC), "i morgen kl. 10.30"),
        (datetime(2026, 12, 8, 9, 0, tzinfo=UTC), "tirsdag kl. 10"),
        (datetime(2026, 12, 15, 9, 0, tzinfo=UTC), "tirsdag den 15. december kl. 10"),
        (datetime(2027, 1, 5, 9, 0, tzinfo=UTC), "tirsdag den 5. januar 2027 kl. 10"),
        (datetime(2026, 12, 2, 9, 0, tzinfo=UTC), "i går kl. 10"),
    ],
)
def test_near_times_in_words_far_ones_with_the_date(moment: datetime, words: str) -> None:
    assert when_in_words(moment, NOW) == words


def test_midnight_in_copenhagen_is_the_next_day_there() -> None:
    # 23:30 UTC on the 3rd is 00:30 on the 4th in Copenhagen.
    assert day_in_words(datetime(2026, 12, 3, 23, 30, tzinfo=UTC), NOW) == "i morgen"


def test_summer_time_is_two_hours_ahead() -> None:
    assert clock(datetime(2026, 7, 1, 8, 0, tzinfo=UTC)) == "kl. 10"


def test_a_date_reads_as_a_dane_writes_it() -> None:
    assert danish_date(date(2026, 12, 3)) == "3. december 2026"
