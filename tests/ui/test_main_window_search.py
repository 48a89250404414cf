"""The main window's search: empty state, region filter, reachable-now sort, back and forward."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.results_model import Column

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
SETTINGS = Settings(post_name="Consulate", post_country="BG", post_timezone="Europe/Sofia")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main


def type_search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: not window._timer.isActive(), timeout=2000)


def settle_detail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window._detail_timer.isActive(), timeout=3000)


def test_no_results_clear_the_detail_and_say_what_to_try(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Drehscheibe")
    settle_detail(qtbot, window)
    assert window.detail.detail is not None
    type_search(qtbot, window, "zzzz")
    assert window.model.rowCount() == 0
    assert window.detail.detail is None, "no record from the earlier search stays"
    assert "Select a result" in window.detail.text()
    empty = window.table.empty_text
    assert "Nothing found for “zzzz”" in empty and "phone number" in empty
    assert window.table.accessibleDescription() == empty
    assert window.status_line.count_label.text().startswith("0 result")
    window.filters.country.setCurrentIndex(window.filters.country.findData("AT"))
    assert "filters" in window.table.empty_text
    type_search(qtbot, window, "Graz")
    assert window.model.rowCount() > 0 and window.table.empty_text == ""


def test_the_table_paints_the_empty_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "zzzz")
    image = window.table.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 80, 3)}
    assert len(colours) > 1, "the empty table shows text"


def test_graz_in_the_window_lists_styria_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Graz")
    first = window.model.index(0, Column.NAME).data()
    assert "Styria" in first
    assert window.model.index(0, Column.COUNTRY).data() == "AT"


def test_region_filter_names_regions_in_the_ui_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.filters
    bar.country.setCurrentIndex(bar.country.findData("AT"))
    texts = [bar.region.itemText(i) for i in range(bar.region.count())]
    assert "Styria" in texts and "Sofia City" not in texts
    bar.region.setCurrentIndex(bar.region.findData("Styria"))
    assert bar.filters().region == "Styria"
    assert window.model.rowCount() > 0
    assert all("Styria" in h.name.get("en") or h.country == "AT" for h in window.model.hits)
    bar.set_language("de")
    assert bar.region.currentText() == "Steiermark"
    bar.set_language("bg")
    assert bar.region.currentText() == "Щирия"
    bar.country.setCurrentIndex(bar.country.findData("BG"))  # Styria is not in Bulgaria
    assert bar.filters().region is None
    bar.clear()
    assert bar.filters().region is None


def test_reachable_now_sort_from_the_heading_and_the_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "police")
    header = window.table.horizontalHeader()
    header.sectionClicked.emit(Column.REACH)
    assert window.model.sorted_by_reach and window.reach_sort_action.isChecked()
    assert header.isSortIndicatorShown()
    header.sectionClicked.emit(Column.REACH)
    assert not window.model.sorted_by_reach and not window.reach_sort_action.isChecked()
    window.reach_sort_action.trigger()
    assert window.model.sorted_by_reach


def test_back_follows_only_records_the_caseworker_opened(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Drehscheibe")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # opened with Enter
    opened = window.shown_record()
    assert opened is not None
    window.focus_search()
    for text in ("Animus", "LEFÖ", "Paniamor"):  # each flashes by in the pane
        type_search(qtbot, window, text)
        settle_detail(qtbot, window)
    flashed = window.shown_record()
    assert flashed is not None and flashed != opened
    window.go_back()
    assert window.shown_record() == opened, "Back skips the records that only flashed by"
    assert not window.back_action.isEnabled()
    assert not window.forward_action.isEnabled()


def test_a_record_kept_selected_counts_as_opened(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Drehscheibe")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    first = window.shown_record()
    window.focus_search()
    type_search(qtbot, window, "Animus")
    settle_detail(qtbot, window)
    second = window.shown_record()
    qtbot.waitUntil(
        lambda: window.back_action.isEnabled() and window.history.can_go_back(second), timeout=4000
    )
    qtbot.waitUntil(lambda: not window._opened_timer.isActive(), timeout=4000)
    window.go_back()
    assert window.shown_record() == first
    assert window.forward_action.isEnabled()
    window.go_forward()
    assert window.shown_record() == second


def test_a_click_opens_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "police")
    rect = window.table.visualRect(window.model.index(2, Column.NAME))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    clicked = window.model.hit(2)
    assert clicked is not None and window.shown_record() == clicked.id
    rect = window.table.visualRect(window.model.index(3, Column.NAME))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.go_back()
    assert window.shown_record() == clicked.id


def test_the_directory_age_is_in_the_status_bar(window: MainWindow, sample_desk: Desk) -> None:
    info = sample_desk.directory.info()
    text = window.status_line.directory_label.text()
    assert info.published.isoformat() in text and ("month" in text or "day" in text)


def test_the_directory_age_stays_in_sight_in_a_narrow_window(
    window: MainWindow, sample_desk: Desk
) -> None:
    # 1366×768 at 200 %, with the German count and update status beside it
    window.resize(683, 344)
    window.status_line.count_label.setText(
        "Erste 100 Ergebnisse angezeigt – tippen Sie weiter, um die Suche einzugrenzen"
    )
    window.update_actions.status_label.setText("Noch keine signierte Aktualisierung angewendet")
    window.status_line.layout().activate()
    label = window.status_line.directory_label
    age = label.text().split(" · ")[0]
    assert sample_desk.directory.info().published.isoformat() in age, "the age comes first"
    assert label.isVisible()
    room = label.contentsRect().width()
    shown = label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, room)
    assert shown.startswith(age), shown
    count = window.status_line.count_label
    room = count.contentsRect().width()
    first = count.fontMetrics().elidedText(count.text(), Qt.TextElideMode.ElideRight, room)
    assert first.startswith("Erste 100 Ergebnisse angezeigt"), "the count itself stays whole"
