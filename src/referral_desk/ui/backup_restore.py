"""File → Restore from backup…: choose a backup, bring it back and open the database again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from referral_desk.ui.plain_text import message
from referral_desk.ui.restore_choice import RestoreChoice

if TYPE_CHECKING:
    from referral_desk.services.desk import Desk


@dataclass(frozen=True)
class Restored:
    """The database opened again after a restore, and whether the settings came back too."""

    desk: Desk
    settings_back: bool


class BackupRestore(QObject):
    """Asks which backup, closes the database, brings the backup back (the file it replaces
    is kept, renamed) and opens it again; says what went wrong, if anything did."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def run(
        self, desk: Desk, detach: Callable[[], None], attach: Callable[[Desk], None]
    ) -> Restored | None:
        """Restore a backup of ``desk``: ``detach`` before its file is replaced, ``attach``
        the desk opened again (even when the restore failed). None when nothing was restored."""
        from referral_desk.services import maintenance
        from referral_desk.services.desk import Desk
        from referral_desk.services.errors import DESK_ERRORS

        path = desk.path
        title = self.tr("Restore from backup")
        if desk.central:
            message(
                self.window,
                title,
                self.tr("A central database is backed up by its server, not by this program."),
                QMessageBox.Icon.Information,
            )
            return None
        found = maintenance.list_backups(path)
        if not found:
            message(
                self.window, title, self.tr("There is no backup yet."), QMessageBox.Icon.Information
            )
            return None
        chosen = RestoreChoice.ask(self.window, [backup.name for backup in found])
        if chosen is None:
            return None
        detach()
        desk.close()
        failure = None
        settings_back = False
        try:
            settings_back = maintenance.restore(path, found[chosen])[2]
        except DESK_ERRORS as error:
            failure = str(error)
        try:
            opened = Desk.open(path)
        except DESK_ERRORS as error:
            message(self.window, title, str(error), QMessageBox.Icon.Critical)
            return None
        attach(opened)
        if failure is not None:
            message(self.window, title, failure)
            return None
        return Restored(opened, settings_back)
