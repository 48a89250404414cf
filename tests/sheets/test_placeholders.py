"""A placeholder phone shows as "placeholder" on every output, never as digits to dial.

The records are the sample's, with every number that is not a real short code marked
as a placeholder (as the directory file marks them); each output is fed them: the
contact rows, the copied text, the detail pane, the referral sheet, the booklet, the
contact card, the pathway as text and JSON, vCard, and the CLI's ``show``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.cli import main
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Assessment, Case, Pathway, Phase, Step, Text, Timing
from referral_desk.domain.contact_rows import contact_rows
from referral_desk.domain.entities import Detail
from referral_desk.domain.phones import SHORT_CODES
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.vocab import ContactWay
from referral_desk.exchange.pathway_json import pathway_to_json
from referral_desk.exchange.vcard import detail_as_vcard
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory
from referral_desk.services.referral_log import body_from_detail
from referral_desk.sheets.booklet import booklet_data, build_booklet_document, build_card_document
from referral_desk.sheets.pathway_text import pathway_as_text
from referral_desk.sheets.pdf import labels_for
from referral_desk.sheets.plain import detail_as_text
from referral_desk.sheets.referral_sheet import SheetData, sheet_html

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
WORDS = {"en": "placeholder – not a real number"}


def as_placeholders(detail: Detail) -> Detail:
    phones = tuple(
        replace(phone, placeholder=phone.number not in SHORT_CODES) for phone in detail.phones
    )
    return replace(detail, phones=phones)


def dialled(detail: Detail) -> list[str]:
    """The numbers of the record's placeholders, as people write them and in E.164."""
    return [
        form
        for phone in detail.phones
        if phone.placeholder
        for form in (phone.display, phone.number, phone.number.removeprefix("+"))
    ]


def assert_no_digits(text: str, details: list[Detail], channel: str) -> None:
    for detail in details:
        for number in dialled(detail):
            assert number not in text, f"{channel} shows the placeholder {number} of {detail.id}"


@pytest.fixture(scope="module")
def desk(sample_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    path = tmp_path_factory.mktemp("placeholders") / "sample.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    return Desk.open(path)


@pytest.fixture(scope="module")
def details(desk: Desk) -> list[Detail]:
    shown = [desk.directory.show(hit.id, NOW) for hit in desk.directory.search("", limit=60)]
    marked = [as_placeholders(d) for d in shown if d is not None]
    marked = [d for d in marked if dialled(d)]  # records with at least one placeholder
    assert sum(len(dialled(d)) for d in marked) > 30, "the records have placeholder phones"
    return marked


def pathway(details: list[Detail]) -> Pathway:
    step = Step(
        "call",
        Phase.FIRST_ASSISTANCE,
        "police",
        "AT",
        Text({"en": "Call"}),
        Text({"en": "Safety"}),
        Timing.NOW,
        tuple(body_from_detail(d) for d in details),
    )
    return Pathway(Case("AT"), Assessment.TRAFFICKING, (), (step,), (), False, "test")


def test_the_rows_carry_the_mark_and_say_placeholder(details: list[Detail]) -> None:
    for detail in details:
        rows = [r for r in contact_rows(detail, "en") if r.way is ContactWay.PHONE]
        assert [r.placeholder for r in rows] == [p.placeholder for p in detail.phones]
        for row in rows:
            if row.placeholder:
                assert row.value == WORDS["en"] and row.phone is not None
            else:
                assert row.value.replace(" ", "") in SHORT_CODES


def test_copied_text_pathway_text_and_json(details: list[Detail]) -> None:
    for lang in ("en", "bg", "de"):
        tr = labels_for(lang)
        for detail in details:
            text = detail_as_text(detail, lang, NOW, tr)
            assert_no_digits(text, [detail], f"copy ({lang})")
        text = pathway_as_text(pathway(details), lang, tr)
        assert_no_digits(text, details, f"pathway text ({lang})")
    assert WORDS["en"] in detail_as_text(details[0], "en", NOW)
    assert "Platzhalter" in detail_as_text(details[0], "de", NOW, labels_for("de"))
    phones = [
        phone
        for step in pathway_to_json(pathway(details), "en")["steps"]
        for body in step["bodies"]
        for phone in body["contacts"]["phones"]
    ]
    assert phones and all(p["placeholder"] is (p["number"] not in SHORT_CODES) for p in phones)


def test_vcard_leaves_placeholders_out_and_says_so(details: list[Detail]) -> None:
    for detail in details:
        card = detail_as_vcard(detail, "en")
        assert_no_digits(card.replace("\r\n ", ""), [detail], "vCard")
        left_out = sum(p.placeholder for p in detail.phones)
        if left_out:
            assert "placeholder phone number" in card.replace("\r\n ", "")
        real = [p for p in detail.phones if not p.placeholder]
        assert card.count("TEL;") == len(real)


def test_the_sheet_the_booklet_and_the_card(
    qapp: object, desk: Desk, details: list[Detail]
) -> None:
    header = ReferralHeader("Consulate", "M. P.", NOW, "RD-2026-TEST-0002")
    by_id = {d.id: d for d in details}
    for lang, second in (("en", None), ("de", "bg")):
        data = SheetData(pathway(details), header, lang=lang, second_lang=second, details=by_id)
        html = sheet_html(data)
        assert_no_digits(html, details, f"sheet ({lang})")
    assert WORDS["en"] in sheet_html(SheetData(pathway(details), header, details=by_id))
    info = desk.directory.info()
    booklet = booklet_data(details, info, BookletSelection(), "de", NOW, second_lang="bg")
    assert sum(len(group) for _c, _k, group in booklet.groups) > 0
    assert_no_digits(build_booklet_document(booklet).toPlainText(), details, "booklet")
    for detail in details[:10]:
        card = build_card_document(detail, info, "en")
        assert_no_digits(card.toPlainText(), [detail], "contact card")
        assert WORDS["en"] in card.toPlainText()


def test_the_detail_pane(qapp: object, details: list[Detail]) -> None:
    from referral_desk.ui.detail_pane import PaneContext, render_html

    context = PaneContext("en", "Europe/Sofia", 12, NOW)
    for detail in details:
        html = render_html(detail, context, reveal_address=False)
        assert_no_digits(html, [detail], "detail pane")
        assert "tel:" not in html, "no link to dial"
        assert WORDS["en"] in html


def test_the_command_line_show(
    details: list[Detail],
    sample_db_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "cli.sqlite3"
    db.write_bytes(sample_db_template.read_bytes())
    detail = details[0]
    monkeypatch.setattr(Directory, "show", lambda _self, _id, _now=None: detail)
    assert main(["--db", str(db), "show", detail.id]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SAMPLE DATA – not for operational use\n")
    assert_no_digits(out, [detail], "CLI show")
    assert WORDS["en"] in out
    assert main(["--db", str(db), "show", detail.id, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sample_data"] is True
    assert [p["placeholder"] for p in data["phones"]] == [p.placeholder for p in detail.phones]
