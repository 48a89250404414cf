"""No sample number rings a real phone: only 112, 116 000, 116 111 and 147 can be dialled,
every other number is marked as a placeholder, and the reader holds the file to it
(issue 14, point 10)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import phonenumbers
import pytest
from hostile_directory import dumped, put, sample, write

from referral_desk.domain.entities import Phone
from referral_desk.exchange.directory_json import DirectoryFileError, read_directory_file

REAL_SHORT_CODES = {"112", "116000", "116111", "147"}
PHONE = ("organizations", 0, "phones", 0)


def _phones(content: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    for oi, org in enumerate(content["organizations"]):
        where = f"organizations[{oi}]"
        owners = [(where, org)]
        owners += [(f"{where}.services[{i}]", s) for i, s in enumerate(org["services"])]
        owners += [(f"{where}.contacts[{i}]", c) for i, c in enumerate(org["contacts"])]
        for owner_where, owner in owners:
            for pi, phone in enumerate(owner["phones"]):
                yield f"{owner_where}.phones[{pi}]", phone, org["country"]


def test_no_sample_number_but_the_real_short_codes_can_be_dialled() -> None:
    dialable = []
    unmarked = []
    for where, phone, country in _phones(sample()):
        if phone["number"] in REAL_SHORT_CODES:
            assert phone.get("short_code_country"), where
            assert "placeholder" not in phone, where
            continue
        parsed = phonenumbers.parse(phone["number"], country)
        if phonenumbers.is_valid_number(parsed):
            dialable.append(f"{where}: {phone['number']}")
        if phone.get("placeholder") is not True:
            unmarked.append(f"{where}: {phone['number']}")
    assert dialable == []
    assert unmarked == []


def test_the_sample_holds_every_real_short_code() -> None:
    numbers = {phone["number"] for _, phone, _ in _phones(sample())}
    assert numbers >= REAL_SHORT_CODES


def test_rat_auf_draht_answers_on_147() -> None:
    (org,) = [o for o in sample()["organizations"] if o["own_name"]["text"] == "Rat auf Draht"]
    (helpline,) = [s for s in org["services"] if "child_helpline" in s["roles"]]
    assert {"number": "147", "type": "voice", "short_code_country": "AT"} in helpline["phones"]


def _refused(tmp_path: Any, content: dict[str, Any]) -> str:
    with pytest.raises(DirectoryFileError) as caught:
        read_directory_file(write(tmp_path, dumped(content)))
    return "\n".join(caught.value.problems)


def test_a_sample_number_not_marked_as_placeholder_is_refused(tmp_path: Any) -> None:
    content = sample()
    del content["organizations"][0]["phones"][0]["placeholder"]
    assert (
        "organizations[0].phones[0]: '+43 1 00000 001' is not marked as a placeholder"
        in _refused(tmp_path, content)
    )


@pytest.mark.parametrize("number", ["+43 660 00000 001", "+359 88 00000 01", "+43 1 53126 0"])
def test_a_placeholder_that_can_be_dialled_is_refused(tmp_path: Any, number: str) -> None:
    content = sample()
    put((*PHONE, "number"), number)(content)
    assert f"organizations[0].phones[0].number: {number!r} can be dialled" in _refused(
        tmp_path, content
    )


def test_a_placeholder_must_look_like_one(tmp_path: Any) -> None:
    content = sample()
    put((*PHONE, "number"), "+43 1 0123 4567")(content)
    assert "five zeros in a row" in _refused(tmp_path, content)


def test_a_short_code_cannot_be_a_placeholder(tmp_path: Any) -> None:
    content = sample()
    put(PHONE, {"number": "112", "type": "voice", "short_code_country": "AT", "placeholder": True})(
        content
    )
    assert "organizations[0].phones[0].placeholder: 112 is a real short code" in _refused(
        tmp_path, content
    )


def test_147_is_only_austrian(tmp_path: Any) -> None:
    content = sample()
    put(PHONE, {"number": "147", "type": "voice", "short_code_country": "BG"})(content)
    assert "organizations[0].phones[0].number: 147 is a short code only in AT" in _refused(
        tmp_path, content
    )


def test_a_directory_that_is_not_sample_may_mark_a_number_it_does_not_know_yet(
    tmp_path: Any,
) -> None:
    content = sample()
    content["directory"]["sample"] = False
    read_directory_file(write(tmp_path, dumped(content)))
    del content["organizations"][0]["phones"][0]["placeholder"]
    assert "'+43 1 00000 001' is not a valid phone number" in _refused(tmp_path, content)


def test_a_phone_record_says_whether_it_is_a_placeholder() -> None:
    assert Phone("+43100000001", "+43 1 00000 001", "voice", placeholder=True).placeholder
    assert not Phone("112", "112", "voice").placeholder


def test_the_bulgarian_child_helpline_is_the_state_agency_for_child_protections() -> None:
    """Issue 9: 116 111 in Bulgaria is run by the SACP (the Social Assistance Agency ran it
    for a while from 2022); the sample used to name the latter as its operator."""
    organizations = {o["id"]: o for o in sample()["organizations"]}
    (line,) = [o for o in organizations.values() if o["own_name"]["text"].endswith("116 111")]
    assert organizations[line["parent_id"]]["name"]["en"] == "State Agency for Child Protection"
    assert line["website"] == "https://sacp.government.bg"
    assert {"number": "116111", "type": "voice", "short_code_country": "BG"} in line["phones"]
