"""LIX (læsbarhedsindeks) for the Danish text of a page, as language.md defines it.

Each block element ends a sentence, so that headings, buttons and list items, which
rarely end in a full stop, do not merge into one endless sentence.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p", "li", "h1", "h2", "h3", "h4", "a", "button", "summary", "dt", "dd", "td", "th",
    "label", "legend", "title", "div", "section", "header", "footer", "span",
}  # fmt: skip
SKIPPED_TAGS = {"script", "style", "head"}
WORD = re.compile(r"[A-Za-zÆØÅæøåÉé0-9]+(?:-[A-Za-zÆØÅæøå]+)*")
SENTENCE_END = re.compile(r"[.!?:]+(?:\s|$)")


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = [""]
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self._skipping += 1
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self._skipping -= 1
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.blocks[-1] += data


def sentences_of(html: str) -> list[str]:
    parser = _BlockText()
    parser.feed(html)
    sentences: list[str] = []
    for block in parser.blocks:
        sentences += [part for part in SENTENCE_END.split(block) if WORD.search(part)]
    return sentences


def lix(html: str) -> float:
    sentences = sentences_of(html)
    words = [word for sentence in sentences for word in WORD.findall(sentence)]
    if not words:
        return 0.0
    long_words = [word for word in words if len(word) > 6]
    return len(words) / len(sentences) + 100 * len(long_words) / len(words)
