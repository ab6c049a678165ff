"""Every screen's Danish stays within the readability budget: LIX 30 or less."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.support.readability import lix, sentences_of

pytestmark = pytest.mark.anyio

LIX_BUDGET = 30
SCREENS = ["/", "/offline", "/tilgaengelighed", "/findes-ikke"]


def test_lix_counts_words_per_sentence_and_long_words() -> None:
    # 7 words in 2 sentences, 1 of them longer than six letters.
    assert lix("<p>Du har en aftale.</p><p>Kom til Jobcentret.</p>") == pytest.approx(
        7 / 2 + 100 / 7
    )


def test_every_block_element_ends_a_sentence() -> None:
    assert sentences_of("<h1>Din plan</h1><a>Log ind</a>") == ["Din plan", "Log ind"]


@pytest.mark.parametrize("path", SCREENS)
async def test_the_screen_reads_easily(client: AsyncTestClient[Litestar], path: str) -> None:
    html = (await client.get(path)).text

    assert lix(html) <= LIX_BUDGET
