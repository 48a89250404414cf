"""The desk's change notices as one Qt signal: windows refresh from it, not from each other."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the services are imported once the window is on screen
    from referral_desk.services.desk import Desk


class ChangeBridge(QObject):
    """Emits ``changed(Changes)`` after each operation of the watched desk that changed data."""

    changed = Signal(object)  # a services.changes.Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        stops: list[Callable[[], None]] = []
        self._stops = stops

        def stop_all() -> None:  # no notice may reach a deleted bridge
            while stops:
                stops.pop()()

        self._stop_all = stop_all
        self.destroyed.connect(stop_all)

    def watch(self, desk: Desk) -> None:
        """Pass on this desk's notices (and no longer those of a desk watched before)."""
        self.stop()
        self._stops.append(desk.subscribe(self.changed.emit))

    def stop(self) -> None:
        """Pass on no more notices."""
        self._stop_all()
