"""The five hand-written young people, one for each situation, written to demo well.

Their dates follow the reference time: past meetings lie a few weeks back, coming ones
in the next weeks, and everyone keeps their age.
"""

from __future__ import annotations

from app.demo.cast.amalie import Amalie
from app.demo.cast.ella import Ella
from app.demo.cast.emil import Emil
from app.demo.cast.sofie import Sofie
from app.demo.cast.writer import StoryWriter
from app.demo.cast.yasmin import Yasmin
from app.demo.clock import DemoClock
from app.demo.fjordby import Fjordby
from app.demo.story import Story

CAST: tuple[type[StoryWriter], ...] = (Sofie, Emil, Amalie, Yasmin, Ella)
CAST_SIZE = len(CAST)


def cast_stories(clock: DemoClock, fjordby: Fjordby, serial: int) -> tuple[Story, ...]:
    """The five stories in order; `serial` is their CPR serial."""
    return tuple(writer(clock, fjordby, serial).story() for writer in CAST)
