"""The coordinator's side: the one Directory → Edit switch, forms, history, undo and redo.

Directory → Edit turns on everything the coordinator's office uses (forms,
retire, publish, and the verification tools of ``verify_actions``) and is kept
in the one ``editing_enabled`` setting, off at posts. Each save, new record and
retirement is pushed on a ``QUndoStack``; undoing one saves the values before it
through the same service, so the undo is audited too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget

from referral_desk.domain.editing import RecordKind
from referral_desk.ui.main_actions import ActionsHost
from referral_desk.ui.plain_text import message
from referral_desk.ui.screen_fit import fit_to_screen, keep_on_screen

if TYPE_CHECKING:
    from referral_desk.domain.editing import RecordName
    from referral_desk.services.editing import Editing, Restored
    from referral_desk.settings import Settings
    from referral_desk.ui.history_window import HistoryWindow
    from referral_desk.ui.retired_records import RetiredRecords

Snapshot = list[tuple[RecordKind, str, str, dict[str, Any]]]  # kind, id, organization, fields


def _bring_up(window: QWidget) -> None:
    window.show()
    keep_on_screen(window)  # Qt may place it past the screen's edge
    window.raise_()
    window.activateWindow()


def _undo_reason(reason: str, verb: str) -> str:
    return f"{verb}: {reason}" if reason else verb


class SaveCommand(QUndoCommand):
    """A saved edit: undo puts back the fields it changed, redo saves them again."""

    def __init__(
        self, editing: Editing, record_id: str, before: dict[str, Any], after: dict[str, Any],
        reason: str, text: str,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.editing, self.record_id, self.reason = editing, record_id, reason
        self.before, self.after = before, after
        self.done_once = True  # the first redo is the save already made

    def _put(self, values: dict[str, Any], verb: str) -> None:
        record = self.editing.record(self.record_id)
        self.editing.save(self.record_id, record.version, values, _undo_reason(self.reason, verb))

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._put(self.after, "redo")

    def undo(self) -> None:
        self._put(self.before, "undo")


class LifeCommand(QUndoCommand):
    """A record made or retired: undo and redo retire it or bring it back under its id.

    Bringing it back is a restore: the links other records had to it come back too,
    and ``report`` is told of those that could not.
    """

    def __init__(
        self, editing: Editing, snapshot: Snapshot, created: bool, reason: str, text: str,
        report: Callable[[Restored], None] = lambda _restored: None,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.editing, self.snapshot, self.created, self.reason = editing, snapshot, created, reason
        self.report = report
        self.done_once = True

    def _bring_back(self, verb: str) -> None:
        restored = self.editing.restore(self.snapshot[0][1], _undo_reason(self.reason, verb))
        self.report(restored)

    def _retire(self, verb: str) -> None:
        self.editing.retire(self.snapshot[0][1], _undo_reason(self.reason, verb))

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
        elif self.created:
            self._bring_back("redo")
        else:
            self._retire("redo")

    def undo(self) -> None:
        if self.created:
            self._retire("undo")
        else:
            self._bring_back("undo")


class EditHost(ActionsHost, Protocol):
    """What these actions need of the main window besides the common actions' needs."""

    def apply_settings(self, new: Settings) -> None: ...


class EditActions(QObject):
    """Directory → Edit (the switch), edit, new, retire, history, publish; Edit → Undo, Redo."""

    def __init__(
        self, window: QMainWindow, host: EditHost, directory_menu: QMenu, edit_menu: QMenu
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.history_window: HistoryWindow | None = None
        self.retired_window: RetiredRecords | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(50)  # only while empty: not on a change of language
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.mode_action = QAction(window)
        self.mode_action.setCheckable(True)
        self.mode_action.toggled.connect(self._mode_toggled)
        self.edit_action = self._action("Ctrl+E", lambda: self.edit_record())
        self.new_organization_action = self._action(None, self.new_organization)
        self.new_menu = QMenu(directory_menu)
        self.new_actions = {
            kind: self._action(None, lambda _c=False, kind=kind: self.new_record(kind))
            for kind in (RecordKind.LOCATION, RecordKind.SERVICE, RecordKind.CONTACT)
        }
        self.new_menu.addActions(list(self.new_actions.values()))
        self.retire_action = self._action(None, self.retire_record)
        self.record_history_action = self._action("Ctrl+H", self.show_record_history)
        self.history_action = self._action(None, lambda: self.show_history())
        self.retired_action = self._action(None, lambda: self.show_retired())
        self.publish_action = self._action(None, self.publish)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        directory_menu.addSeparator()
        directory_menu.addAction(self.mode_action)
        directory_menu.addActions([self.edit_action, self.new_organization_action])
        directory_menu.addMenu(self.new_menu)
        directory_menu.addActions(
            [
                self.retire_action,
                self.record_history_action,
                self.history_action,
                self.retired_action,
            ]
        )
        directory_menu.addAction(self.publish_action)
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        if first is None:
            edit_menu.addActions([self.undo_action, self.redo_action])
        else:
            edit_menu.insertActions(first, [self.undo_action, self.redo_action])
            edit_menu.insertSeparator(first)

    def _mode_toggled(self, on: bool) -> None:
        """The switch, kept in the settings; switching off ends the session of edits.

        The search index patched by edits is rebuilt when the session ends.
        """
        if on == self.host.settings.editing_enabled:
            return
        if not on and self.host.has_directory and self.host.desk.read_only is None:
            self.host.desk.editing.settle()
        self.host.apply_settings(replace(self.host.settings, editing_enabled=on))

    def _action(self, shortcut: str | None, slot: Any) -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.mode_action.setText(self.tr("&Edit"))
        self.mode_action.setStatusTip(
            self.tr("The coordinator's office: edit, retire, verify, the queue, freshness, publish")
        )
        self.edit_action.setText(self.tr("Edit &record…"))
        self.new_organization_action.setText(self.tr("New or&ganization…"))
        self.new_menu.setTitle(self.tr("&New in this organization"))
        self.new_actions[RecordKind.LOCATION].setText(self.tr("&Location…"))
        self.new_actions[RecordKind.SERVICE].setText(self.tr("&Service…"))
        self.new_actions[RecordKind.CONTACT].setText(self.tr("&Contact…"))
        self.retire_action.setText(self.tr("Re&tire record…"))
        self.retire_action.setStatusTip(
            self.tr("Take the record out of the directory, with a reason; its history stays")
        )
        self.record_history_action.setText(self.tr("Record hi&story"))
        self.record_history_action.setToolTip(self.tr("Who changed this record, when and why"))
        self.history_action.setText(self.tr("Change histor&y…"))
        self.retired_action.setText(self.tr("Retired recor&ds…"))
        self.retired_action.setStatusTip(
            self.tr("The records taken out of the directory: when, by whom, why")
        )
        self.publish_action.setText(self.tr("&Publish update…"))
        self.publish_action.setStatusTip(
            self.tr("Sign this directory's records of your countries into an update file")
        )

    @property
    def allowed(self) -> bool:
        """Editing is allowed here (the settings) and possible (a directory open for writing)."""
        return (
            bool(self.host.settings.editing_enabled)
            and self.host.has_directory
            and self.host.desk.read_only is None
        )

    @property
    def editing(self) -> bool:
        return self.allowed

    def update(self) -> None:
        allowed = bool(self.host.settings.editing_enabled)
        self.mode_action.blockSignals(True)
        self.mode_action.setChecked(allowed)
        self.mode_action.blockSignals(False)
        on = self.editing
        shown = self.host.shown_record() is not None
        for action in (self.edit_action, self.retire_action):
            action.setVisible(allowed)
            action.setEnabled(on and shown)
        self.new_organization_action.setVisible(allowed)
        self.new_organization_action.setEnabled(on)
        self.new_menu.menuAction().setVisible(allowed)
        self.new_menu.menuAction().setEnabled(on and shown)
        for action in self.new_actions.values():
            action.setEnabled(on and shown)
        self.record_history_action.setVisible(allowed)
        self.record_history_action.setEnabled(self.allowed and shown)
        self.history_action.setVisible(allowed)
        self.history_action.setEnabled(self.allowed)
        self.retired_action.setVisible(allowed)
        self.retired_action.setEnabled(self.allowed)
        self.publish_action.setVisible(allowed)
        self.publish_action.setEnabled(on)
        self.undo_action.setVisible(allowed)
        self.redo_action.setVisible(allowed)

    # -- the actions

    def _title(self) -> str:
        return self.tr("Edit the directory")

    def _failed(self, error: Exception) -> None:
        message(self.window, self._title(), str(error))

    def edit_record(self, record_id: str | None = None, reason: str = "") -> bool:
        """Open the form on a record (the one shown), the reason filled in; True once saved."""
        from referral_desk.services.editing import EditingError
        from referral_desk.ui.record_editor import RecordEditor

        record_id = record_id or self.host.shown_record()
        if record_id is None or not self.editing:
            return False
        try:
            record = self.host.desk.editing.record(record_id)
        except EditingError as error:
            self._failed(error)
            return False
        done = RecordEditor.ask(
            self.window, self.host.desk, record.kind, record, lang=self.host.lang, reason=reason
        )
        if done is None or done.before is None or not done.saved.changes:
            return False
        before = {c.field: c.old for c in done.saved.changes}
        after = {c.field: c.new for c in done.saved.changes}
        text = self.tr("Edit of {name}").format(name=record.label_in(self.host.lang))
        reason = self.host.desk.editing.history(record_id)[0].reason
        self.undo_stack.push(
            SaveCommand(self.host.desk.editing, record_id, before, after, reason, text)
        )
        return True

    def new_organization(self) -> bool:
        country, ok = QInputDialog.getText(
            self.window, self._title(), self.tr("Country of the new organization (ISO code):")
        )
        if not ok or not country.strip():
            return False
        return self._create(RecordKind.ORGANIZATION, country=country.strip().upper())

    def new_record(self, kind: RecordKind) -> bool:
        record_id = self.host.shown_record()
        if record_id is None:
            return False
        from referral_desk.services.editing import EditingError

        try:
            organization_id = self.host.desk.editing.record(record_id).organization_id
        except EditingError as error:
            self._failed(error)
            return False
        return self._create(kind, organization_id=organization_id)

    def _create(self, kind: RecordKind, **where: str) -> bool:
        from referral_desk.ui.record_editor import RecordEditor

        if not self.editing:
            return False
        done = RecordEditor.ask(
            self.window, self.host.desk, kind, None, lang=self.host.lang, **where
        )
        if done is None:
            return False
        editing = self.host.desk.editing
        record = editing.record(done.saved.record_id)
        snapshot: Snapshot = [(kind, record.id, record.organization_id, dict(record.fields))]
        reason = editing.history(record.id)[0].reason
        text = self.tr("New {name}").format(name=record.label_in(self.host.lang))
        self.undo_stack.push(
            LifeCommand(editing, snapshot, True, reason, text, self._report_links_left)
        )
        open_record = getattr(self.host, "open_record", None)
        if open_record is not None:
            open_record(record.id)
        return True

    def retire_record(self) -> bool:
        from referral_desk.services.editing import EditingError, EditRejected

        record_id = self.host.shown_record()
        if record_id is None or not self.editing:
            return False
        editing = self.host.desk.editing
        try:
            record = editing.record(record_id)
        except EditingError as error:
            self._failed(error)
            return False
        reason, ok = QInputDialog.getText(
            self.window,
            self.tr("Retire {name}").format(name=record.label_in(self.host.lang)),
            self.tr(
                "Why is this record retired? It leaves search and pathways; its history stays."
            ),
        )
        if not ok:
            return False
        snapshot: Snapshot = [(record.kind, record.id, record.organization_id, dict(record.fields))]
        for kind, child_id, _label in record.children:
            child = editing.record(child_id)
            snapshot.append((kind, child_id, record.id, dict(child.fields)))
        try:
            editing.retire(record_id, reason.strip())
        except (EditRejected, EditingError) as error:
            self._failed(error)
            return False
        text = self.tr("Retirement of {name}").format(name=record.label_in(self.host.lang))
        self.undo_stack.push(
            LifeCommand(editing, snapshot, False, reason.strip(), text, self._report_links_left)
        )
        return True

    def show_record_history(self) -> HistoryWindow | None:
        record_id = self.host.shown_record()
        if record_id is None:
            return None
        return self.show_history(record_id)

    def show_history(self, record_id: str | None = None) -> HistoryWindow:
        from referral_desk.ui.history_window import HistoryWindow

        window = self.history_window
        if window is None:
            window = HistoryWindow(
                self.host.desk,
                self.window,
                self.host.changes,
                record_id,
                self.restore_record,
                zone=self.host.settings.post_timezone,
            )
            window.setWindowFlag(Qt.WindowType.Window, True)
            fit_to_screen(window, QSize(1100, 600), share=0.95, place=False)
            self.history_window = window
        else:
            window.record.setText(record_id or "")
            window.refresh()
        _bring_up(window)
        return window

    def show_retired(self) -> RetiredRecords:
        from referral_desk.ui.retired_records import RetiredRecords

        window = self.retired_window
        if window is None:
            window = RetiredRecords(
                self.host.desk, self.window, self.host.changes, self.show_history,
                self.restore_record, zone=self.host.settings.post_timezone,
            )  # fmt: skip
            window.setWindowFlag(Qt.WindowType.Window, True)
            fit_to_screen(window, QSize(1000, 500), share=0.95, place=False)
            self.retired_window = window
        else:
            window.refresh()
        _bring_up(window)
        return window

    def restore_record(self, record_id: str) -> bool:
        """Bring a retired record back (from the history window); only in edit mode."""
        from referral_desk.services.editing import EditingError, EditRejected

        if not self.editing:
            message(self.window, self._title(), self.tr("Turn on Directory → Edit first."))
            return False
        reason, ok = QInputDialog.getText(
            self.window, self._title(), self.tr("Why does this record come back?")
        )
        if not ok:
            return False
        try:
            restored = self.host.desk.editing.restore(record_id, reason.strip())
        except (EditRejected, EditingError) as error:
            self._failed(error)
            return False
        self.undo_stack.clear()  # the records the stack knows changed under it
        from referral_desk.ui.restore_report import links_left

        summary = self.tr("%n record(s) restored.", "", len(restored.records))
        if restored.relinked:
            summary += " " + self.tr(
                "%n link(s) of other records put back.", "", len(restored.relinked)
            )
        left = links_left(restored, self._names_of_links(restored), self.host.lang)
        if left:
            summary += "\n\n" + self.tr("Not put back:") + "\n" + left
            message(self.window, self._title(), summary)
        else:
            self.window.statusBar().showMessage(summary, 8000)
        open_record = getattr(self.host, "open_record", None)
        if open_record is not None:
            open_record(restored.saved.record_id)
        return True

    def _names_of_links(self, restored: Restored) -> dict[str, RecordName]:
        targets = [i for link in restored.links for i in link.target_id.split(", ")]
        return self.host.desk.editing.names([*targets, *(link.record_id for link in restored.left)])

    def _report_links_left(self, restored: Restored) -> None:
        """After an undo or redo brought records back: the links it could not put back."""
        if not restored.left:
            return
        from referral_desk.ui.restore_report import links_left

        text = links_left(restored, self._names_of_links(restored), self.host.lang)
        message(
            self.window,
            self._title(),
            self.tr("The record is back, but not every link to it:") + "\n" + text,
        )

    def publish(self) -> bool:
        from referral_desk.ui.publish_dialog import PublishDialog

        if not self.editing:
            return False
        written = PublishDialog.ask(self.window, self.host.desk)
        if written is None:
            return False
        self.window.statusBar().showMessage(
            self.tr("The update was written to {path}.").format(path=written), 8000
        )
        return True
