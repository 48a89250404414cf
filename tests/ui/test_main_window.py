"""The real main window driven with qtbot: typing, filters, details, favourites, keyboard only."""

from __future__ import annotations

import types
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QToolButton,
    QWidget,
)

from pdf_readback import pdf_text
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Case
from referral_desk.domain.entities import Detail
from referral_desk.domain.labels import PLACEHOLDER
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory
from referral_desk.services.pathway import load_rules
from referral_desk.settings import Settings, load_settings
from referral_desk.sheets.pdf import Paper
from referral_desk.ui import print_actions
from referral_desk.ui.log_view import LogView
from referral_desk.ui.main_actions import WAYS
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.print_actions import BookletOptions, BookletOptionsDialog, SheetOptions
from referral_desk.ui.results_model import PAGE_SIZE, SEARCH_LIMIT, Column

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)  # Wednesday, 10:30 in Vienna, 11:30 in Sofia
SETTINGS = Settings(post_name="Consulate", post_country="BG", post_timezone="Europe/Sofia")
# The offscreen platform cannot pass size hints to a window; that is no fault of the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

STATUSES = ("Reachable now", "Reachable around the clock", "Closed now", "Opening hours not known")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main


_DETAILS: list[Detail] = []  # every test gets a copy of the same sample: read it once


def _all_details(directory: Directory) -> list[Detail]:
    if _DETAILS:
        return list(_DETAILS)
    details = []
    for hit in directory.search("", limit=5000, now=NOW):
        detail = directory.show(hit.id, NOW)
        assert detail is not None
        details.append(detail)
    _DETAILS.extend(details)
    return details


def _type_search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: not window._timer.isActive(), timeout=2000)


def test_sample_banner_and_status_bar(window: MainWindow, sample_directory: Directory) -> None:
    assert sample_directory.info().sample
    assert window.banner.isVisible()
    assert window.banner.text() == "SAMPLE DATA – not for operational use"
    info = sample_directory.info()
    assert info.name.get("en") in window.status_line.directory_label.toolTip()
    assert info.version in window.status_line.directory_label.text()
    assert str(info.counts["organizations"]) in window.status_line.directory_label.text()


def test_typing_searches_without_a_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _type_search(qtbot, window, "Drehsch")
    assert window.model.rowCount() >= 1
    names = [window.model.index(r, Column.NAME).data() for r in range(window.model.rowCount())]
    assert (
        "drehscheibe" in names[0].lower()
        or "drehscheibe" in window.model.index(0, Column.ORGANIZATION).data().lower()
    )
    assert "result" in window.status_line.count_label.text()
    qtbot.waitUntil(lambda: window.detail.detail is not None)  # the first hit is shown


def test_done_when_scenario_without_the_mouse(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Find Drehscheibe, see whether it is reachable now, copy its details, pin it: keys only."""
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "Drehscheibe")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window._timer.isActive())
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.detail.browser.hasFocus()
    detail = window.detail.detail
    assert detail is not None
    text = window.detail.text()
    assert "Drehscheibe".lower() in text.lower()
    assert any(status in text for status in STATUSES)
    qtbot.keyClick(
        window.detail.browser,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("SAMPLE DATA – not for operational use\n"), "the sample says so"
    assert detail.name.get("en") in copied
    assert any(status in copied for status in STATUSES)
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert detail.id in window.settings.favourites
    assert detail.id in load_settings().favourites, "pinning is saved at once"
    assert window.pin_action.isChecked()
    qtbot.keyClick(
        window.detail.browser,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is window.favourites
    assert window.favourites.ids() == [detail.id]


def test_escape_clears_and_arrows_move(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _type_search(qtbot, window, "a")
    assert window.model.rowCount() >= 2
    assert window.table.currentIndex().row() == 0
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1
    second = window.model.hit(1)
    assert second is not None
    qtbot.waitUntil(
        lambda: window.detail.detail is not None and window.detail.detail.id == second.id
    )
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.search_field.hasFocus()


def _all_rows(window: MainWindow) -> int:
    """Every page of the search's results, as scrolling to the end fetches them."""
    while window.model.canFetchMore(QModelIndex()):
        window.model.fetchMore(QModelIndex())
    return window.model.rowCount()


def test_filters_narrow_the_results(qtbot, window: MainWindow, sample_directory: Directory) -> None:  # type: ignore[no-untyped-def]
    everything = _all_rows(window)
    country = window.filters.country
    at = country.findData("AT")
    assert at > 0, "the directory's countries are offered"
    country.setCurrentIndex(at)
    assert 0 < _all_rows(window) < everything
    assert all(window.model.hit(r).country == "AT" for r in range(window.model.rowCount()))  # type: ignore[union-attr]
    window.filters.kind.setCurrentIndex(window.filters.kind.findData("contact"))
    assert all(window.model.hit(r).kind is Kind.CONTACT for r in range(window.model.rowCount()))  # type: ignore[union-attr]
    window.filters.clear()
    window.filters.around_the_clock.setChecked(True)
    assert window.model.rowCount() > 0
    assert all(
        window.model.hit(r).reach.reach.value == "always" for r in range(window.model.rowCount())
    )  # type: ignore[union-attr]
    window.filters.clear()
    window.filters.open_now.setChecked(True)
    assert all(window.model.hit(r).reach.reachable for r in range(window.model.rowCount()))  # type: ignore[union-attr]
    window.filters.clear()
    assert _all_rows(window) == everything


def test_every_filter_maps_to_the_search_filters(window: MainWindow) -> None:
    bar = window.filters
    for combo, value in (
        (bar.category, "shelter"),
        (bar.population, "children"),
        (bar.language, "bg"),
        (bar.verified, 12),
    ):
        combo.setCurrentIndex(combo.findData(value))
    filters = bar.filters()
    assert (
        filters.category,
        filters.population,
        filters.language,
        filters.verified_within_months,
    ) == (
        "shelter",
        "children",
        "bg",
        12,
    )


def test_detail_pane_shows_how_to_reach_and_hours_in_two_zones(
    window: MainWindow, sample_directory: Directory
) -> None:
    details = _all_details(sample_directory)
    timed = next(
        d
        for d in details
        if d.hours and d.timezone == "Europe/Vienna" and not d.around_the_clock and d.phones
    )
    window.open_record(timed.id)
    text = window.detail.text()
    assert timed.name.get("en") in text
    if timed.name.own and timed.name.own != timed.name.get("en"):
        assert timed.name.own in text
    phone = timed.phones[0]
    # The sample's numbers are placeholders: the pane says so instead of showing digits.
    assert phone.placeholder
    assert PLACEHOLDER in text
    assert phone.display not in text
    assert "Local time (Europe/Vienna)" in text
    assert "Post time (Europe/Sofia)" in text
    assert any(status in text for status in STATUSES)
    assert "Last verified" in text or "Never verified" in text


def test_confidential_address_needs_a_deliberate_action(
    qtbot, window: MainWindow, sample_directory: Directory
) -> None:  # type: ignore[no-untyped-def]
    details = _all_details(sample_directory)
    hidden = next(
        d for d in details if any(loc.confidential and loc.address for loc in d.locations)
    )
    secret = next(loc.address for loc in hidden.locations if loc.confidential and loc.address)
    assert secret is not None
    window.open_record(hidden.id)
    assert secret.address_1 not in window.detail.text()
    assert "confidential, not shown" in window.detail.text()
    assert window.address_action.isEnabled()
    window.copy_details()
    assert secret.address_1 not in QGuiApplication.clipboard().text()
    window.detail.browser.anchorClicked.emit(QUrl("reveal:address"))
    assert secret.address_1 in window.detail.text()
    assert not window.address_action.isEnabled()
    window.copy_details()
    assert secret.address_1 not in QGuiApplication.clipboard().text(), "never in copied details"
    assert hidden.name.get("en") in QGuiApplication.clipboard().text()
    window.show_record(next(d.id for d in details if d.id != hidden.id))
    window.show_record(hidden.id)
    assert secret.address_1 not in window.detail.text(), (
        "hidden again when the record is opened anew"
    )


def test_related_records_are_one_click_away(
    window: MainWindow, sample_directory: Directory
) -> None:
    details = _all_details(sample_directory)
    service = next(d for d in details if d.kind is Kind.SERVICE and d.organization)
    window.open_record(service.id)
    assert service.organization is not None
    window.detail.browser.anchorClicked.emit(QUrl(f"record:{service.organization.id}"))
    shown = window.detail.detail
    assert shown is not None and shown.id == service.organization.id
    assert service.name.get("en") in window.detail.text(), "the organization lists its services"
    window.go_back()
    assert window.detail.detail is not None and window.detail.detail.id == service.id
    child = next((d for d in details if d.kind is Kind.ORGANIZATION and d.organization), None)
    if child is not None and child.organization is not None:
        window.open_record(child.id)
        assert "Part of" in window.detail.text()
        window.detail.browser.anchorClicked.emit(QUrl(f"record:{child.organization.id}"))
        assert window.detail.detail is not None and window.detail.detail.id == child.organization.id
    liaison = next((d for d in details if d.counterpart is not None), None)
    if liaison is not None and liaison.counterpart is not None:
        window.open_record(liaison.id)
        assert "Counterpart across the border" in window.detail.text()
        window.detail.browser.anchorClicked.emit(QUrl(f"record:{liaison.counterpart.id}"))
        assert (
            window.detail.detail is not None and window.detail.detail.id == liaison.counterpart.id
        )


def test_export_vcard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "card"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.search_field.setText("Drehscheibe")
    window.run_search()
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    detail = window.detail.detail
    assert detail is not None
    window.export_vcard()
    written = (tmp_path / "card.vcf").read_bytes().decode("utf-8")
    assert written.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "END:VCARD" in written


def test_export_cancelled_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    window.run_search()
    window.export_vcard()
    assert list(tmp_path.glob("*.vcf")) == []


def test_favourites_pin_unpin_and_open(
    qtbot, window: MainWindow, sample_directory: Directory
) -> None:  # type: ignore[no-untyped-def]
    first, second = window.model.hit(0), window.model.hit(1)
    assert first is not None and second is not None
    window.set_pinned(first.id, True)
    window.set_pinned(second.id, True)
    window.favourites_action.setChecked(True)
    assert window.favourites.ids() == [first.id, second.id]
    window.favourites.list.setCurrentRow(1)
    qtbot.keyClick(window.favourites.list, Qt.Key.Key_Return)
    assert window.detail.detail is not None and window.detail.detail.id == second.id
    window.favourites.list.setFocus()
    window.favourites.list.setCurrentRow(0)
    qtbot.keyClick(window.favourites.list, Qt.Key.Key_Delete)
    assert window.favourites.ids() == [second.id]
    assert load_settings().favourites == (second.id,)


def test_every_input_has_an_accessible_name_and_tab_reaches_it(window: MainWindow) -> None:
    inputs: list[QWidget] = [
        window.search_field,
        window.favourites_button,
        window.filters_button,
        window.table,
        window.detail.browser,
        *window.filters.findChildren(QComboBox),
        window.filters.open_now,
        window.filters.around_the_clock,
    ]
    for widget in inputs:
        assert widget.accessibleName(), widget
    window.filters_button.setChecked(True)  # on a small screen they fold behind the button
    window.search_field.setFocus()
    reached: list[QWidget] = []
    for _ in range(60):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.append(focused)
    for widget in inputs:
        assert widget in reached, widget.accessibleName()


def test_geometry_and_splitter_are_remembered(qtbot, sample_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.splitter.setSizes([380, 320])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == sizes


class _FakeWizard(QWidget):
    open_record = Signal(str)
    made: ClassVar[list[_FakeWizard]] = []

    def __init__(
        self,
        desk: Desk,
        lang: str,
        parent: QWidget,
        post_country: str = "",
        sheet_defaults: SheetOptions | None = None,
        post_represents: str | None = None,
        post_region: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.args = (desk, lang, post_country)
        self.sheet_defaults = sheet_defaults
        _FakeWizard.made.append(self)


def test_new_referral_opens_the_wizard_and_its_records(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("referral_desk.ui.wizard")
    module.ReferralWizard = _FakeWizard  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "referral_desk.ui.wizard", module)
    window.new_referral()
    wizard = _FakeWizard.made[-1]
    assert wizard.args[1:] == ("en", "BG")
    assert wizard.sheet_defaults == SheetOptions(
        post="Consulate", paper=Paper.A4, post_timezone=window.settings.post_timezone
    ), "the sheet is printed on the post's clock"
    target = window.model.hit(2)
    assert target is not None
    wizard.open_record.emit(target.id)
    assert window.detail.detail is not None and window.detail.detail.id == target.id
    wizard.close()


def test_language_switch_keeps_the_place(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, built_translations: None
) -> None:  # type: ignore[no-untyped-def]
    from referral_desk.ui.settings_dialog import SettingsDialog

    _type_search(qtbot, window, "Drehscheibe")
    window.filters.country.setCurrentIndex(window.filters.country.findData("AT"))
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    record = window.detail.detail
    assert record is not None
    monkeypatch.setattr(
        SettingsDialog,
        "ask",
        staticmethod(lambda parent, s: Settings(**{**s.__dict__, "ui_language": "de"})),
    )
    window.edit_settings()
    try:
        qtbot.waitUntil(lambda: window.search_label.text() == "&Suche:")
        assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
        assert (
            window.model.headerData(Column.REACH, Qt.Orientation.Horizontal) == "Jetzt erreichbar"
        )
        assert window.search_field.text() == "Drehscheibe"
        assert window.filters.country.currentData() == "AT"
        assert window.detail.detail is not None and window.detail.detail.id == record.id
        assert "Erreichbarkeit" in window.detail.text()
        assert load_settings().ui_language == "de"
        monkeypatch.setattr(
            SettingsDialog,
            "ask",
            staticmethod(lambda parent, s: Settings(**{**s.__dict__, "ui_language": "bg"})),
        )
        window.edit_settings()
        qtbot.waitUntil(lambda: window.search_label.text() == "&Търсене:")
        assert window.banner.text().startswith("ПРИМЕРНИ ДАННИ")
    finally:
        window.apply_settings(SETTINGS)
    qtbot.waitUntil(lambda: window.search_label.text() == "&Search:")


@pytest.fixture(scope="session")
def built_translations() -> None:
    from referral_desk.i18n_build import build

    build()


def test_cancelled_settings_change_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "ask", staticmethod(lambda parent, s: None))
    window.edit_settings()
    assert window.settings == SETTINGS


def test_widgets_hold_no_database_session(window: MainWindow) -> None:
    from sqlalchemy.orm import Session

    for child in window.findChildren(QObject):
        assert not any(isinstance(v, Session) for v in vars(child).values())


def _file_menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]


def test_file_menu_offers_booklet_card_and_log(window: MainWindow) -> None:
    texts = _file_menu_texts(window)
    for wanted in ("Print directory &booklet", "Print contact &card", "Referral &log…"):
        assert wanted in texts
    actions = window.main_actions
    assert actions.log_action.shortcut().toString() == "Ctrl+L"
    assert window.detail.detail is None
    assert not actions.card_menu.menuAction().isEnabled()
    assert not any(a.isEnabled() for a in actions.card_actions.values())
    assert all(a.isEnabled() for a in actions.booklet_actions.values())


def test_booklet_to_pdf_offers_the_favourites(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    favourite = window.model.hit(0)
    assert favourite is not None
    window.set_pinned(favourite.id, True)
    asked: list[tuple[object, ...]] = []

    def ask(_parent: object, lang: str, countries: object, favourites: object = ()) -> object:
        asked.append((lang, tuple(countries), tuple(favourites)))  # type: ignore[arg-type]
        return BookletOptions(BookletSelection(country="AT"), Paper.A4)

    monkeypatch.setattr(BookletOptionsDialog, "ask", staticmethod(ask))
    target = tmp_path / "booklet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.main_actions.booklet_actions[print_actions.PDF].trigger()
    assert asked and asked[0][0] == "en" and {"AT", "BG"} <= set(asked[0][1])
    assert asked[0][2] == (favourite.id,)
    text = pdf_text(target)
    assert "Drehscheibe" in text and "SAMPLE DATA" in text


def test_contact_card_of_the_record_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(print_actions, "card_action", lambda *a, **k: calls.append((*a, k)))
    _type_search(qtbot, window, "Drehscheibe")
    qtbot.waitUntil(lambda: window.detail.detail is not None)
    detail = window.detail.detail
    assert detail is not None
    card = window.main_actions.card_actions
    assert window.main_actions.card_menu.menuAction().isEnabled()
    assert all(a.isEnabled() for a in card.values())
    card[print_actions.PREVIEW].trigger()
    assert calls[-1][1:5] == (window.desk, detail.id, "en", print_actions.PREVIEW)
    monkeypatch.undo()

    target = tmp_path / "card"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    card[print_actions.PDF].trigger()
    assert "Drehscheibe" in pdf_text(tmp_path / "card.pdf")


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_referral_log_opens_once_and_shows_saved_referrals(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_desk: Desk
) -> None:
    rules = load_rules().rules
    assert rules is not None
    pathway = sample_desk.pathways.make(Case(country="AT", age=12, nationality="BG"), NOW, rules)
    first = sample_desk.log.save(pathway, sample_desk.log.new_header("Post A", "", NOW))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.main_actions.log_view
    assert isinstance(view, LogView) and view.isVisible() and view.isWindow()
    assert [r.reference for r in view.model.rows] == [first]
    assert view.model.index(0, 0).data() == first

    # Saved elsewhere (a wizard's sheet): the desk's notice alone refreshes the open log.
    second = sample_desk.log.save(pathway, sample_desk.log.new_header("Post B", ""))
    assert {r.reference for r in view.model.rows} == {first, second}
    view.close()
    assert window.main_actions.show_log() is view and view.isVisible()  # one window, re-shown
    view.close()


def test_main_window_waits_for_its_directory(qtbot, sample_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """Shown before the directory is open: empty, "loading", typing kept for the first search."""
    main = MainWindow(None, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert not main.has_directory
    assert main.model.rowCount() == 0
    assert main.status_line.count_label.text() == "Loading the directory…"
    assert not main.banner.isVisible()
    assert not main.new_referral_action.isEnabled()
    assert not main.main_actions.log_action.isEnabled()
    assert main.focusWidget() is main.search_field
    qtbot.keyClicks(main.search_field, "Drehscheibe")
    qtbot.waitUntil(lambda: not main._timer.isActive())
    assert main.model.rowCount() == 0
    main.attach_desk(sample_desk)
    assert main.desk is sample_desk and main.directory is sample_desk.directory
    assert main.banner.isVisible(), "the sample directory is marked"
    assert (
        str(sample_desk.directory.info().counts["services"])
        in main.status_line.directory_label.text()
    )
    assert main.filters.country.findData("AT") > 0
    assert main.model.rowCount() >= 1
    assert "drehscheibe" in str(main.model.index(0, Column.NAME).data()).lower() or (
        "drehscheibe" in str(main.model.index(0, Column.ORGANIZATION).data()).lower()
    )
    assert "result" in main.status_line.count_label.text()
    assert main.main_actions.log_action.isEnabled()
    qtbot.waitUntil(lambda: main.detail.detail is not None)


def test_first_search_before_the_directory_is_described(qtbot, sample_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """How the app attaches: the first results come first, the banner and counts just after."""
    main = MainWindow(None, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.search_field.setText("Drehscheibe")
    main.attach_desk(sample_desk, describe_later=True)
    assert main.model.rowCount() >= 1
    assert main.info is None and not main.banner.isVisible()
    qtbot.waitUntil(lambda: main.banner.isVisible())
    assert main.info is not None and main.info.version in main.status_line.directory_label.text()
    assert main.filters.country.findData("AT") > 0
    assert main.new_referral_action.isEnabled()


def test_results_come_a_page_at_a_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search_field.clear()
    window.run_search()
    assert window.model.rowCount() == PAGE_SIZE
    assert window.model.canFetchMore(QModelIndex())
    assert window.status_line.count_label.text().startswith(f"First {PAGE_SIZE} results shown")
    first_page = [window.model.hit(r).id for r in range(PAGE_SIZE)]  # type: ignore[union-attr]
    window.table.scrollToBottom()  # the view fetches the next page at the end
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE)
    assert [window.model.hit(r).id for r in range(PAGE_SIZE)] == first_page  # type: ignore[union-attr]
    ids = [window.model.hit(r).id for r in range(window.model.rowCount())]  # type: ignore[union-attr]
    assert len(ids) == len(set(ids))
    assert _all_rows(window) == SEARCH_LIMIT
    assert window.status_line.count_label.text().startswith(f"First {SEARCH_LIMIT} results shown")


def test_column_widths_do_not_follow_the_rows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1300, 700)  # wide: every column is shown
    header = window.table.horizontalHeader()
    for column in Column:
        assert header.sectionResizeMode(column) != QHeaderView.ResizeMode.ResizeToContents
    widths = [header.sectionSize(c) for c in Column]
    for text in ("Drehscheibe", "a", "", "zzzzqqq"):
        _type_search(qtbot, window, text)
        assert [header.sectionSize(c) for c in Column] == widths
    metrics = window.table.fontMetrics()
    for column in (Column.KIND, Column.REACH, Column.COUNTRY):
        heading = window.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(heading)
        for row in range(window.model.rowCount()):
            text = window.model.index(row, column).data()
            assert header.sectionSize(column) > metrics.horizontalAdvance(text), text


def test_file_menu_ways_are_the_print_actions_ways() -> None:
    assert (print_actions.PREVIEW, print_actions.PRINT, print_actions.PDF) == WAYS


def test_main_window_module_leaves_the_directory_service_unloaded() -> None:
    """Start-up shows the window before SQLAlchemy and friends are imported."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import referral_desk.ui.app, referral_desk.ui.main_window\n"
        "heavy = ('sqlalchemy', 'alembic', 'phonenumbers', 'jsonschema', 'email_validator')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(\n"
        "    ('referral_desk.services', 'referral_desk.store', 'referral_desk.exchange')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"loaded before the window is shown: {result.stdout}"


def test_run_app_shows_the_window_then_opens_the_directory(  # type: ignore[no-untyped-def]
    qtbot, sample_db_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.ui.app import run_app

    db = tmp_path / "sample.sqlite3"
    db.write_bytes(sample_db_template.read_bytes())
    seen: list[tuple[bool, bool, int]] = []
    attach = MainWindow.attach_desk

    def attach_and_quit(self: MainWindow, desk: Desk, **kwargs: bool) -> None:
        seen.append((self.isVisible(), self.has_directory, self.model.rowCount()))
        attach(self, desk, **kwargs)
        qtbot.waitUntil(lambda: self.info is not None)  # described after the first results
        seen.append((self.isVisible(), self.banner.isVisible(), self.model.rowCount()))
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    monkeypatch.setattr(MainWindow, "attach_desk", attach_and_quit)
    from referral_desk.ui.first_run import FirstRunDialog

    asked: list[Settings] = []  # not set up yet: the setup comes first ("ask me later" here)
    monkeypatch.setattr(FirstRunDialog, "ask", staticmethod(lambda _p, s: asked.append(s)))
    assert run_app(db) == 0
    assert len(asked) == 1 and asked[0].post_timezone != "", "asked before the window"
    assert seen[0] == (True, False, 0), "shown, empty, before the directory is opened"
    assert seen[1][:2] == (True, True) and seen[1][2] > 0


def test_run_app_reports_a_bad_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from referral_desk.ui import plain_text
    from referral_desk.ui.app import run_app

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database " * 200)
    messages: list[str] = []
    monkeypatch.setattr(
        plain_text, "message", lambda _parent, _title, text, _icon: messages.append(text)
    )
    from referral_desk.ui.first_run import FirstRunDialog

    monkeypatch.setattr(FirstRunDialog, "ask", staticmethod(lambda _parent, _settings: None))
    assert run_app(bad) == 1
    assert messages


def test_a_replaced_directory_refreshes_the_window_from_the_desks_notice(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample_desk: Desk, tmp_path: Path
) -> None:
    import json

    content = json.loads(
        (Path(__file__).resolve().parents[2] / "data" / "directory.json").read_text(
            encoding="utf-8"
        )
    )
    content["directory"]["version"] = "2099.1-replaced"
    replacement = tmp_path / "replacement.json"
    replacement.write_text(json.dumps(content), encoding="utf-8")
    _type_search(qtbot, window, "Drehscheibe")
    rows = window.model.rowCount()
    with qtbot.waitSignal(window.changes.changed) as notice:
        sample_desk.directory.replace_from_file(replacement)  # not through the window
    assert notice.args[0].directory
    assert window.info is not None and window.info.version == "2099.1-replaced"
    assert "2099.1-replaced" in window.status_line.directory_label.text()
    assert window.model.rowCount() == rows, "the search ran again over the new directory"


def test_a_narrow_window_gives_the_names_the_room_and_folds_the_filters(
    window: MainWindow,
) -> None:
    window.resize(1300, 700)
    assert not window.table.isColumnHidden(Column.KIND) and window.filters.isVisible()
    window.resize(683, 384)  # 1366×768 at 200 %
    assert window.table.isColumnHidden(Column.KIND) and window.table.isColumnHidden(Column.COUNTRY)
    assert not window.table.isColumnHidden(Column.NAME)
    assert window.table.wordWrap() and not window.filters.isVisible()
    window.filters_button.click()
    assert window.filters.isVisible()
    window.filters.open_now.setChecked(True)
    assert "(1)" in window.filters_button.text()


def test_long_status_texts_never_widen_a_window_at_200_percent(window: MainWindow) -> None:
    # German texts at 200 % on 1366×768: the count and the update status together are
    # wider than the screen's 683 points; they give way instead of widening the window
    window.status_line.count_label.setText(
        "Erste 100 Ergebnisse angezeigt – tippen Sie weiter, um die Suche einzugrenzen"
    )
    window.update_actions.status_label.setText("Noch keine signierte Aktualisierung angewendet")
    window.resize(683, 384)
    assert window.minimumSizeHint().width() <= 683
    assert window.width() == 683


def test_every_detail_button_stays_in_sight_in_a_short_narrow_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    # 1366×768 at 200 % without a window manager: the buttons wrap onto four rows, and
    # the pane is too short for them, the text and the note together
    window.resize(683, 344)
    window.splitter.setSizes([448, 235])
    _type_search(qtbot, window, "Drehscheibe")  # its address is confidential: one more button
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=3000)
    toolbar = window.detail.toolbar
    qtbot.waitUntil(lambda: toolbar.height() > 0)
    shown = [b for b in toolbar.findChildren(QToolButton) if b.isVisibleTo(window)]
    assert len(shown) >= 6
    rows = {b.y() for b in shown}
    assert len(rows) >= 3, "narrow enough to wrap"
    for button in shown:
        assert toolbar.rect().contains(button.geometry()), f"{button.text()} is cut off"
    assert window.detail.browser.height() >= 4 * window.detail.browser.fontMetrics().height()


def test_the_window_never_opens_larger_than_the_screen(qtbot, sample_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, QSettings

    from referral_desk.paths import user_config_dir

    area = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(first)
    assert area.contains(first.frameGeometry().adjusted(0, 0, 16, 40))
    first.setGeometry(QRect(-200, -100, area.width() * 2, area.height() * 2))  # a bigger screen
    first.close()
    state = QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)
    assert state.value("main/geometry") is not None
    second = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(second)
    geometry = second.geometry()
    assert geometry.width() <= area.width() and geometry.height() <= area.height()
    assert area.contains(geometry.topLeft()) and area.contains(geometry.bottomRight())
