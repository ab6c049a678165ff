"""The LIX count behind the hint on meeting summaries."""

from __future__ import annotations

from app.staff.readability import is_hard_to_read, lix


def test_short_sentences_with_short_words_are_easy() -> None:
    text = "Vi talte om skole. Du vil gerne være tømrer. Du ringer i morgen."

    assert lix(text) < 30
    assert not is_hard_to_read(text)


def test_long_sentences_with_long_words_are_hard() -> None:
    text = (
        "Borgeren tilkendegav betydelig usikkerhed vedrørende uddannelsesvalget, hvorfor "
        "sagsbehandleren anbefalede yderligere afklarende vejledningsforløb."
    )

    assert lix(text) > 30
    assert is_hard_to_read(text)


def test_each_line_of_a_list_is_a_sentence_of_its_own() -> None:
    as_lines = "Ring til skolen\nSkriv til Jonas\nTag CV med\nKom kl. 10"
    as_one_sentence = as_lines.replace("\n", " ")

    assert lix(as_lines) < lix(as_one_sentence)


def test_no_words_score_nothing() -> None:
    assert lix("") == 0.0
    assert lix(" ... ") == 0.0
