"""Numbers, addresses and links that look Danish but belong to nobody.

- CPR: replacement-style numbers whose day of month is the birth day + 60, so they
  never equal an ordinary CPR number; the seventh digit still gives the right century.
- Phone: eight digits starting with 0, a first digit the Danish numbering plan keeps
  for prefixes, so no subscriber has such a number (and never 00, the prefix abroad).
- Mail and web: the `.example` top-level domain, reserved for examples (RFC 2606).
- Addresses: the postcode 9999 Fjordby, which does not exist.
"""

from __future__ import annotations

from datetime import date

from app.model.cpr import Cpr

DOMAIN = "fjordby.example"
POSTAL_TOWN = "9999 Fjordby"
SELF_SERVICE = f"https://selvbetjening.{DOMAIN}"
SERIALS_PER_BIRTH_DATE = 6_000

_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe"})


def replacement_cpr(birth_date: date, serial: int) -> Cpr:
    """Demo CPR number `serial` (0 to 5,999) for a birth date; each serial gives another."""
    if not 0 <= serial < SERIALS_PER_BIRTH_DATE:
        raise ValueError(f"a demo CPR serial is below {SERIALS_PER_BIRTH_DATE}")
    century_digit = _century_digits(birth_date.year)[serial // 1000]
    day = birth_date.day + 60
    return Cpr(f"{day:02d}{birth_date:%m%y}{century_digit}{serial % 1000:03d}")


def _century_digits(year: int) -> str:
    """The seventh digits that mean this century for this two-digit year."""
    if 2000 <= year <= 2036:
        return "456789"
    if 1937 <= year <= 1999:
        return "012349"
    raise ValueError("demo CPR numbers cover birth years 1937 to 2036")


def phone_number(number: int) -> str:
    """Eight digits, 0 followed by seven; `number` from 1,000,000 to 9,999,999."""
    if not 1_000_000 <= number <= 9_999_999:
        raise ValueError("a demo phone number has seven digits after the 0")
    return f"0{number}"


def address(street: str) -> str:
    return f"{street}, {POSTAL_TOWN}"


def email(name: str, domain: str = DOMAIN) -> str:
    """An address like "mette.vestergaard@fjordby.example" for a person's name."""
    return f"{'.'.join(ascii_words(name))}@{domain}"


def web_domain(name: str) -> str:
    """A domain like "fjordby-auto.example" for an organisation's name."""
    return f"{'-'.join(ascii_words(name))}.example"


def ascii_words(text: str) -> list[str]:
    plain = text.lower().translate(_LETTERS)
    words = "".join(letter if letter.isalnum() else " " for letter in plain).split()
    return [word for word in words if word.isascii()]


def meeting_link(code: str) -> str:
    return f"https://møde.{DOMAIN}/{code}"


def case_number(kle_number: str, serial: int, year: int) -> str:
    """A journal number in the usual municipal form, e.g. 17.27.30-G01-000123-26."""
    return f"{kle_number}-G01-{serial:06d}-{year % 100:02d}"


def case_link(number: str) -> str:
    return f"{SELF_SERVICE}/sager/{number}"
