"""Contact rows: built once from a record; a confidential address only when asked for, marked."""

from __future__ import annotations

from datetime import time

from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.case import Body
from referral_desk.domain.contact_rows import contact_rows, way_rows
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
from referral_desk.domain.hours_text import days_text, hours_text
from referral_desk.domain.vocab import ContactWay, Kind

WEEKDAYS = WeeklyHours(frozenset({0, 1, 2, 3, 4}), time(8), time(16))


def location(street: str, confidential: bool, name: str = "") -> Location:
    texts = Texts({"en": name}) if name else Texts()
    return Location(street, texts, "Europe/Vienna", confidential, Address(street, "Wien", "AT"))


def detail(**changes: object) -> Detail:
    values: dict[str, object] = {
        "kind": Kind.SERVICE,
        "id": "s1",
        "name": Texts({"en": "Crisis centre"}),
        "description": Texts(),
        "country": "AT",
        "organization": None,
        "phones": (
            Phone("+4310000001", "+43 1 000 0001", "voice", "12", Texts({"en": "night desk"})),
            Phone("+4366000000", "+43 660 000 000", "cell"),
        ),
        "email": "help@example.org",
        "website": "https://example.org",
        "locations": (
            location("Rathausstraße 1", False, "Office"),
            location("Geheimgasse 7", True),
        ),
        "hours": (WEEKDAYS,),
        "timezone": "Europe/Vienna",
        "reach": Reachability(Reach.UNKNOWN, "Europe/Vienna"),
        "around_the_clock": False,
        "languages": (),
        "verification": Verification(None, None, None),
    }
    values.update(changes)
    return Detail(**values)  # type: ignore[arg-type]


def test_every_way_to_reach_a_record_in_order() -> None:
    rows = contact_rows(detail(), "en")
    assert [(r.way, r.label, r.value, r.note) for r in rows] == [
        (ContactWay.PHONE, "Phone", "+43 1 000 0001 ext. 12", "night desk"),
        (ContactWay.PHONE, "Mobile", "+43 660 000 000", ""),
        (ContactWay.EMAIL, "E-mail", "help@example.org", ""),
        (ContactWay.WEB, "Web", "https://example.org", ""),
        (ContactWay.ADDRESS, "Address", "Rathausstraße 1, Wien, AT", "Office"),
        (ContactWay.ADDRESS, "Address", "confidential, not shown", ""),
        (ContactWay.HOURS, "Opening hours", "Mon–Fri 08:00–16:00", "Europe/Vienna"),
    ]
    assert rows[0].phone is not None and rows[0].phone.extension == "12"
    assert rows[4].address is not None and rows[4].address.address_1 == "Rathausstraße 1"


def test_a_confidential_address_is_withheld_unless_asked_for() -> None:
    withheld = [r for r in contact_rows(detail(), "en") if r.withheld]
    assert len(withheld) == 1
    assert withheld[0].address is None and "Geheimgasse" not in withheld[0].value
    assert not any(r.confidential for r in contact_rows(detail(), "en"))
    shown = [r for r in contact_rows(detail(), "en", include_confidential=True) if r.confidential]
    assert [r.value for r in shown] == ["Geheimgasse 7, Wien, AT"]


def test_a_place_named_by_its_address_gets_no_note() -> None:
    rows = contact_rows(
        detail(locations=(location("Rathausstraße 1", False, "Rathausstraße 1"),)), "en"
    )
    assert [(r.value, r.note) for r in rows if r.way is ContactWay.ADDRESS] == [
        ("Rathausstraße 1, Wien, AT", "")
    ]


def test_around_the_clock_replaces_the_hours() -> None:
    rows = contact_rows(detail(around_the_clock=True), "en")
    assert [r.value for r in rows if r.way is ContactWay.HOURS] == ["Around the clock, every day"]


def test_labels_and_values_go_through_the_translator() -> None:
    german = {"Mobile": "Mobil", "ext. %1": "Durchwahl %1", "Mon": "Mo", "Fri": "Fr"}
    rows = contact_rows(detail(), "en", lambda _c, t: german.get(t, t))
    assert rows[0].value == "+43 1 000 0001 Durchwahl 12" and rows[1].label == "Mobil"
    assert rows[-1].value == "Mo–Fr 08:00–16:00"


def test_a_body_on_a_pathway_has_ways_but_no_places() -> None:
    body = Body(
        RecordRef(Kind.SERVICE, "s1", Texts({"en": "Crisis centre"}), "AT"),
        None,
        (Phone("112", "112", "voice"),),
        None,
        "https://example.org",
        Reachability(Reach.ALWAYS, "Europe/Vienna"),
    )
    assert [(r.way, r.value) for r in way_rows(body, "en")] == [
        (ContactWay.PHONE, "112"),
        (ContactWay.WEB, "https://example.org"),
    ]


@given(
    st.lists(
        st.tuples(st.text(min_size=3, max_size=20).map(lambda s: f"Street {s}"), st.booleans()),
        max_size=5,
    )
)
def test_no_confidential_address_ever_in_a_row_unless_asked(places: list[tuple[str, bool]]) -> None:
    record = detail(locations=tuple(location(f"#{i} {s}", c) for i, (s, c) in enumerate(places)))
    secrets = [f"#{i} {s}" for i, (s, c) in enumerate(places) if c]
    for row in contact_rows(record, "en"):
        assert not row.confidential
        assert not any(secret in row.value or secret in row.note for secret in secrets)
    asked = contact_rows(record, "en", include_confidential=True)
    assert sum(r.confidential for r in asked) == len(secrets)


def test_days_in_runs() -> None:
    assert days_text([0, 1, 2, 3, 4]) == "Mon–Fri"
    assert days_text([5, 6]) == "Sat, Sun"
    assert days_text([0, 2, 3]) == "Mon, Wed, Thu"


def test_hours_with_the_same_times_are_grouped() -> None:
    hours = (
        WeeklyHours(frozenset({0, 1}), time(8), time(12)),
        WeeklyHours(frozenset({3}), time(8), time(12)),
        WeeklyHours(frozenset({5}), time(0), time(0)),
    )
    assert hours_text(hours) == "Mon, Tue, Thu 08:00–12:00; Sat all day"
