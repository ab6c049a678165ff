"""Reproducible chance: every random draw in the demo comes from a seeded generator."""

from __future__ import annotations

import random


def seeded(*parts: object) -> random.Random:
    """A generator seeded by the parts, e.g. `seeded(2026, "ung", 17)`.

    `random` turns a text seed into a number with SHA-512, not with Python's per-process
    string hash, so the same parts give the same draws on every run and machine.
    """
    # Chosen for repeatability, never for secrets: nothing drawn here protects anything.
    return random.Random(":".join(map(str, parts)))  # noqa: S311
