"""vCard 4.0 export: properties, escaping, folding at 75 octets, no confidential addresses."""

from __future__ import annotations

from datetime import date, time

from referral_desk.domain.entities import (
    Address,
    Detail,
    Location,
    Phone,
    RecordRef,
    Texts,
    Verification,
)
from referral_desk.domain.hours import Reach, Reachability, WeeklyHours
from referral_desk.domain.vocab import Kind
from referral_desk.exchange.vcard import detail_as_vcard, escape_text, fold, vcard_file_name

RECORD_ID = "6f1c2d0e-8b1a-4c55-9d1e-2f6a7b8c9d01"


def _detail(**changes: object) -> Detail:
    values: dict[str, object] = dict(
        kind=Kind.CONTACT,
        id=RECORD_ID,
        name=Texts({"en": "Liaison officer; duty desk, Vienna", "bg": "Офицер за връзка"}),
        description=Texts(),
        country="AT",
        organization=RecordRef(
            Kind.ORGANIZATION, "org", Texts({"en": "Criminal Intelligence Service"}), "AT"
        ),
        phones=(
            Phone("+4310000001", "+43 1 0000001", "voice"),
            Phone("+436640000002", "+43 664 0000002", "cell", extension="12"),
            Phone("112", "112", "voice"),
        ),
        email="liaison@example.org",
        website="https://www.bundeskriminalamt.at",
        locations=(
            Location(
                "l1",
                Texts(),
                "Europe/Vienna",
                False,
                Address("Josef-Holaubek-Platz 1", "Wien", "AT", postal_code="1090"),
            ),
            Location("l2", Texts(), "Europe/Vienna", True, Address("Secret Gasse 7", "Wien", "AT")),
        ),
        hours=(WeeklyHours(frozenset({0, 1, 2, 3, 4}), time(8), time(16)),),
        timezone="Europe/Vienna",
        reach=Reachability(Reach.OPEN, "Europe/Vienna"),
        around_the_clock=False,
        languages=("de", "bg"),
        verification=Verification(date(2026, 1, 10), "NCCTHB", "website"),
        person="Maria Muster",
        department="Unit 3.4",
    )
    values.update(changes)
    return Detail(**values)  # type: ignore[arg-type]


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def test_properties_of_a_contact() -> None:
    card = detail_as_vcard(_detail(), "en")
    lines = _unfold(card)
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0" and lines[-1] == "END:VCARD"
    assert "FN:Maria Muster" in lines
    assert "ORG:Criminal Intelligence Service;Unit 3.4" in lines
    assert "TITLE:Liaison officer\\; duty desk\\, Vienna" in lines
    assert "TEL;VALUE=uri;TYPE=voice;PREF=1:tel:+4310000001" in lines
    assert "TEL;VALUE=uri;TYPE=cell:tel:+436640000002;ext=12" in lines
    assert "TEL;VALUE=uri;TYPE=voice:tel:112;phone-context=+43" in lines
    assert "EMAIL:liaison@example.org" in lines
    assert "URL:https://www.bundeskriminalamt.at" in lines
    assert "LANG;PREF=1:de" in lines and "LANG;PREF=2:bg" in lines
    assert f"UID:urn:uuid:{RECORD_ID}" in lines
    assert any(line.startswith("NOTE:") for line in lines)


def test_confidential_addresses_are_left_out() -> None:
    card = detail_as_vcard(_detail(), "en")
    adr = [line for line in _unfold(card) if line.startswith("ADR")]
    assert adr == ["ADR;TYPE=work:;;Josef-Holaubek-Platz 1;Wien;;1090;AT"]
    assert "Secret" not in card


def test_crlf_line_ends_and_folding_at_75_octets() -> None:
    note = "Прием на деца без придружител, " * 20 + "end"
    card = detail_as_vcard(_detail(), "bg", note=note)
    assert card.endswith("\r\n")
    assert "\n" not in card.replace("\r\n", "")
    for line in card.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = _unfold(card)
    assert f"NOTE:{escape_text(note)}" in unfolded


def test_fold_never_splits_a_character() -> None:
    line = "NOTE:" + "ä€😀" * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert folded.replace("\r\n ", "") == line


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_organization_card() -> None:
    detail = _detail(
        kind=Kind.ORGANIZATION,
        person=None,
        department=None,
        organization=None,
        name=Texts(
            {"en": "State Agency for Child Protection"},
            "Държавна агенция за закрила на детето",
            "bg",
        ),
    )
    lines = _unfold(detail_as_vcard(detail, "en"))
    assert "KIND:org" in lines
    assert "FN:State Agency for Child Protection" in lines
    assert "FN;LANGUAGE=bg:Държавна агенция за закрила на детето" in lines
    assert "ORG:State Agency for Child Protection" in lines


def test_file_name_is_safe() -> None:
    assert vcard_file_name(_detail(person="A/B: C?"), "en") == "A-B-C.vcf"
    assert (
        vcard_file_name(_detail(person=None, name=Texts({"en": "Дрехшайбе"})), "en")
        == "Дрехшайбе.vcf"
    )
