"""The Directory menu's update actions and the status bar's word on how current the directory is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from referral_desk.ui import plain_text
from referral_desk.ui.plain_text import tooltip
from referral_desk.ui.status_line import ElidedLabel

if TYPE_CHECKING:  # the desk pulls in SQLAlchemy: imported when first used
    from referral_desk.services.updates import AppliedUpdate, PublisherStatus, UpdatePreview
    from referral_desk.ui.main_actions import ActionsHost

STALE_STYLE = "color: #b00000; font-weight: bold"
MAX_FROM_ONE_FOLDER = 20  # updates applied one after another from one folder


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class UpdateActions(QObject):
    """Update from a file or a folder, undo the last update, the history; the freshness label."""

    def __init__(self, window: QMainWindow, host: ActionsHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.menu = menu
        self.file_action = QAction(window)
        self.file_action.triggered.connect(self.choose_file)
        self.folder_action = QAction(window)
        self.folder_action.triggered.connect(self.choose_folder)
        self.address_action = QAction(window)
        self.address_action.triggered.connect(self.choose_address)
        self.undo_action = QAction(window)
        self.undo_action.triggered.connect(self.undo)
        self.history_action = QAction(window)
        self.history_action.triggered.connect(self.show_history)
        menu.addActions([self.file_action, self.folder_action, self.address_action])
        menu.addSeparator()
        menu.addActions([self.undo_action, self.history_action])
        self.status_label = ElidedLabel(window)  # plain text; gives way in a narrow window
        window.statusBar().addPermanentWidget(self.status_label)
        self.statuses: list[PublisherStatus] = []
        self.undoable = False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Directory"))
        self.file_action.setText(self.tr("Update from &file…"))
        self.file_action.setStatusTip(
            self.tr("Check a signed directory update, see what it changes, then apply it")
        )
        self.folder_action.setText(self.tr("Update from f&older or USB stick…"))
        self.folder_action.setStatusTip(self.tr("Use the newest valid update in a folder"))
        self.address_action.setText(self.tr("Update from &address…"))
        self.address_action.setStatusTip(
            self.tr("Download a signed directory update from an HTTPS address, then check it")
        )
        self.undo_action.setText(self.tr("&Undo last update or import"))
        self.undo_action.setStatusTip(
            self.tr("Put back the directory the last update or import replaced")
        )
        self.history_action.setText(self.tr("Update &history…"))
        self.history_action.setStatusTip(
            self.tr("The directory updates applied and the files imported at this post")
        )
        self.show_status()

    def update(self) -> None:
        loaded = self.host.has_directory
        for action in (
            self.file_action,
            self.folder_action,
            self.address_action,
            self.history_action,
        ):
            action.setEnabled(loaded)
        self.undo_action.setEnabled(loaded and self.undoable)

    # -- the status bar

    def refresh(self, today: date | None = None) -> None:
        """Read each publisher's update in force again (after a change of the directory)."""
        if not self.host.has_directory:
            return
        self.statuses = self.host.desk.updates.status(today)
        self.undoable = self.host.desk.updates.can_undo()
        self.show_status()
        self.update()

    def show_status(self) -> None:
        lang = self.host.lang
        if not self.statuses:
            self.status_label.setText(self.tr("No signed update applied yet"))
            self.status_label.setToolTip(
                self.tr("The directory was not loaded from a signed update of a coordinator.")
            )
            self.status_label.setStyleSheet("")
            return
        parts, tips = [], []
        stale = [s for s in self.statuses if s.stale]
        # the stale first: a status bar too narrow for every publisher cuts off the end
        for status in stale + [s for s in self.statuses if not s.stale]:
            text = self.tr("{publisher}: no. {number} of {date}").format(
                publisher=status.publisher_name(lang),
                number=status.sequence,
                date=status.created.isoformat(),
            )
            parts.append(("⚠ " if status.stale else "") + text)
            if status.stale:
                tips.append(
                    self.tr(
                        "The directory from {publisher} is older than {days} days. Ask your "
                        "national coordinator for a new update."
                    ).format(publisher=status.publisher_name(lang), days=status.stale_after_days)
                )
        self.status_label.setText(" · ".join(parts))
        self.status_label.setToolTip(tooltip("\n".join(tips + parts)))  # all, if cut off
        self.status_label.setStyleSheet(STALE_STYLE if stale else "")

    # -- the actions

    def choose_file(self) -> bool:
        from referral_desk.exchange.bundle import SUFFIX

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Update from file"),
            str(Path.home()),
            self.tr("Directory updates (*{suffix})").format(suffix=SUFFIX),
        )
        return bool(path) and self.update_from(Path(path))

    def choose_folder(self) -> bool:
        path = QFileDialog.getExistingDirectory(
            self.window, self.tr("Update from folder or USB stick"), str(Path.home())
        )
        return bool(path) and self.update_from(Path(path))

    def choose_address(self) -> bool:
        from referral_desk.ui.update_address import UpdateAddressDialog

        chosen = UpdateAddressDialog.ask(self.window)
        if chosen is None:
            return False
        url, ca_file = chosen
        return self.update_from(url, ca_file)

    def _warn(self, title: str, text: str) -> None:
        plain_text.message(self.window, title, text)  # may name a file or a publisher

    def update_from(self, path: Path | str, ca_file: Path | None = None) -> bool:
        """Check the update at ``path`` (a file, a folder or an HTTPS address, checked against
        ``ca_file`` if given), show the preview, apply it if asked; True when applied.

        From a folder (a USB stick with an update of each publisher) the next publisher's
        newest update is previewed after each one applied, until none is left or one is
        cancelled."""
        applied = self._preview_and_apply(path, ca_file)
        if applied is None:
            return False
        done = [applied]
        while isinstance(path, Path) and path.is_dir() and len(done) < MAX_FROM_ONE_FOLDER:
            # Refused as applied or older: nothing newer is left in the folder, no warning.
            following = self._preview_and_apply(path, None, nothing_newer_is_quiet=True)
            if following is None:
                break
            done.append(following)
        self.window.statusBar().showMessage(
            self.tr("Updates applied: {updates}.").format(
                updates=", ".join(
                    self.tr("{number} from {publisher}").format(
                        number=a.sequence, publisher=a.publisher_name(self.host.lang)
                    )
                    for a in done
                )
            )
            if len(done) > 1
            else self.tr("Update {number} from {publisher} applied.").format(
                number=applied.sequence, publisher=applied.publisher_name(self.host.lang)
            ),
            8000,
        )
        return True

    def _preview_and_apply(
        self, path: Path | str, ca_file: Path | None, nothing_newer_is_quiet: bool = False
    ) -> AppliedUpdate | None:
        """One update checked, previewed and, if the caseworker agrees, applied."""
        from referral_desk.exchange.refusals import NOTHING_NEWER, UpdateRefused
        from referral_desk.services.errors import DatabaseError
        from referral_desk.ui.update_preview import UpdatePreviewDialog

        updates = self.host.desk.updates
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if isinstance(path, str):
                preview: UpdatePreview = updates.check_address(path, ca_file)
            else:
                preview = updates.check(path)
        except UpdateRefused as error:
            QGuiApplication.restoreOverrideCursor()
            if not (nothing_newer_is_quiet and error.reason in NOTHING_NEWER):
                self._warn(self.tr("The update was not applied"), error.sentence(_translate))
            return None
        QGuiApplication.restoreOverrideCursor()
        if not UpdatePreviewDialog.ask(
            self.window, preview, self.host.lang, self.host.settings.post_timezone
        ):
            return None
        try:
            return updates.apply(preview, datetime.now(UTC))
        except UpdateRefused as error:
            self._warn(self.tr("The update was not applied"), error.sentence(_translate))
        except DatabaseError as error:
            self._warn(self.tr("The update was not applied"), str(error))
        return None

    def undo(self) -> bool:
        history = self.host.desk.updates.history()
        if not history or not history[0].can_undo:
            return False
        last = history[0]
        imported = last.imported
        if imported is None:
            question = self.tr(
                "Undo update {number} from {publisher}? The directory goes back to what it "
                "was before that update. The referral log and your favourites stay as they are."
            ).format(number=last.sequence, publisher=last.publisher_name(self.host.lang))
        else:
            question = self.tr(
                "Undo the import of {file}? The directory goes back to what it was before "
                "that import. The referral log, your favourites and notes stay as they are."
            ).format(file=imported.name)
        title = self.tr("Undo last update") if imported is None else self.tr("Undo the import")
        if not plain_text.ask(self.window, title, question):
            return False
        undone = self.host.desk.updates.undo()
        if undone is not None:
            done = (
                self.tr("The last update was undone.")
                if imported is None
                else self.tr("The import of {file} was undone.").format(file=imported.name)
            )
            self.window.statusBar().showMessage(done, 8000)
        return undone is not None

    def show_history(self) -> None:
        from referral_desk.ui.update_history import UpdateHistoryDialog

        dialog = UpdateHistoryDialog(
            self.host.desk.updates.history(),
            self.host.lang,
            self.window,
            undo=self.undo,
            zone=self.host.settings.post_timezone,
        )
        dialog.exec()
