"""The call-now window: one click or Ctrl+T; numbers large, placeholders said, no address."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from referral_desk.domain.labels import PLACEHOLDER
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.call_now import NUMBER_PT, CallNowView
from referral_desk.ui.main_window import MainWindow

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # Monday 10:30 in Vienna
SETTINGS = Settings(post_country="AT", post_represents="BG", post_timezone="Europe/Vienna")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints|raise")


@pytest.fixture
def window(qtbot: QtBot, sample_desk: Desk) -> Iterator[MainWindow]:
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW, save=lambda _s: None)
    qtbot.addWidget(main)
    main.show()
    yield main


def _opened(qtbot: QtBot, window: MainWindow) -> CallNowView:
    view = window.show_call_now()
    assert isinstance(view, CallNowView)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=60_000)
    return view


def test_one_click_in_the_toolbar_and_in_the_file_menu_and_a_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.call_now_action
    assert action.shortcut() == QKeySequence("Ctrl+T")
    assert action in window.menus["file"].actions()
    assert isinstance(window.toolbar.widgetForAction(action), QToolButton)
    assert action.isEnabled()
    action.trigger()
    view = window._call_now
    assert isinstance(view, CallNowView) and view.isVisible()
    assert view.countries == ("AT", "BG")
    qtbot.waitUntil(lambda: view.shown is not None, timeout=60_000)
    text = view.text()
    assert text.index("Austria") < text.index("Bulgaria")


def test_numbers_are_large_and_placeholders_are_words_not_digits(
    qtbot: QtBot, window: MainWindow, sample_desk: Desk
) -> None:
    view = _opened(qtbot, window)
    text = view.text()
    html = view.browser.toHtml()
    for real in ("112", "147", "116 111", "116 000"):
        assert real in text
    assert re.search(rf"font-size:{NUMBER_PT}pt; font-weight:(bold|700);\">112<", html)
    assert PLACEHOLDER in text
    placeholders = [
        p.display
        for country in view.shown.countries  # type: ignore[union-attr]
        for d in country.bodies()
        for p in d.phones
        if p.placeholder
    ]
    assert placeholders, "the sample has placeholder numbers to hide"
    for number in placeholders:
        assert number not in text
    assert "00000" not in text


def test_no_address_is_ever_shown(qtbot: QtBot, window: MainWindow) -> None:
    view = _opened(qtbot, window)
    text = view.text()
    bodies = [d for c in view.shown.countries for d in c.bodies()]  # type: ignore[union-attr]
    confidential = [
        loc.address for d in bodies for loc in d.locations if loc.confidential and loc.address
    ]
    assert confidential, "the list has shelters with confidential addresses"
    for address in confidential:
        assert address.lines()[0] not in text


def test_a_region_narrows_the_list_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    view = _opened(qtbot, window)
    whole = view.text()
    index = view.region.findData("Vienna")
    assert index > 0
    view.region.setCurrentIndex(index)
    view.region.activated.emit(index)
    assert "Police emergency response (Burgenland)" in whole
    assert "Police emergency response (Burgenland)" not in view.text()
    assert "Emergency number 112" in view.text()
    view.close()
    again = CallNowView(window.desk, ["AT"], window.context)
    qtbot.addWidget(again)
    again.refresh()
    assert again.region.currentData() == "Vienna"


def test_a_name_opens_the_record_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    view = _opened(qtbot, window)
    body = view.shown.countries[0].bodies()[0]  # type: ignore[union-attr]
    from PySide6.QtCore import QUrl

    view.browser.anchorClicked.emit(QUrl(f"record:{body.id}"))
    assert window.shown_record() == body.id


def test_the_posts_region_comes_first_and_is_named_in_the_ui_language(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    from dataclasses import replace

    settings = replace(SETTINGS, post_region="Vienna", ui_language="de")
    main = MainWindow(sample_desk, settings, clock=lambda: NOW, save=lambda _s: None)
    qtbot.addWidget(main)
    view = _opened(qtbot, main)
    assert view.region.currentData() == "Vienna" and view.region.currentText() == "Wien"
    ids = {d.id for c in view.shown.countries for d in c.bodies()}  # type: ignore[union-attr]
    assert "112" in view.text(), "the country-wide lines stay"
    assert view.region.findText("Steiermark") > 0 and view.region.findData("Styria") > 0
    main.settings = replace(settings, post_region="Burgenland")
    again = main.show_call_now()
    assert isinstance(again, CallNowView) and again is not view, "a new region, a new list"
    qtbot.waitUntil(lambda: again.shown is not None, timeout=60_000)
    assert again.region.currentData() == "Burgenland"
    burgenland = {d.id for c in again.shown.countries for d in c.bodies()}  # type: ignore[union-attr]
    assert burgenland - ids and ids - burgenland, "each region's own bodies, not the other's"
