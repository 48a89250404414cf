"""No output channel carries a shelter's confidential address: copy, vCard, sheet, booklet,
card, CLI show, search and pathway (text and JSON), pathway text and JSON, the log's
statistics (also on the command line).

Each channel is fed every record of the sample directory that has a confidential
address, in the three languages where the channel is translated.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.cli import main
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Assessment, Case, Pathway, Phase, Step, Text, Timing
from referral_desk.domain.entities import Detail
from referral_desk.domain.referral import ReferralHeader
from referral_desk.exchange.pathway_json import pathway_to_json
from referral_desk.exchange.statistics_csv import statistics_csv
from referral_desk.exchange.vcard import detail_as_vcard
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory
from referral_desk.services.printouts import booklet_bodies
from referral_desk.services.referral_log import body_from_detail
from referral_desk.sheets.booklet import booklet_data, build_card_document
from referral_desk.sheets.booklet import build_booklet_document as booklet_document
from referral_desk.sheets.pathway_text import pathway_as_text
from referral_desk.sheets.pdf import labels_for
from referral_desk.sheets.plain import confidential_address_text, detail_as_text
from referral_desk.sheets.referral_sheet import SheetData, sheet_html

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
LANGUAGES = ("en", "bg", "de")


def _secrets(detail: Detail) -> list[str]:
    """Parts of the confidential addresses that must not be found anywhere."""
    return [
        part
        for location in detail.locations
        if location.confidential and location.address is not None
        for part in (location.address.address_1, location.address.address_2)
        if part
    ]


@pytest.fixture(scope="module")
def desk(sample_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path = tmp_path_factory.mktemp("confidential") / "sample.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    desk = Desk.open(path)
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def directory(desk: Desk) -> Directory:
    return desk.directory


@pytest.fixture(scope="module")
def hidden(directory: Directory) -> list[Detail]:
    details = [directory.show(hit.id, NOW) for hit in directory.search("", limit=5000)]
    found = [d for d in details if d is not None and _secrets(d)]
    assert len(found) >= 2, "the sample has shelters with confidential addresses"
    return found


def assert_clean(text: str, details: list[Detail], channel: str) -> None:
    for detail in details:
        for secret in _secrets(detail):
            assert secret not in text, f"{channel} carries {secret!r} of {detail.id}"


def _pathway(details: list[Detail]) -> Pathway:
    step = Step(
        "shelter",
        Phase.FIRST_ASSISTANCE,
        "shelter_women",
        "AT",
        Text({"en": "Call the shelter"}),
        Text({"en": "Safety"}),
        Timing.NOW,
        tuple(body_from_detail(d) for d in details),
    )
    return Pathway(Case("AT"), Assessment.TRAFFICKING, (), (step,), (), False, "test")


def test_copied_text_vcard_and_pathway_outputs(hidden: list[Detail]) -> None:
    pathway = _pathway(hidden)
    for lang in LANGUAGES:
        tr = labels_for(lang)
        for detail in hidden:
            assert_clean(detail_as_text(detail, lang, NOW, tr), [detail], f"copy ({lang})")
            assert_clean(detail_as_vcard(detail, lang), [detail], f"vCard ({lang})")
        assert_clean(pathway_as_text(pathway, lang, tr), hidden, f"pathway text ({lang})")
        data = json.dumps(pathway_to_json(pathway, lang), ensure_ascii=False)
        assert_clean(data, hidden, f"pathway JSON ({lang})")


def test_the_deliberate_copy_carries_it_marked(hidden: list[Detail]) -> None:
    detail = hidden[0]
    text = confidential_address_text(detail, "de", labels_for("de"))
    assert text.startswith("VERTRAULICH")
    assert all(secret in text for secret in _secrets(detail))
    assert all("VERTRAULICH" in line for line in text.splitlines() if _secrets(detail)[0] in line)


def test_the_referral_sheet(qapp: object, hidden: list[Detail]) -> None:
    details = {d.id: d for d in hidden}
    for lang, second in (("en", None), ("de", "bg")):
        html = sheet_html(SheetData(_pathway(hidden), header(), lang=lang, second_lang=second))
        assert_clean(html, hidden, "sheet without details")
        data = SheetData(_pathway(hidden), header(), lang=lang, second_lang=second, details=details)
        assert_clean(sheet_html(data), hidden, f"sheet ({lang})")


def test_the_booklet_and_the_contact_card(
    qapp: object, directory: Directory, hidden: list[Detail]
) -> None:
    bodies = booklet_bodies(directory, BookletSelection(), NOW)
    data = booklet_data(bodies, directory.info(), BookletSelection(), "de", NOW, second_lang="bg")
    listed = {d.id for _c, _k, group in data.groups for d in group}
    assert {d.id for d in hidden} & listed, "shelters are in the booklet, without addresses"
    assert_clean(booklet_document(data).toHtml(), hidden, "booklet")
    for detail in hidden:
        card = build_card_document(detail, directory.info(), "bg", "de")
        assert_clean(card.toHtml(), [detail], "contact card")


def test_the_command_line(
    hidden: list[Detail], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for detail in hidden:
        for extra in ((), ("--json",)):
            assert main(["--db", str(db_path), "show", detail.id, "--lang", "de", *extra]) == 0
            assert_clean(capsys.readouterr().out, [detail], f"CLI show {extra}")
        name = detail.name.get("en")
        for extra in ((), ("--json",)):
            assert main(["--db", str(db_path), "search", name, *extra]) == 0
            assert_clean(capsys.readouterr().out, [detail], f"CLI search {extra}")
    case = (
        Path(__file__).resolve().parent.parent / "data" / "cases" / "bg-child-begging-vienna.json"
    )
    for extra in ((), ("--json",)):
        assert main(["--db", str(db_path), "pathway", str(case), "--lang", "de", *extra]) == 0
        out = capsys.readouterr().out
        assert any(d.name.get("de") in out for d in hidden), "a shelter is on the pathway"
        assert_clean(out, hidden, f"CLI pathway {extra}")


def test_the_logs_statistics(desk: Desk, hidden: list[Detail]) -> None:
    desk.log.save(_pathway(hidden), header())
    stats = desk.log.statistics()
    assert stats.referrals == 1
    assert_clean(statistics_csv(stats), hidden, "statistics CSV")
    assert_clean(repr(stats.rows), hidden, "statistics rows")


def test_the_logs_statistics_on_the_command_line(
    desk: Desk, hidden: list[Detail], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk.log.save(_pathway(hidden), ReferralHeader("Consulate", "M. P.", NOW, "RD-2026-TEST-0002"))
    csv = tmp_path / "stats.csv"
    assert main(["--db", str(desk.path), "log", "stats"]) == 0
    assert main(["--db", str(desk.path), "log", "stats", "--csv", str(csv)]) == 0
    assert_clean(capsys.readouterr().out, hidden, "CLI log stats")
    assert_clean(csv.read_text(encoding="utf-8"), hidden, "CLI log stats CSV")


def header() -> ReferralHeader:
    return ReferralHeader("Consulate", "M. P.", NOW, "RD-2026-TEST-0001")


@pytest.fixture
def db_path(sample_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    path.write_bytes(sample_db_template.read_bytes())
    return path
