"""The paper directory and the contact card read back from their PDFs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument, QTextTable

from pdf_readback import pdf_pages
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.entities import (
    Address,
    Detail,
    DirectoryInfo,
    Location,
    Phone,
    RecordRef,
    Texts,
    Verification,
)
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.text import bg_to_latin
from referral_desk.domain.vocab import Kind
from referral_desk.services.directory import Directory
from referral_desk.services.printouts import booklet_bodies
from referral_desk.sheets import booklet
from referral_desk.sheets.booklet import (
    BookletData,
    booklet_data,
    build_booklet_document,
    index_names,
    write_booklet_pdf,
    write_card_pdf,
)
from referral_desk.sheets.pdf import labels_for

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
INFO = DirectoryInfo(
    Texts({"en": "Test directory"}), "2026.11-test", date(2026, 11, 1), "Tests", True, Texts()
)


@pytest.fixture
def directory(synthetic_directory: Directory) -> Directory:
    return synthetic_directory


def detail(
    record_id: str,
    name: Texts,
    categories: tuple[str, ...],
    confidential: str | None = None,
    always: bool = False,
    phone: str = "+43 1 000 0001",
) -> Detail:
    locations = (
        (
            Location(
                "l-" + record_id,
                Texts(),
                "Europe/Vienna",
                True,
                Address(confidential, "Wien", "AT"),
            ),
        )
        if confidential
        else ()
    )
    return Detail(
        kind=Kind.SERVICE,
        id=record_id,
        name=name,
        description=Texts(),
        country="AT",
        organization=RecordRef(
            Kind.ORGANIZATION, "o-" + record_id, Texts({"en": "<b>Police</b>"}), "AT"
        ),
        phones=(Phone(phone.replace(" ", ""), phone, "voice"),),
        email=None,
        website=None,
        locations=locations,
        hours=(),
        timezone="Europe/Vienna",
        reach=Reachability(Reach.ALWAYS if always else Reach.UNKNOWN, "UTC"),
        around_the_clock=always,
        languages=("de",),
        verification=Verification(None, None, None),
        categories=categories,
    )


def hand_made() -> BookletData:
    embassy = detail(
        "emb",
        Texts({"en": "Embassy of Bulgaria in Vienna"}, "Посолство на Република България", "bg"),
        ("consular",),
    )
    shelter = detail(
        "lefoe", Texts({"en": "<img src=x>"}), ("shelter",), confidential="Geheimgasse 7"
    )
    emergency = detail(
        "112", Texts({"en": "Euronotruf 112"}), ("emergency",), always=True, phone="112"
    )
    groups = (
        ("emergency", "AT", (emergency,)),
        ("shelter", "AT", (shelter,)),
        ("consular", "AT", (embassy,)),
    )
    return BookletData(INFO, BookletSelection(country="AT"), (emergency,), groups, NOW)


def test_booklet_lists_bodies_escapes_and_hides_confidential_addresses(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "booklet.pdf"
    pages_count = write_booklet_pdf(hand_made(), target)
    pages = pdf_pages(target)
    assert len(pages) == pages_count >= 3
    assert "Paper directory" in pages[0] and "2026.11-test" in pages[0] and "2026-11-01" in pages[0]
    assert (
        "Emergency and 24-hour numbers" in pages[1] and "112" in pages[1]
    )  # emergency numbers first
    text_all = " ".join(pages)
    assert "<img src=x>" in text_all and "<b>Police</b>" in text_all
    assert "Geheimgasse" not in text_all
    assert "Address: confidential, not shown" in text_all
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "SAMPLE DATA – not for operational use" in page


def test_index_lists_cyrillic_and_latin_names_with_pages(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "booklet.pdf"
    write_booklet_pdf(hand_made(), target)
    pages = pdf_pages(target)
    index = pages[-1].replace("( ", "(")  # pypdf puts a space where the script changes
    assert index.startswith("Index")
    body_page = next(
        n for n, page in enumerate(pages, start=1) if "Embassy of Bulgaria in Vienna" in page
    )
    latin = bg_to_latin("Посолство на Република България")
    assert latin == "Posolstvo na Republika Bulgaria"
    assert f"Embassy of Bulgaria in Vienna … {body_page}" in index
    assert f"Посолство на Република България … {body_page}" in index
    assert f"{latin} (Посолство на Република България) … {body_page}" in index
    assert (
        index.index("Embassy") < index.index("Posolstvo") < index.index("Посолство")
    )  # Latin, then Cyrillic


def test_booklet_from_a_directory_filters_by_country_and_category(
    qapp: object, directory: Directory, tmp_path: Path
) -> None:
    def collect(selection: BookletSelection) -> BookletData:
        details = booklet_bodies(directory, selection, NOW)
        return booklet_data(details, directory.info(), selection, "en", NOW)

    data = collect(BookletSelection(country="BG"))
    bodies = [d for _c, _k, group in data.groups for d in group]
    assert bodies and {d.country for d in bodies} == {"BG"}
    assert all(d.kind is Kind.SERVICE or d.liaison for d in bodies)
    one_category = bodies[0].categories[0]
    narrowed = collect(BookletSelection(country="BG", category=one_category))
    assert {c for c, _k, _g in narrowed.groups} <= {
        one_category,
        *[c for d in bodies for c in d.categories],
    }
    favourites = collect(BookletSelection(favourites=(bodies[0].id,)))
    assert [d.id for _c, _k, g in favourites.groups for d in g] == [bodies[0].id]
    target = tmp_path / "bg.pdf"
    write_booklet_pdf(data, target)
    text_all = " ".join(pdf_pages(target)).replace("( ", "(")
    cyrillic = next(d for d in bodies if d.organization and d.organization.name.own)
    own = cyrillic.organization.name.own if cyrillic.organization else ""
    assert own and f"{bg_to_latin(own)} ({own})" in text_all and own in text_all
    for body in bodies:
        for location in body.locations:
            if location.confidential and location.address:
                assert f"{location.address.address_1}, {location.address.city}" not in text_all


def test_index_names_cover_every_script() -> None:
    names = index_names(
        detail("x", Texts({"en": "Agency", "bg": "Агенция"}, "Агенция", "bg"), ("shelter",))
    )
    assert "Agency" in names and "Агенция" in names and "Agentsia (Агенция)" in names


def test_contact_card(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    card = detail(
        "emb",
        Texts({"en": "Embassy of Bulgaria", "de": "Botschaft Bulgariens"}, "Посолство", "bg"),
        ("consular",),
    )
    assert write_card_pdf(card, INFO, target, lang="de", second_lang="bg") == 1
    text = pdf_pages(target)[0]
    assert "Botschaft Bulgariens" in text and "Посолство" in text and "+43 1 000 0001" in text
    card_label = (
        labels_for("de")("Booklet", "Contact card"),
        labels_for("bg")("Booklet", "Contact card"),
    )
    assert f"{card_label[0]} / {card_label[1]}" in text


def _straddling_rows(document: QTextDocument) -> list[str]:
    """Rows across a page break, measured on a layout made afresh, as printing makes it."""
    document.markContentsDirty(0, document.characterCount())
    layout = document.documentLayout()
    layout.documentSize()
    height = document.pageSize().height()
    found = []
    for table in document.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        for row in range(table.rows()):
            cells = [table.cellAt(row, c) for c in range(table.columns())]
            firsts = [c.firstCursorPosition().block() for c in cells]
            # where the text starts: a block's rectangle holds its top margin
            top = min(
                layout.blockBoundingRect(b).top() + b.blockFormat().topMargin() for b in firsts
            )
            bottom = max(
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            )
            if int((top + 1) // height) != int((bottom - 1) // height):  # +1: rounding
                found.append(cells[0].firstCursorPosition().block().text()[:40])
    return found


def _headings_left_behind(document: QTextDocument) -> list[str]:
    """Headings at a page's foot whose first entry starts on the next page."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    found = []
    for table in document.rootFrame().childFrames():
        heading = document.findBlock(table.firstPosition()).previous()
        if isinstance(table, QTextTable) and heading.blockFormat().headingLevel() > 0:
            entry = layout.frameBoundingRect(table).top() + 1
            if int((layout.blockBoundingRect(heading).top() + 1) // height) != int(entry // height):
                found.append(heading.text())
    return found


def test_no_entry_is_split_across_pages(
    qapp: object, directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    selection = BookletSelection()
    details = booklet_bodies(directory, selection, NOW)
    data = booklet_data(details, directory.info(), selection, "de", NOW, second_lang="bg")
    document = build_booklet_document(data)
    assert document.pageCount() > 3
    assert _straddling_rows(document) == []
    assert _headings_left_behind(document) == []
    monkeypatch.setattr(booklet, "keep_rows_whole", lambda _document: None)
    assert _straddling_rows(build_booklet_document(data)), "unkept, Qt splits some rows"


def test_printed_in_the_posts_local_time(qapp: object, tmp_path: Path) -> None:
    from dataclasses import replace

    target = tmp_path / "booklet.pdf"
    write_booklet_pdf(replace(hand_made(), post_timezone="Europe/Sofia"), target)
    assert "2026-11-30 12:00 (EET)" in pdf_pages(target)[0]  # 10:00 UTC


@pytest.mark.parametrize(
    ("lang", "second", "country"),
    [
        ("bg", None, "Австрия (AT)"),
        ("de", None, "Österreich (AT)"),
        ("de", "bg", "Österreich / Австрия (AT)"),
    ],
)
def test_the_sample_mark_and_countries_in_the_booklets_languages(
    qapp: object, tmp_path: Path, lang: str, second: str | None, country: str
) -> None:
    from dataclasses import replace

    target = tmp_path / "booklet.pdf"
    write_booklet_pdf(replace(hand_made(), lang=lang, second_lang=second), target)
    pages = [_unspaced(page) for page in pdf_pages(target)]  # the read-back spaces at will
    mark = _unspaced(labels_for(lang)("Sheet", "SAMPLE DATA – not for operational use"))
    assert mark != _unspaced("SAMPLE DATA – not for operational use")
    assert pages[0].count(mark) == 2, "on the title page and in its footer"
    country = _unspaced(country)
    assert country in pages[0] and country in " ".join(pages[2:])
    assert "Austria" not in " ".join(pages)
    card = tmp_path / "card.pdf"
    write_card_pdf(hand_made().emergency[0], INFO, card, lang=lang, second_lang=second)
    text = _unspaced(pdf_pages(card)[0])
    assert mark in text and country in text


def _unspaced(text: str) -> str:
    return "".join(text.split())
