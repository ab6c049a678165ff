"""LIX (læsbarhedsindeks) for what a caseworker writes to a young person.

LIX = words per sentence + 100 times the share of words longer than six letters. Our
budget for what young people read is 30 (docs: language.md). A line break ends a
sentence too, so a list of short points is not read as one long sentence.
"""

from __future__ import annotations

import re

BUDGET = 30.0
HARD_TO_READ = "Teksten er svær at læse. Prøv kortere sætninger."

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÖöÄä0-9]+(?:-[A-Za-zÆØÅæøå]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n+")


def lix(text: str) -> float:
    sentences = [part for part in _SENTENCE_END.split(text) if _WORD.search(part)]
    words = _WORD.findall(text)
    if not words:
        return 0.0
    long_words = [word for word in words if len(word) > 6]
    return len(words) / len(sentences) + 100 * len(long_words) / len(words)


def is_hard_to_read(text: str) -> bool:
    return lix(text) > BUDGET
