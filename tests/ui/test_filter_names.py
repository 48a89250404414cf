"""The filter bar names countries in the UI language, as it names regions."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from referral_desk.ui.filters import FilterBar


def test_countries_are_named_in_the_ui_language(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_countries(["AT", "BG"])
    bar.country.setCurrentIndex(bar.country.findData("AT"))
    assert bar.country.currentText() == "AT – Austria"
    bar.set_language("bg")
    assert bar.country.currentText() == "AT – Австрия", "and still chosen"
    assert bar.country.itemText(bar.country.findData("BG")) == "BG – България"
    bar.set_language("de")
    assert bar.country.currentText() == "AT – Österreich"
    assert bar.filters().country == "AT"
