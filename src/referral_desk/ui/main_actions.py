"""The main window's paper and log actions: directory booklet, contact card, referral log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from referral_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:  # printing pulls in the desk (SQLAlchemy): imported when first used
    from referral_desk.services.desk import Desk
    from referral_desk.settings import Settings
    from referral_desk.sheets.pdf import Paper
    from referral_desk.ui.changes import ChangeBridge
    from referral_desk.ui.log_view import LogView
    from referral_desk.ui.print_actions import SheetOptions

# print_actions.PREVIEW, PRINT and PDF (a test checks they agree).
PREVIEW, PRINT, PDF = "preview", "print", "pdf"
WAYS = (PREVIEW, PRINT, PDF)


def sheet_defaults(settings: Settings) -> SheetOptions:
    """What the sheet options dialog starts with: the caseworker's post profile."""
    from referral_desk.sheets.pdf import Paper
    from referral_desk.ui.print_actions import SheetOptions

    paper = Paper.LETTER if settings.sheet_paper == Paper.LETTER.value else Paper.A4
    return SheetOptions(
        post=settings.post_name,
        caseworker=settings.caseworker_name,
        second_lang=settings.second_language,
        paper=paper,
        post_details=settings.post_details,
        post_timezone=settings.post_timezone,
    )


class ActionsHost(Protocol):
    """What the actions need of the main window (it is one; this module does not import it)."""

    settings: Settings
    changes: ChangeBridge

    @property
    def desk(self) -> Desk: ...

    @property
    def has_directory(self) -> bool: ...

    @property
    def lang(self) -> str: ...

    def shown_record(self) -> str | None: ...


class MainActions(QObject):
    """File menu entries for printing and the referral log, kept out of the main window."""

    def __init__(self, window: QMainWindow, host: ActionsHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.log_view: LogView | None = None
        self.booklet_menu = QMenu(menu)
        self.card_menu = QMenu(menu)
        self.booklet_actions = self._ways(self.booklet_menu, self.print_booklet)
        self.card_actions = self._ways(self.card_menu, self.print_card)
        self.log_action = QAction(window)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(self.show_log)
        window.addAction(self.log_action)
        menu.addMenu(self.booklet_menu)
        menu.addMenu(self.card_menu)
        menu.addAction(self.log_action)

    @staticmethod
    def _ways(menu: QMenu, slot: object) -> dict[str, QAction]:
        actions = {}
        for way in WAYS:
            action = menu.addAction("")
            action.triggered.connect(lambda _checked=False, way=way: slot(way))  # type: ignore[operator]
            actions[way] = action
        return actions

    def retranslate(self) -> None:
        self.booklet_menu.setTitle(self.tr("Print directory &booklet"))
        self.card_menu.setTitle(self.tr("Print contact &card"))
        for actions in (self.booklet_actions, self.card_actions):
            actions[PREVIEW].setText(self.tr("Pre&view…"))
            actions[PRINT].setText(self.tr("&Print…"))
            actions[PDF].setText(self.tr("Save as P&DF…"))
        self.booklet_menu.menuAction().setStatusTip(
            self.tr("A paper directory of a country, region, category or your favourites")
        )
        self.card_menu.menuAction().setStatusTip(self.tr("The record shown, on one card"))
        self.log_action.setText(self.tr("Referral &log…"))
        self.log_action.setStatusTip(
            self.tr("Referrals kept from printed sheets: follow-up, reprint, statistics")
        )

    def update(self) -> None:
        """A contact card needs a record on screen; the booklet and the log, the directory."""
        shown = self.host.shown_record() is not None
        self.card_menu.menuAction().setEnabled(shown)
        for action in self.card_actions.values():
            action.setEnabled(shown)
        loaded = self.host.has_directory
        self.booklet_menu.menuAction().setEnabled(loaded)
        for action in self.booklet_actions.values():
            action.setEnabled(loaded)
        self.log_action.setEnabled(loaded)

    def paper(self) -> Paper:
        return sheet_defaults(self.host.settings).paper

    def print_booklet(self, way: str) -> bool:
        from referral_desk.ui import print_actions

        host = self.host
        if not host.has_directory:
            return False
        done = print_actions.booklet_action(
            self.window,
            host.desk,
            host.lang,
            way,
            countries=host.desk.directory.countries(),
            favourites=host.settings.favourites,
            post_timezone=host.settings.post_timezone,
        )
        if done and way == PDF:
            self.window.statusBar().showMessage(self.tr("The directory booklet was saved."), 5000)
        return done

    def print_card(self, way: str) -> bool:
        record_id = self.host.shown_record()
        if record_id is None:
            return False
        from referral_desk.ui import print_actions

        return print_actions.card_action(
            self.window, self.host.desk, record_id, self.host.lang, way, paper=self.paper()
        )

    def show_log(self) -> LogView:
        """Open the referral log in its own window, or bring the open one to the front."""
        from referral_desk.ui.log_view import LogView

        view = self.log_view
        if view is None:
            view = LogView(
                self.host.desk,
                self.host.lang,
                self.window,
                self.host.changes,
                zone=self.host.settings.post_timezone,
            )
            view.post_details = self.host.settings.post_details
            view.setWindowFlag(Qt.WindowType.Window, True)
            fit_to_screen(view, QSize(1100, 640), share=0.95, place=False)
            self.log_view = view
        else:
            view.post_details = self.host.settings.post_details
            view.zone = self.host.settings.post_timezone  # refreshes when it changed
            if not view.isVisible():
                view.refresh()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def language_changed(self) -> None:
        """The log window was built in the old language: the next one is built afresh."""
        if self.log_view is not None:
            visible = self.log_view.isVisible()
            self.log_view.close()
            self.log_view.deleteLater()
            self.log_view = None
            if visible:
                self.show_log()
