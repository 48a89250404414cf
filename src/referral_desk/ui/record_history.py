"""The records a caseworker opened, for Back and Forward in the detail pane.

Only records the caseworker opened count (clicked, Enter, a link, or kept selected for
a moment): the ones that flashed by in the detail pane while typing do not.
"""

from __future__ import annotations

MAX_RECORDS = 50


class RecordHistory:
    """A browser-like list of opened records and the place in it."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._at = -1

    def opened(self, record_id: str) -> None:
        """The caseworker opened this record: it follows the current one; Forward is gone."""
        if self._at >= 0 and self._ids[self._at] == record_id:
            return
        del self._ids[self._at + 1 :]
        self._ids.append(record_id)
        if len(self._ids) > MAX_RECORDS:
            del self._ids[: len(self._ids) - MAX_RECORDS]
        self._at = len(self._ids) - 1

    def can_go_back(self, shown: str | None) -> bool:
        return self._back_index(shown) is not None

    def can_go_forward(self) -> bool:
        return self._at + 1 < len(self._ids)

    def back(self, shown: str | None) -> str | None:
        """The record to show on Back: the last opened one if another is shown (one that
        flashed by while typing), else the one opened before it."""
        index = self._back_index(shown)
        if index is None:
            return None
        self._at = index
        return self._ids[index]

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self._ids[self._at]

    def forget(self, record_id: str) -> None:
        """A record no longer in the directory leaves the history."""
        while record_id in self._ids:
            index = self._ids.index(record_id)
            del self._ids[index]
            if index <= self._at:
                self._at -= 1
        self._at = max(min(self._at, len(self._ids) - 1), -1 if not self._ids else 0)

    def _back_index(self, shown: str | None) -> int | None:
        if self._at < 0:
            return None
        if shown != self._ids[self._at]:
            return self._at
        return self._at - 1 if self._at > 0 else None
