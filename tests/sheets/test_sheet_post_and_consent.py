"""The sheet in the post's local time, with its details, and consent in the person's languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from tests.sheets.test_referral_sheet import header, pathway, render

from referral_desk.sheets.consent_texts import TEXTS, consent_languages
from referral_desk.sheets.referral_sheet import SheetData, sheet_html

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # the header's moment


def adult_speaking(*languages: str) -> SheetData:
    made = pathway(is_child=False)
    return SheetData(replace(made, case=replace(made.case, languages=languages)), header())


def test_printed_in_the_posts_local_time(qapp: object, tmp_path: Path) -> None:
    sofia = render(tmp_path, SheetData(pathway(), header(), post_timezone="Europe/Sofia"))[0]
    assert "2026-11-30 11:30 (EET)" in sofia
    assert "09:30" not in sofia
    vienna = render(tmp_path, SheetData(pathway(), header(), post_timezone="Europe/Vienna"))[0]
    assert "2026-11-30 10:30 (CET)" in vienna
    reprinted = SheetData(
        pathway(),
        header(),
        post_timezone="Europe/Sofia",
        reprint_of=datetime(2026, 12, 2, 7, 5, tzinfo=UTC),
    )
    first = render(tmp_path, reprinted)[0]
    assert "2026-12-02 09:05 (EET)" in first and "2026-11-30 11:30 (EET)" in first


def test_the_posts_details_are_printed(qapp: object, tmp_path: Path) -> None:
    details = "Hietzinger Hauptstraße 0, 1130 Wien · +43 1 000 0000"
    first = render(tmp_path, SheetData(pathway(), header(), post_details=details))[0]
    assert "Post address and phone" in first and details in first
    without = render(tmp_path, SheetData(pathway(), header()))[0]
    assert "Post address and phone" not in without


def test_consent_and_rights_in_every_language_the_person_speaks(
    qapp: object, tmp_path: Path
) -> None:
    text_all = " ".join(render(tmp_path, adult_speaking("ro", "uk", "ru")))
    for lang in ("en", "ro", "uk", "ru"):
        first_words = " ".join(TEXTS[lang].consent.split()[:4])
        assert first_words in text_all, lang
        assert TEXTS[lang].rights_title in text_all, lang
    assert TEXTS["de"].consent_title not in text_all, "only the languages asked for"


def test_arabic_is_printed_right_to_left(qapp: object, tmp_path: Path) -> None:
    data = adult_speaking("ar")
    html = sheet_html(data)
    assert f'<p dir="rtl" align="right" lang="ar"><b>{TEXTS["ar"].consent_title}</b>' in html
    text_all = " ".join(render(tmp_path, data))
    assert sum("\u0600" <= c <= "\u06ff" for c in text_all) > 100, "Arabic letters in the PDF"


def test_a_language_without_a_translation_says_so(qapp: object, tmp_path: Path) -> None:
    text_all = " ".join(render(tmp_path, adult_speaking("sw", "bg")))
    assert "No translation into Swahili" in text_all
    assert TEXTS["bg"].rights_title in text_all
    assert "No translation into Bulgarian" not in text_all


def test_languages_once_in_order_sheet_first() -> None:
    assert consent_languages("de", "bg", ("bg", "ar", "sw", "ar")) == (("de", "bg", "ar"), ("sw",))
    assert consent_languages("en", None, ()) == (("en",), ())


def test_every_translation_is_whole() -> None:
    assert {"bg", "de", "en", "ro", "ru", "uk", "ar"} <= set(TEXTS)
    for lang, text in TEXTS.items():
        assert all(len(part) > 4 for part in vars(text).values()), lang
        assert text.consent.count(".") >= 2 and text.rights.count(".") >= 4, lang
