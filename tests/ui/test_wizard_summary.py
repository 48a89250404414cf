"""The wizard's summary names the country, region, nationality and languages in the UI language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from referral_desk.domain.case import AgeGroup, Case
from referral_desk.ui.translators import install_translators
from referral_desk.ui.wizard.summary_page import SummaryPage

CASE = Case(
    country="AT",
    region="Styria",
    age_group=AgeGroup.ADULT,
    nationality="BG",
    languages=("bg", "ro"),
)


@pytest.mark.parametrize(
    ("lang", "where", "nationality", "languages"),
    [
        ("en", "Austria, Styria", "Bulgaria", "Bulgarian, Romanian"),
        ("bg", "Австрия, Щирия", "България", "Български, Румънски"),
        ("de", "Österreich, Steiermark", "Bulgarien", "Bulgarisch, Rumänisch"),
    ],
)
def test_the_summary_in_the_ui_language(
    qtbot: QtBot, qapp: QApplication, lang: str, where: str, nationality: str, languages: str
) -> None:
    install_translators(qapp, lang)
    try:
        page = SummaryPage(lambda: CASE, lang=lang)
        qtbot.addWidget(page)
        text = "\n".join(page.lines(CASE))
    finally:
        install_translators(qapp, "en")
    assert where in text and nationality in text and languages in text
    assert "Styria" not in text or lang == "en"
    unknown = "\n".join(SummaryPage(lambda: CASE, lang=lang).lines(replace(CASE, languages=())))
    assert languages not in unknown
