"""KLE numbers and their titles, read once from the OS2KLE list shipped beside this file.

KLE (Kommunernes Landsforenings emnesystematik) classifies every municipal case by
topic with a number like 17.27.30; the title says the topic in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

KLE_FILE = Path(__file__).with_name("kle-titles.txt")
_SEPARATOR = " | "


@cache
def kle_titles() -> Mapping[str, str]:
    """Every KLE number in the list, mapped to its Danish title."""
    titles: dict[str, str] = {}
    for line in KLE_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, title = line.split(_SEPARATOR, maxsplit=1)
        titles[number.strip()] = title.strip()
    return MappingProxyType(titles)


def kle_title(number: str) -> str | None:
    """The title of a KLE number such as "17.27.30", or None if the list has no such number."""
    return kle_titles().get(number.strip())


def is_kle_number(number: str) -> bool:
    return kle_title(number) is not None
