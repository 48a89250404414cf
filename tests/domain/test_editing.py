"""The fields an editor changes, read from ``field=value`` and compared field by field."""

from __future__ import annotations

import pytest

from referral_desk.domain.editing import (
    FIELDS,
    RecordKind,
    changed_fields,
    parse_assignment,
    readable_value,
    template,
)

RECORD = {"id": "x", "name": {"en": "Help", "de": "Hilfe"}, "languages": ["de"], "email": None}


@pytest.mark.parametrize(
    ("assignment", "key", "value"),
    [
        ("email=a@example.org", "email", "a@example.org"),
        ("email=", "email", None),
        ("name.bg=Помощ", "name", {"en": "Help", "de": "Hilfe", "bg": "Помощ"}),
        ("name.de=", "name", {"en": "Help"}),
        ("name.de=12", "name", {"en": "Help", "de": "12"}),
        ("languages=de, en ,ro", "languages", ["de", "en", "ro"]),
        ('languages=["bg"]', "languages", ["bg"]),
        ("around_the_clock=true", "around_the_clock", True),
        ("minimum_age=12", "minimum_age", 12),
        ("minimum_age=null", "minimum_age", None),
    ],
)
def test_an_assignment_becomes_the_field_s_new_value(
    assignment: str, key: str, value: object
) -> None:
    assert parse_assignment(RecordKind.SERVICE, RECORD, assignment) == (key, value)


@pytest.mark.parametrize(
    ("assignment", "words"),
    [("colour=red", "colour: a service has no such field"), ("no equals", "field=value"),
     ("email.en=x", "only translations")],
)  # fmt: skip
def test_a_bad_assignment_says_what_is_wrong(assignment: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_assignment(RecordKind.SERVICE, RECORD, assignment)


def test_changed_fields_lists_only_what_differs_in_order() -> None:
    after = {**RECORD, "name": {"de": "Hilfe", "en": "Help"}, "email": "a@example.org"}
    changes = changed_fields(RECORD, after)
    assert [(c.field, c.old, c.new) for c in changes] == [("email", None, "a@example.org")]
    # a field taken away counts as changed, unless it held nothing
    assert [c.field for c in changed_fields(RECORD, {"id": "x"})] == ["name", "languages"]
    assert changed_fields({}, {"locations": [1]}) == []  # records under it are their own


def test_every_kind_has_a_template_with_every_editable_field() -> None:
    for kind in RecordKind:
        made = template(kind, "id-1", "AT", "editor", "2026-11-30")
        assert made["id"] == "id-1"
        assert {spec.key for spec in FIELDS[kind]} <= set(made)


def test_readable_values() -> None:
    assert readable_value({"en": "Help", "de": "Hilfe"}) == "en: Help · de: Hilfe"
    assert readable_value([{"number": "+43 1", "type": "voice"}]) == "+43 1"
    hours = [{"byday": "MO", "opens_at": "08:00", "closes_at": "12:00"}]
    assert readable_value(hours) == "MO 08:00–12:00"
    address = {"address_1": "Herrengasse 7", "city": "Wien", "postal_code": "1010", "country": "AT"}
    assert readable_value(address) == "Herrengasse 7, 1010 Wien, AT"
    assert readable_value({"address_1": "", "city": "", "country": "BG"}) == "BG"
    assert readable_value(["de", "en"]) == "de, en"
    assert readable_value(None) == "" and readable_value(3) == "3"
