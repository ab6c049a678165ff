"""CPR numbers are stored encrypted and found by a keyed hash."""

from __future__ import annotations

import pytest

from app.keys import new_key
from app.model.cpr import Cpr, CprKeys, InvalidCprError, load_cpr_keys
from app.settings import PRODUCTION, TEST, Settings, SettingsError

CPR = Cpr.parse("010203-6789")


def _keys() -> CprKeys:
    return load_cpr_keys(
        Settings(environment=TEST, cpr_encryption_key=new_key(), cpr_hash_key=new_key())
    )


def test_it_accepts_the_usual_ways_of_writing_a_cpr_number() -> None:
    assert Cpr.parse("0102036789") == CPR
    assert Cpr.parse(" 010203 6789 ") == CPR


@pytest.mark.parametrize("text", ["", "01020367", "010203-678X", "01020367890"])
def test_it_rejects_what_is_not_ten_digits(text: str) -> None:
    with pytest.raises(InvalidCprError):
        Cpr.parse(text)


def test_the_digits_never_show_in_repr_or_str() -> None:
    assert "6789" not in repr(CPR)
    assert "6789" not in str(CPR)


def test_encryption_hides_the_digits_and_decrypts_back() -> None:
    keys = _keys()
    token = keys.encrypt(CPR)

    assert b"0102036789" not in token
    assert keys.decrypt(token) == CPR


def test_two_encryptions_differ_but_the_hash_is_stable() -> None:
    keys = _keys()

    assert keys.encrypt(CPR) != keys.encrypt(CPR)
    assert keys.hash(CPR) == keys.hash(Cpr.parse("0102036789"))
    assert len(keys.hash(CPR)) == 64


def test_another_hash_key_gives_another_hash() -> None:
    assert _keys().hash(CPR) != _keys().hash(CPR)


def test_development_keys_are_kept_on_disk_readable_only_by_the_owner(
    tmp_path: object,
) -> None:
    settings = Settings(environment=TEST, data_dir=tmp_path)  # type: ignore[arg-type]
    first = load_cpr_keys(settings)
    second = load_cpr_keys(settings)

    assert first == second
    key_file = settings.data_dir / "secrets.json"
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_production_refuses_to_start_without_keys() -> None:
    with pytest.raises(SettingsError, match="CPR_ENCRYPTION_KEY"):
        Settings(environment=PRODUCTION)
