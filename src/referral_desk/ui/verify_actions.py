"""Keeping the directory true from the main window: verify, report a correction, the queue,
freshness, corrections in and out, and the caseworker's own note on the record shown.

"Verify", the queue, the freshness view and importing corrections belong to the
coordinator's side, turned on by Directory → Edit (``edit_actions``); reporting a correction,
exporting corrections and own notes are there at every post.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from referral_desk.domain.vocab import Outcome, VerifyHow
from referral_desk.ui.main_actions import ActionsHost
from referral_desk.ui.plain_text import message
from referral_desk.ui.record_notes import RecordNotes
from referral_desk.ui.screen_fit import fit_to_screen, keep_on_screen
from referral_desk.ui.vocab_labels import label

if TYPE_CHECKING:
    from referral_desk.services.changes import Changes
    from referral_desk.ui.detail_pane import DetailPane
    from referral_desk.ui.freshness_view import FreshnessView
    from referral_desk.ui.verification_queue import QueueWindow


class VerifyHost(ActionsHost, Protocol):
    """What these actions need of the main window besides what every menu's actions do."""

    detail: DetailPane

    def show_record(self, record_id: str, opened: bool = False) -> object: ...


class VerifyActions(QObject):
    """The actions, their menu entries and the note editor under the details."""

    def __init__(self, window: QMainWindow, host: VerifyHost, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.host = window, host
        self.queue_window: QueueWindow | None = None
        self.freshness_view: FreshnessView | None = None
        self.last_how = VerifyHow.PHONE
        # Opens the record's form with a reason filled in; True once saved (the edit actions').
        self.edit_record: Callable[[str, str], bool] | None = None
        self.verify_action = QAction(window)
        self.verify_action.triggered.connect(lambda: self.verify())
        self.verify_menu = QMenu(window)
        self.how_actions: dict[VerifyHow, QAction] = {}
        for how in VerifyHow:
            action = self.verify_menu.addAction("")
            action.triggered.connect(lambda _checked=False, h=how: self.verify(h))
            self.how_actions[how] = action
        self.verify_menu.addSeparator()
        self.check_action = self.verify_menu.addAction("")
        self.check_action.triggered.connect(lambda: self.record_check())
        self.verify_action.setMenu(self.verify_menu)
        self.correction_action = QAction(window)
        self.correction_action.triggered.connect(lambda: self.report_correction())
        self.export_action = QAction(window)
        self.export_action.triggered.connect(lambda: self.export_corrections())
        self.queue_action = QAction(window)
        self.queue_action.triggered.connect(lambda: self.show_queue())
        self.freshness_action = QAction(window)
        self.freshness_action.triggered.connect(lambda: self.show_freshness())
        self.import_action = QAction(window)
        self.import_action.triggered.connect(lambda: self.import_corrections())
        file_menu.addAction(self.export_action)
        self.pane_actions = [self.verify_action, self.correction_action]  # the pane's buttons
        self.notes = RecordNotes(window)
        self.notes.save.connect(self.save_note)
        host.detail.add_below(self.notes)
        host.changes.changed.connect(self._data_changed)

    def add_directory_entries(self, menu: QMenu) -> None:
        """The coordinator's entries, at the end of the Directory menu."""
        menu.addSeparator()
        menu.addActions([self.queue_action, self.freshness_action, self.import_action])

    def retranslate(self) -> None:
        self.verify_action.setText(self.tr("Ver&ify"))
        self.verify_action.setToolTip(
            self.tr("Record that the details were confirmed today, as they are")
        )
        self.verify_action.setStatusTip(self.verify_action.toolTip())
        for how, action in self.how_actions.items():
            action.setText(self.tr("Confirmed by {how}").format(how=label(how)))
        self.check_action.setText(self.tr("Record a check with a note…"))
        self.correction_action.setText(self.tr("Report a correc&tion…"))
        self.correction_action.setToolTip(
            self.tr("Tell the coordinator what is wrong with this record")
        )
        self.correction_action.setStatusTip(self.correction_action.toolTip())
        self.export_action.setText(self.tr("Export correc&tions…"))
        self.export_action.setStatusTip(
            self.tr("Save the corrections reported here in a small file for the coordinator")
        )
        self.queue_action.setText(self.tr("Verification &queue…"))
        self.queue_action.setStatusTip(self.tr("Records due for a check, in the order to call"))
        self.freshness_action.setText(self.tr("F&reshness…"))
        self.freshness_action.setStatusTip(
            self.tr("Share of records verified within 3, 6 and 12 months")
        )
        self.import_action.setText(self.tr("&Import corrections…"))
        self.import_action.setStatusTip(self.tr("Take in a post's corrections file"))
        self.notes.retranslate()

    def update(self) -> None:
        """Enable what fits the record shown and the mode; show the record's own note."""
        editing = self.host.settings.editing_enabled
        loaded = self.host.has_directory
        shown = self.host.shown_record()
        self.verify_action.setVisible(editing)
        self.verify_action.setEnabled(editing and shown is not None)
        self.correction_action.setEnabled(shown is not None)
        self.export_action.setEnabled(loaded)
        for action in (self.queue_action, self.freshness_action, self.import_action):
            action.setVisible(editing)
            action.setEnabled(editing and loaded)
        if shown != self.notes.record_id:
            if self.notes.modified:  # moving on keeps what was typed
                self.save_note(self.notes.record_id or "", self.notes.text())
            self.notes.show_note(shown, self.host.desk.notes.get(shown) if shown else "")

    def _data_changed(self, changes: Changes) -> None:
        shown = self.host.shown_record()
        if changes.verification and shown is not None:
            self.host.show_record(shown)  # its "last verified" line

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _checker(self) -> str:
        settings = self.host.settings
        return settings.caseworker_name or settings.post_name

    # -- verify

    def verify(self, how: VerifyHow | None = None) -> bool:
        """The one click: the record shown was confirmed today (by the last way used)."""
        from referral_desk.services.errors import DESK_ERRORS, InputRefused, RecordNotFound

        record_id = self.host.shown_record()
        if record_id is None or not self.host.settings.editing_enabled:
            return False
        by = self._checker()
        if not by:
            return self.record_check()  # ask who checked it
        how = how or self.last_how
        try:
            self.host.desk.verification.confirm(record_id, by, how)
        except (InputRefused, RecordNotFound, *DESK_ERRORS) as error:
            message(self.window, self.tr("Verify"), str(error))
            return False
        self.last_how = how
        self._status(self.tr("Verified today ({how}).").format(how=label(how)))
        return True

    def record_check(self) -> bool:
        """A check with its outcome and a note, asked in a dialog."""
        from referral_desk.services.errors import DESK_ERRORS, InputRefused, RecordNotFound
        from referral_desk.ui.check_dialog import CheckDialog

        detail = self.host.detail.detail
        if detail is None or not self.host.settings.editing_enabled:
            return False
        chosen = CheckDialog.ask(
            self.window, detail.name.get(self.host.lang), self._checker(), self.last_how
        )
        if chosen is None:
            return False
        corrected = chosen.outcome is Outcome.CHANGED and self.edit_record is not None
        if corrected and not self.edit_change(detail.id, chosen.how, chosen.note):
            self._status(self.tr("Nothing recorded: the change was not saved."))
            return False
        try:
            self.host.desk.verification.record(
                detail.id, chosen.by, chosen.how, chosen.outcome, chosen.note, corrected=corrected
            )
        except (InputRefused, RecordNotFound, *DESK_ERRORS) as error:
            message(self.window, self.tr("Verify"), str(error))
            return False
        self.last_how = chosen.how
        self._status(self.tr("Check recorded: {outcome}.").format(outcome=label(chosen.outcome)))
        return True

    def edit_change(self, record_id: str, how: VerifyHow, note: str) -> bool:
        """The body confirmed a change: record it now in the record's form; True once saved."""
        if self.edit_record is None:
            return False
        reason = self.tr("Change confirmed by {how}: {note}").format(how=label(how), note=note)
        return self.edit_record(record_id, reason)

    # -- corrections

    def report_correction(self) -> bool:
        from referral_desk.services.errors import DESK_ERRORS, InputRefused, RecordNotFound
        from referral_desk.ui.correction_dialog import CorrectionDialog

        detail = self.host.detail.detail
        if detail is None:
            return False
        chosen = CorrectionDialog.ask(
            self.window, detail.name.get(self.host.lang), self.host.settings.post_name
        )
        if chosen is None:
            return False
        try:
            self.host.desk.corrections.report(detail.id, chosen.wrong, chosen.found, chosen.post)
        except (InputRefused, RecordNotFound, *DESK_ERRORS) as error:
            message(self.window, self.tr("Report a correction"), str(error))
            return False
        self._status(
            self.tr("Correction kept. Send it with File → Export corrections… to the coordinator.")
        )
        return True

    def export_corrections(self, path: str | None = None) -> bool:
        from referral_desk.exchange.corrections_file import SUFFIX
        from referral_desk.services.errors import DESK_ERRORS

        desk = self.host.desk
        waiting = len(desk.corrections.to_send())
        title = self.tr("Export corrections")
        if not waiting:
            message(
                self.window,
                title,
                self.tr("No correction is waiting to be sent."),
                QMessageBox.Icon.Information,
            )
            return False
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self.window,
                title,
                str(Path.home() / f"referral-desk{SUFFIX}"),
                self.tr("Corrections files (*%1)").replace("%1", SUFFIX),
            )
        if not path:
            return False
        try:
            count = desk.corrections.export(Path(path))
        except OSError as error:
            message(
                self.window,
                title,
                self.tr("Cannot write the file: {error}").format(error=error.strerror or error),
            )
            return False
        except DESK_ERRORS as error:  # written, but not marked as sent: it goes again next time
            message(self.window, title, str(error))
            return False
        self._status(self.tr("%n correction(s) saved for the coordinator.", "", count))
        return True

    def import_corrections(self, path: str | None = None) -> bool:
        from referral_desk.exchange.corrections_file import SUFFIX, CorrectionsFileError
        from referral_desk.services.errors import DESK_ERRORS

        title = self.tr("Import corrections")
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.window,
                title,
                str(Path.home()),
                self.tr("Corrections files (*%1)").replace("%1", SUFFIX),
            )
        if not path:
            return False
        try:
            result = self.host.desk.corrections.import_file(Path(path))
        except DESK_ERRORS as error:
            message(self.window, title, str(error))
            return False
        except CorrectionsFileError as error:
            message(
                self.window,
                title,
                self.tr("Nothing was imported. The file cannot be used:")
                + "\n"
                + "\n".join(error.problems[:10]),
            )
            return False
        self._status(self.tr("%n correction(s) added to the verification queue.", "", result.added))
        self.show_queue()
        return True

    # -- windows

    def _window(self, widget: QWidget) -> None:
        widget.setWindowFlag(Qt.WindowType.Window, True)
        widget.show()
        keep_on_screen(widget)  # Qt may place it past the screen's edge
        widget.raise_()
        widget.activateWindow()

    def show_queue(self) -> QueueWindow:
        from referral_desk.ui.verification_queue import QueueWindow

        if self.queue_window is None:
            self.queue_window = QueueWindow(
                self.host.desk,
                self.host.lang,
                self._checker(),
                self.host.settings.staleness_months,
                self.window,
                self.host.changes,
                zone=self.host.settings.post_timezone,
            )
            fit_to_screen(self.queue_window, QSize(1150, 660), share=0.95, place=False)
            self.queue_window.open_record.connect(self._open_record)
            if self.edit_record is not None:
                self.queue_window.edit_change = self.edit_change
        else:
            self.queue_window.refresh()
        self._window(self.queue_window)
        return self.queue_window

    def _open_record(self, record_id: str) -> None:
        self.host.show_record(record_id, opened=True)
        self.window.raise_()
        self.window.activateWindow()

    def show_freshness(self) -> FreshnessView:
        from referral_desk.ui.freshness_view import FreshnessView

        if self.freshness_view is None:
            self.freshness_view = FreshnessView(
                self.host.desk, self.host.lang, self.window, self.host.changes
            )
            fit_to_screen(self.freshness_view, QSize(900, 620), share=0.95, place=False)
        else:
            self.freshness_view.refresh()
        self._window(self.freshness_view)
        return self.freshness_view

    def language_changed(self) -> None:
        """The windows were built in the old language: the next ones are built afresh."""
        for name in ("queue_window", "freshness_view"):
            widget = getattr(self, name)
            if widget is not None:
                widget.close()
                widget.deleteLater()
                setattr(self, name, None)

    # -- notes

    def save_note(self, record_id: str, text: str) -> None:
        from referral_desk.services.errors import DESK_ERRORS, InputRefused

        if not record_id:
            return
        try:
            self.host.desk.notes.set(record_id, text)
        except (InputRefused, *DESK_ERRORS) as error:
            message(self.window, self.tr("Your note"), str(error))
            return
        if record_id == self.notes.record_id:
            self.notes.saved()
        self._status(self.tr("Your note was kept at this post."))
