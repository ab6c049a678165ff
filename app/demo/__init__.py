"""Demo data for a fictional municipality, Fjordby Kommune (code 0999 by default).

Five hand-written young people show each situation well; any number more can be
generated for benchmarks. The same seed and reference time give the same data.
"""

from app.demo.generator import (
    DemoDataError,
    DemoOptions,
    DemoPerson,
    demo_people,
)
from app.demo.loader import DemoSummary, has_municipality, load_demo_data
from app.demo.story import Situation

__all__ = [
    "DemoDataError",
    "DemoOptions",
    "DemoPerson",
    "DemoSummary",
    "Situation",
    "demo_people",
    "has_municipality",
    "load_demo_data",
]
