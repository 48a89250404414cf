"""The caseworker's main window: search as you type, filters, results, details, favourites.

Nothing here imports the desk (SQLAlchemy) at import time: the window is built and
shown first, and ``attach_desk`` gives it the open desk. Windows refresh from the desk's
change notices (``changes``), not from each other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.search import SearchFilters
from referral_desk.domain.search_tiers import good_match
from referral_desk.settings import Settings, save_settings
from referral_desk.ui.backup_restore import BackupRestore
from referral_desk.ui.changes import ChangeBridge
from referral_desk.ui.detail_pane import DetailPane, PaneContext
from referral_desk.ui.edit_actions import EditActions
from referral_desk.ui.exchange_actions import ExchangeActions
from referral_desk.ui.favourites import FavouritesList, Pinned
from referral_desk.ui.filters import FilterBar
from referral_desk.ui.main_actions import MainActions, sheet_defaults
from referral_desk.ui.mnemonics import install_guard, resolve_clashes
from referral_desk.ui.plain_text import message
from referral_desk.ui.record_export import RecordExport
from referral_desk.ui.record_history import RecordHistory
from referral_desk.ui.results_model import PAGE_SIZE, Column, ResultsModel
from referral_desk.ui.results_table import ResultsTable
from referral_desk.ui.screen_fit import fit_to_screen
from referral_desk.ui.search_feedback import SearchFeedback
from referral_desk.ui.status_line import StatusLine
from referral_desk.ui.translators import install_translators
from referral_desk.ui.update_actions import UpdateActions
from referral_desk.ui.verify_actions import VerifyActions
from referral_desk.ui.window_menus import add_menus, add_toolbar, name_actions, window_action
from referral_desk.ui.window_state import WindowState

if TYPE_CHECKING:
    from referral_desk.domain.entities import Detail, DirectoryInfo
    from referral_desk.services.changes import Changes
    from referral_desk.services.desk import Desk
    from referral_desk.services.directory import Directory

# Keystrokes start a 0 ms timer: the search runs as soon as the keys already queued are
# typed (typing faster than the results come coalesces into one search), never later.
SEARCH_DELAY_MS = 0
# Below this width (in the scaled pixels Qt lays out in, e.g. 683 at 200 % on 1366×768)
# the window is compact: the table's short columns give their room to the names, and the
# filters fold away behind their button.
COMPACT_WIDTH = 1000
# The selected record's details are rendered just after the table has repainted (or
# after this long if the table does not paint, e.g. while the favourites are shown).
DETAIL_DELAY_MS = 100
# A record kept selected this long counts as opened (for Back and Forward); one that
# flashes by while the caseworker types or moves through the results does not.
OPENED_AFTER_MS = 1500
BANNER_STYLE = "background:#b00020; color:white; font-weight:bold; padding:6px; border-radius:2px"
MOVE_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class MainWindow(QMainWindow):
    """Search, filter, read a record, pin it, copy or export it, open the wizard."""

    def __init__(
        self,
        desk: Desk | None,
        settings: Settings,
        clock: Callable[[], datetime] | None = None,
        save: Callable[[Settings], object] = save_settings,
    ) -> None:
        """The window, searching ``desk``'s directory; with None, an empty window that says
        the directory is loading, until ``attach_desk`` (the caseworker may type already)."""
        super().__init__()
        self._desk: Desk | None = None
        self._opened_here: list[Desk] = []  # desks this window opened (after a restore)
        self.changes = ChangeBridge(self)
        self.changes.changed.connect(self._data_changed)
        self.info: DirectoryInfo | None = None
        self.settings = settings
        self._clock = clock or (lambda: datetime.now(UTC))
        self._save = save
        self.history = RecordHistory()
        self.record_export = RecordExport(self)
        self.feedback = SearchFeedback(self)
        self._pinned_cache: dict[tuple[str, str], Pinned | None] = {}
        self._wizard: QWidget | None = None
        self._call_now: QWidget | None = None
        self._compact: bool | None = None
        self._countries: list[str] = []
        self.model = ResultsModel(None, self.lang, self)
        self._build()
        self._build_actions()
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        # The table repaints first; the selected record's details follow once it has
        # painted. A key typed meanwhile puts them off until its own results are shown.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current_hit)
        self._detail_after_search = False
        self._opened_timer = QTimer(self)
        self._opened_timer.setSingleShot(True)
        self._opened_timer.timeout.connect(self._kept_selected)
        self._describe_timer = QTimer(self)
        self._describe_timer.setSingleShot(True)
        self._describe_timer.timeout.connect(self._describe_directory)
        self.search_field.textChanged.connect(self._typed)
        self.filters.changed.connect(self.run_search)
        self.filters.changed.connect(self._retranslate_filters_button)
        self.model.rowsInserted.connect(self._update_count)  # a next page fetched
        self.filters.set_countries([settings.post_country])
        self.window_state = WindowState(self, self.splitter)
        self.window_state.restore()
        self._fit_layout()
        self.search_field.setFocus()
        app = QApplication.instance()
        if app is not None:
            install_guard(app)  # no two controls on one screen share an Alt-letter
        if desk is not None:
            self.attach_desk(desk)

    def attach_desk(self, desk: Desk, *, describe_later: bool = False) -> None:
        """Search and show the desk's directory: first search, banner, counts, countries,
        favourites; follow the desk's change notices from now on.

        With ``describe_later`` the first search is answered first; the rest (a few
        queries over the whole directory) follows once its results are on screen.
        """
        self._desk = desk
        self.changes.watch(desk)
        self.model.set_directory(desk.directory)
        self._pinned_cache.clear()
        if describe_later:
            self.run_search()
            self._describe_timer.start(DETAIL_DELAY_MS)  # sooner, after the table's paint
        else:
            self._describe_directory()
            self.run_search()

    def _describe_directory(self) -> None:
        directory = self.directory
        self.info = directory.info()
        self.banner.setVisible(self.info.sample)
        self._countries = directory.countries()
        self.filters.set_countries([self.settings.post_country, *self._countries])
        self._retranslate_directory()
        self._refresh_favourites()
        self.update_actions.refresh()
        self._update_actions()

    def _data_changed(self, changes: Changes) -> None:
        """A new directory: describe it again, search again, show the record again if kept."""
        if changes.directory and self._desk is not None:
            self._pinned_cache.clear()
            self._describe_directory()
            self.run_search()
            shown = self.detail.detail
            if shown is not None:
                self.show_record(shown.id)

    @property
    def desk(self) -> Desk:
        """The open desk; only asked for once it is attached."""
        if self._desk is None:
            raise RuntimeError("the directory is not open yet")
        return self._desk

    @property
    def directory(self) -> Directory:
        """The directory shown; only asked for once it is attached."""
        return self.desk.directory

    @property
    def has_directory(self) -> bool:
        return self._desk is not None

    def shown_record(self) -> str | None:
        """The id of the record in the detail pane, if any."""
        detail = self.detail.detail
        return None if detail is None else detail.id

    @property
    def lang(self) -> str:
        return self.settings.ui_language

    # -- building

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.banner = QLabel(central)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(False)  # until the directory says it is sample data
        outer.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        self.search_label = QLabel(left)
        self.search_field = QLineEdit(left)
        self.search_field.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_field)
        self.favourites_button = QToolButton(left)
        self.favourites_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.favourites_button)
        self.filters_button = QToolButton(left)
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        search_row.addWidget(self.filters_button)
        left_layout.addLayout(search_row)
        self.filters = FilterBar(left)
        self.filters.set_language(self.lang)
        left_layout.addWidget(self.filters)
        self.filters_button.toggled.connect(self.filters.setVisible)
        self.stack = QStackedWidget(left)
        self.table = ResultsTable(self.model, self.stack)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.clicked.connect(self._clicked)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.favourites = FavouritesList(self.stack)
        self.favourites.open_record.connect(self.open_record)
        self.favourites.unpin.connect(lambda record_id: self.set_pinned(record_id, False))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.favourites)
        left_layout.addWidget(self.stack, 1)
        self.detail = DetailPane(self.splitter)
        self.detail.open_record.connect(self.open_record)
        self.detail.address_revealed.connect(self._update_actions)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_line = StatusLine(self)
        self.setStatusBar(self.status_line)
        for watched in (self.search_field, self.table, self.detail.browser, self.favourites.list):
            watched.installEventFilter(self)
        self.table.painted.connect(self._table_painted)

    def _build_actions(self) -> None:
        action = partial(window_action, self)
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.new_referral_action = action("Ctrl+N", self.new_referral)
        self.copy_action = action("Ctrl+Shift+C", self.copy_details)
        self.vcard_action = action("Ctrl+Shift+E", self.export_vcard)
        self.pin_action = action("Ctrl+D", None)
        self.pin_action.setCheckable(True)
        self.pin_action.toggled.connect(self._pin_toggled)
        self.address_action = action("Ctrl+Shift+A", self.detail.reveal_address)
        self.back_action = action(QKeySequence.StandardKey.Back, self.go_back)
        self.forward_action = action(QKeySequence.StandardKey.Forward, self.go_forward)
        self.reach_sort_action = action(None, None)
        self.reach_sort_action.setCheckable(True)
        self.reach_sort_action.toggled.connect(self.sort_by_reach)
        self.favourites_action = action("Ctrl+Shift+F", None)
        self.favourites_action.setCheckable(True)
        self.favourites_action.toggled.connect(self.show_favourites)
        self.favourites_button.setDefaultAction(self.favourites_action)
        self.clear_filters_action = action(None, self.filters.clear)
        self.settings_action = action(QKeySequence.StandardKey.Preferences, self.edit_settings)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.restore_action = action(None, self.restore_backup)
        self.about_action = action(None, self.about)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.call_now_action = action("Ctrl+T", self.show_call_now)
        self.toolbar = add_toolbar(self, [self.call_now_action, self.new_referral_action])
        self.menus = add_menus(self)
        self.menus["file"].addActions(
            [self.call_now_action, self.new_referral_action, self.vcard_action]
        )
        self.menus["file"].addSeparator()
        self.main_actions = MainActions(self, self, self.menus["file"])
        self.verify_actions = VerifyActions(self, self, self.menus["file"])
        self.menus["file"].addSeparator()
        self.exchange_actions = ExchangeActions(self, self, self.menus["file"])
        self.menus["file"].addSeparator()
        self.menus["file"].addActions([self.restore_action, self.settings_action, self.quit_action])
        self.menus["edit"].addActions([self.find_action, self.copy_action])
        self.menus["record"].addActions(
            [self.pin_action, self.address_action, self.back_action, self.forward_action]
        )
        self.menus["view"].addActions(
            [self.favourites_action, self.reach_sort_action, self.clear_filters_action]
        )
        self.menus["help"].addAction(self.about_action)
        self.update_actions = UpdateActions(self, self, self.menus["directory"])
        self.edit_actions = EditActions(self, self, self.menus["directory"], self.menus["edit"])
        self.verify_actions.add_directory_entries(self.menus["directory"])
        self.verify_actions.edit_record = self.edit_actions.edit_record  # "changed" opens the form
        self.detail.add_buttons(
            [
                self.back_action,
                self.forward_action,
                self.copy_action,
                self.vcard_action,
                self.pin_action,
                self.address_action,
                *self.verify_actions.pane_actions,
                self.edit_actions.edit_action,
                self.edit_actions.record_history_action,
            ]
        )
        self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Referral Desk"))
        self.banner.setText(self.tr("SAMPLE DATA – not for operational use"))
        self.banner.setAccessibleName(self.tr("Warning: the loaded directory is sample data"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(
            self.tr("Name, acronym, city or phone number – in any script")
        )
        self.search_field.setAccessibleName(self.tr("Search the directory"))
        self.search_field.setAccessibleDescription(
            self.tr("Results update as you type. Arrows move, Enter opens, Escape clears.")
        )
        self.table.setAccessibleName(self.tr("Search results"))
        texts = {
            self.find_action: self.tr("&Find"),
            self.new_referral_action: self.tr("&New referral…"),
            self.copy_action: self.tr("&Copy details"),
            self.vcard_action: self.tr("Export &vCard…"),
            self.pin_action: self.tr("&Pin"),
            self.address_action: self.tr("Show &address"),
            self.back_action: self.tr("&Back"),
            self.forward_action: self.tr("For&ward"),
            self.reach_sort_action: self.tr("Sort by reac&hable now"),
            self.favourites_action: self.tr("&Favourites"),
            self.clear_filters_action: self.tr("&Clear filters"),
            self.settings_action: self.tr("&Settings…"),
            self.restore_action: self.tr("&Restore from backup…"),
            self.about_action: self.tr("&About Referral Desk"),
            self.quit_action: self.tr("&Quit"),
            self.call_now_action: self.tr("C&all now…"),
        }
        name_actions(texts)
        self.copy_action.setStatusTip(
            self.tr("Copy the record's name and every way to reach it as plain text")
        )
        self.pin_action.setStatusTip(self.tr("Pin or unpin this record in your favourites"))
        self.restore_action.setStatusTip(
            self.tr("Bring back a backup of the database: the referral log and the directory")
        )
        self.favourites_button.setAccessibleName(
            self.tr("Show pinned records instead of search results")
        )
        self.call_now_action.setStatusTip(
            self.tr("Emergency and 24-hour numbers, and who answers now, for your post's countries")
        )
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._retranslate_filters_button()
        self.address_action.setStatusTip(
            self.tr("Show the confidential address of a shelter or crisis centre")
        )
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "record": self.tr("&Record"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for name, menu in self.menus.items():
            if name in titles:
                menu.setTitle(titles[name])
        self.main_actions.retranslate()
        self.exchange_actions.retranslate()
        self.update_actions.retranslate()
        self.verify_actions.retranslate()
        self.edit_actions.retranslate()
        self._retranslate_directory()
        self.table.fit_columns()
        resolve_clashes(self, [menu.title() for menu in self.menus.values()])

    def _retranslate_filters_button(self) -> None:
        chosen = sum(
            getattr(self.filters.filters(), name) != getattr(SearchFilters(), name)
            for name in SearchFilters.__dataclass_fields__
        )
        text = (
            self.tr("F&ilters")
            if not chosen
            else self.tr("F&ilters (%1)").replace("%1", str(chosen))
        )
        self.filters_button.setText(text)
        self.filters_button.setToolTip(self.tr("Show or hide the filters"))
        self.filters_button.setAccessibleName(self.tr("Show or hide the filters"))

    def _retranslate_directory(self) -> None:
        self.status_line.describe(
            self.info,
            self.feedback,
            self._clock().date(),
            self.settings.staleness_months,
            self.lang,
        )
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- search

    def run_search(self) -> None:
        """Search now with the field's text and filters; keep the selected record if still found.

        Before the directory is attached this does nothing: attaching searches for the text.
        """
        self._timer.stop()
        if self._desk is None:
            return
        if self._detail_after_search:
            self._detail_after_search = False
            self._detail_timer.start(DETAIL_DELAY_MS)
        current = self.current_result_id()
        self.model.search(
            self.search_field.text(), self.filters.filters(), self._clock(), PAGE_SIZE
        )
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.select_quietly(row)
        elif self.model.rowCount() and self.search_field.text().strip():
            self.table.selectRow(0)
        if not self.model.rowCount():
            self.clear_detail()  # nothing found: no record from an earlier search stays
        self._update_count()

    def sort_by_reach(self, on: bool) -> None:
        """Reachable now first, or the search's order; the selected record stays selected."""
        current = self.current_result_id()
        self.model.sort_by_reach(on)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(on)
        if on:
            header.setSortIndicator(Column.REACH, Qt.SortOrder.AscendingOrder)
        self.reach_sort_action.blockSignals(True)
        self.reach_sort_action.setChecked(on)
        self.reach_sort_action.blockSignals(False)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.select_quietly(row)

    def _header_clicked(self, section: int) -> None:
        """The "Reachable now" heading sorts by it; clicked again (or another), the search order."""
        self.sort_by_reach(section == Column.REACH and not self.model.sorted_by_reach)

    def current_result_id(self) -> str | None:
        index = self.table.currentIndex()
        hit = self.model.hit(index.row()) if index.isValid() else None
        return hit.id if hit else None

    def _update_count(self) -> None:
        if self._desk is None:
            self.status_line.count_label.setText(self.tr("Loading the directory…"))
            return
        count = self.model.rowCount()
        if self.model.truncated:
            text = self.tr("First %n results shown – type more to narrow the search", "", count)
        elif count and not good_match(hit.tier for hit in self.model.hits):
            text = self.feedback.loose_count(count)
        else:
            text = self.tr("%n result(s)", "", count)
        self.status_line.count_label.setText(text)
        self.table.set_empty_text("" if count else self._empty_text())

    def _empty_text(self) -> str:
        """Why the table is empty, and what to try."""
        typed = self.search_field.text().strip()
        return self.feedback.empty_text(typed, self.filters.is_active())

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._detail_timer.start(DETAIL_DELAY_MS)

    def _table_painted(self) -> None:
        """The results are on screen: now the details (and what waits for them)."""
        for timer in (self._describe_timer, self._detail_timer):
            if timer.isActive() and timer.interval():
                timer.start(0)

    def _typed(self) -> None:
        """Search as soon as the keys already queued are in; details wait for the results."""
        self._timer.start()
        if self._detail_timer.isActive():
            self._detail_timer.stop()
            self._detail_after_search = True

    def _show_current_hit(self) -> None:
        hit = self.model.hit(self.table.currentIndex().row())
        shown = self.detail.detail
        if hit is not None and (shown is None or shown.id != hit.id):
            self.show_record(hit.id)
            self._opened_timer.start(OPENED_AFTER_MS)

    # -- showing records

    def context(self) -> PaneContext:
        return PaneContext(
            self.lang, self.settings.post_timezone, self.settings.staleness_months, self._clock()
        )

    def show_record(self, record_id: str, opened: bool = False) -> Detail | None:
        """Show a record; ``opened``: the caseworker opened it (Back and Forward follow it)."""
        self._opened_timer.stop()
        detail = self.directory.show(record_id, self._clock())
        if detail is None:
            self.history.forget(record_id)
            self.statusBar().showMessage(
                self.tr("That record is no longer in the directory."), 5000
            )
            self._update_actions()
            return None
        if opened:
            self.history.opened(detail.id)
        self.detail.show_detail(detail, self.context())
        self._update_actions()
        return detail

    def _kept_selected(self) -> None:
        """The record shown from the selection stayed a moment: it counts as opened."""
        detail = self.detail.detail
        if detail is not None and detail.id == self.current_result_id():
            self.history.opened(detail.id)
            self._update_actions()

    def clear_detail(self) -> None:
        self._opened_timer.stop()
        self.detail.show_detail(None, self.context())
        self._update_actions()

    def open_record(self, record_id: str) -> None:
        """Show a record (from a link, the favourites or the wizard) and move to its text."""
        if self.show_record(record_id, opened=True) is not None:
            row = self.model.row_of(record_id)
            if row >= 0 and self.stack.currentWidget() is self.table:
                self.table.select_quietly(row)
            self.focus_detail()

    def go_back(self) -> None:
        record_id = self.history.back(self.shown_record())
        if record_id is not None:
            self._show_from_history(record_id)

    def go_forward(self) -> None:
        record_id = self.history.forward()
        if record_id is not None:
            self._show_from_history(record_id)

    def _show_from_history(self, record_id: str) -> None:
        if self.show_record(record_id) is not None:
            row = self.model.row_of(record_id)
            self.table.selectionModel().blockSignals(True)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            self.table.selectionModel().blockSignals(False)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_current(self) -> None:
        """Show the selected result and move to its text; it counts as opened."""
        if self.stack.currentWidget() is self.table:
            hit = self.model.hit(self.table.currentIndex().row())
            if hit and (self.detail.detail is None or self.detail.detail.id != hit.id):
                self.show_record(hit.id, opened=True)
            elif hit:
                self.history.opened(hit.id)
                self._update_actions()
        self.focus_detail()

    def _clicked(self, index: QModelIndex) -> None:
        """A result clicked: shown now (not after the table's paint) and counted as opened."""
        hit = self.model.hit(index.row())
        if hit is None:
            return
        self._detail_timer.stop()
        if self.detail.detail is None or self.detail.detail.id != hit.id:
            self.show_record(hit.id, opened=True)
        else:
            self.history.opened(hit.id)
            self._update_actions()

    def focus_detail(self) -> None:
        self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self) -> None:
        self.new_referral_action.setEnabled(self.has_directory)
        self.call_now_action.setEnabled(self.has_directory)
        detail = self.detail.detail
        for action in (self.copy_action, self.vcard_action, self.pin_action):
            action.setEnabled(detail is not None)
        self.address_action.setEnabled(self.detail.has_hidden_address())
        self.back_action.setEnabled(self.history.can_go_back(self.shown_record()))
        self.forward_action.setEnabled(self.history.can_go_forward())
        self.main_actions.update()
        self.exchange_actions.update()
        self.update_actions.update()
        self.verify_actions.update()
        self.edit_actions.update()
        self.pin_action.blockSignals(True)
        self.pin_action.setChecked(detail is not None and detail.id in self.settings.favourites)
        self.pin_action.blockSignals(False)

    # -- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search_field:
            if key in MOVE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                view = (
                    self.table if self.stack.currentWidget() is self.table else self.favourites.list
                )
                if self._timer.isActive():
                    self.run_search()
                QApplication.sendEvent(view, QKeyEvent(event.type(), key, event.modifiers()))
                return True
            if key in ENTER_KEYS:
                if self._timer.isActive():
                    self.run_search()
                if self.stack.currentWidget() is self.favourites and self.favourites.current_id():
                    self.open_record(self.favourites.current_id() or "")
                elif self.model.rowCount():
                    if not self.table.currentIndex().isValid():
                        self.table.selectRow(0)
                    self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.search_field.text():
                    self.search_field.clear()
                    self.run_search()
                elif self.favourites_action.isChecked():
                    self.favourites_action.setChecked(False)
                return True
        elif key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        elif watched is self.table and key in ENTER_KEYS:
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # -- favourites

    def show_favourites(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.favourites if shown else self.table)
        if shown and self.favourites.ids():
            self.favourites.list.setFocus()
        else:
            self.search_field.setFocus()

    def _pin_toggled(self, pinned: bool) -> None:
        if self.detail.detail is not None:
            self.set_pinned(self.detail.detail.id, pinned)

    def set_pinned(self, record_id: str, pinned: bool) -> None:
        self.apply_settings(self.settings.with_favourite(record_id, pinned))
        message = (
            self.tr("Pinned to your favourites.")
            if pinned
            else self.tr("Removed from your favourites.")
        )
        self.statusBar().showMessage(message, 4000)

    def _pinned(self, record_id: str) -> Pinned | None:
        key = (record_id, self.lang)
        if key not in self._pinned_cache:
            detail = self.directory.show(record_id, self._clock())
            self._pinned_cache[key] = Pinned.of(detail, self.lang) if detail else None
        return self._pinned_cache[key]

    def _refresh_favourites(self) -> None:
        if self._desk is None:
            return
        pinned = [self._pinned(record_id) for record_id in self.settings.favourites]
        missing = [i for i, p in zip(self.settings.favourites, pinned, strict=True) if p is None]
        retired = self.desk.updates.retired_names() if missing else {}
        gone = self.tr("{name} – no longer in the directory")
        self.favourites.set_records(
            [
                p if p is not None else Pinned(i, gone.format(name=retired.get(i, i)))
                for i, p in zip(self.settings.favourites, pinned, strict=True)
            ]
        )

    # -- copy, export, wizard

    def copy_details(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        sample = self.desk.directory.info().sample  # said on every copy of sample data
        self.record_export.copy(detail, self.lang, self._clock(), sample=sample)
        self.statusBar().showMessage(self.tr("Details copied to the clipboard."), 4000)

    def export_vcard(self) -> None:
        detail = self.detail.detail
        saved = None if detail is None else self.record_export.save_vcard(detail, self.lang)
        if saved is not None:
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=saved), 5000)

    def call_now_countries(self) -> list[str]:
        """Where the post is and the country it represents; every country if neither is set."""
        chosen = [c for c in (self.settings.post_country, self.settings.post_represents) if c]
        return list(dict.fromkeys(chosen)) or list(self._countries)

    def show_call_now(self) -> QWidget | None:
        """Open the call-now window, or bring the open one to the front, refreshed."""
        if self._desk is None:
            return None
        from referral_desk.ui.call_now import CallNowView

        view = self._call_now
        region = self.settings.post_region or None  # the post's region comes first
        if (
            not isinstance(view, CallNowView)
            or view.countries != tuple(self.call_now_countries())
            or view.post_region != region
        ):
            if view is not None:
                view.close()
                view.deleteLater()
            view = CallNowView(self.desk, self.call_now_countries(), self.context, self, region)
            view.open_record.connect(self.open_record)
            fit_to_screen(view, QSize(900, 1000), share=0.9, place=False)
            self._call_now = view
        elif not view.isVisible():
            view.refresh()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def new_referral(self) -> None:
        if self._desk is None:
            return
        from referral_desk.ui.wizard import ReferralWizard  # its imports load the rule engine

        wizard = ReferralWizard(
            self.desk,
            self.lang,
            self,
            post_country=self.settings.post_country,
            sheet_defaults=sheet_defaults(self.settings),
            post_represents=self.settings.post_represents or None,
            post_region=self.settings.post_region or None,
        )
        wizard.open_record.connect(self.open_record)
        self._wizard = wizard
        wizard.show()

    def _wizard_in_language(self) -> None:
        """An open wizard is made again in the language just chosen, its answers kept."""
        from referral_desk.ui.wizard import ReferralWizard

        old = self._wizard
        if not isinstance(old, ReferralWizard) or not old.isVisible() or old.lang == self.lang:
            return
        wizard = old.in_language(self.lang)
        wizard.open_record.connect(self.open_record)
        self._wizard = wizard
        wizard.show()
        old.close()
        old.deleteLater()

    # -- backups

    def restore_backup(self) -> bool:
        """File → Restore from backup…; True when a backup was brought back."""
        if self._desk is None:
            return False
        restored = BackupRestore(self).run(self._desk, self._detach_desk, self._attach_opened)
        if restored is None:
            return False
        if restored.settings_back:  # the favourites and settings taken with the backup
            from referral_desk.settings import load_settings

            self.apply_settings(load_settings())
        self.statusBar().showMessage(self.tr("The backup was restored."), 10_000)
        return True

    def _detach_desk(self) -> None:
        self.changes.stop()
        self._desk = None

    def _attach_opened(self, desk: Desk) -> None:
        """A desk this window opened: attached, and closed with the window."""
        self._opened_here.append(desk)
        self.attach_desk(desk)

    # -- settings

    def edit_settings(self) -> None:
        from referral_desk.ui.settings_dialog import SettingsDialog

        chosen = SettingsDialog.ask(self, self.settings)
        if chosen is not None:
            self.apply_settings(chosen)

    def apply_settings(self, new: Settings) -> None:
        """Save and use new settings; a new language re-translates in place, keeping the search."""
        old, self.settings = self.settings, new
        try:
            self._save(new)
        except (OSError, ValueError) as error:
            message(
                self,
                self.tr("Settings"),
                self.tr("Cannot save the settings: {error}").format(error=error),
            )
        if new.ui_language != old.ui_language:
            app = QApplication.instance()
            if app is not None:
                install_translators(app, new.ui_language)
            self.model.set_language(new.ui_language)
            self.filters.set_language(new.ui_language)
            self.main_actions.language_changed()
            self.verify_actions.language_changed()
            self._wizard_in_language()
        if new.post_country != old.post_country:
            self.filters.set_countries([new.post_country, *self._countries])
        if (new.ui_language, new.post_timezone, new.staleness_months) != (
            old.ui_language,
            old.post_timezone,
            old.staleness_months,
        ):
            self.detail.set_context(self.context())
            self._retranslate_directory()
        if new.favourites != old.favourites or new.ui_language != old.ui_language:
            self._refresh_favourites()
        self._update_actions()

    def about(self) -> None:
        from referral_desk.ui.about import show_about

        if self.info is not None:
            show_about(self, self.info, self.lang)

    # -- window state

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.window_state.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Wide: every column and the filters. Compact (200 %, small screens): the names get
        the kind and country columns' room, and the filters fold behind their button."""
        compact = self.width() < COMPACT_WIDTH
        if compact == self._compact:
            return
        self._compact = compact
        self.table.set_compact(compact)
        self.filters_button.setChecked(not compact)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save()
        for desk in self._opened_here:
            desk.close()
        super().closeEvent(event)
