"""The caseworker's pinned records: a short list one click (or Ctrl+D) away from the search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from referral_desk.domain.entities import Detail
from referral_desk.domain.vocab import Kind
from referral_desk.ui.plain_text import tooltip

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Pinned:
    """A pinned record as the list shows it."""

    id: str
    text: str
    tooltip: str = ""

    @classmethod
    def of(cls, detail: Detail, lang: str) -> Pinned:
        """``Name (Organization)`` for services and contacts, the name for organizations."""
        name = detail.name.get(lang)
        if detail.person:
            name = f"{detail.person} – {name}"
        organization = detail.organization.name.get(lang) if detail.organization else ""
        if organization and detail.kind is not Kind.ORGANIZATION:
            name = f"{name} ({organization})"
        return cls(detail.id, name, "\n".join(detail.name.all_names(lang)))


class FavouritesList(QWidget):
    """Pinned records; Enter or a click opens one, Delete unpins it."""

    open_record = Signal(str)
    unpin = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.retranslate()
        self.set_records([])

    def set_records(self, records: Sequence[Pinned]) -> None:
        current = self.current_id()
        self.list.clear()
        for record in records:
            item = QListWidgetItem(record.text)
            item.setData(RECORD_ID_ROLE, record.id)
            item.setToolTip(tooltip(record.tooltip))
            self.list.addItem(item)
            if record.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not records)

    def ids(self) -> list[str]:
        return [str(self.list.item(row).data(RECORD_ID_ROLE)) for row in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(RECORD_ID_ROLE)) if item else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_record.emit(str(item.data(RECORD_ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and self.current_id():
                self.unpin.emit(self.current_id())
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Pinned records") + "</b>")
        self.empty.setText(self.tr("Nothing pinned yet. Open a record and press Ctrl+D to pin it."))
        self.list.setAccessibleName(self.tr("Pinned records"))
        self.list.setAccessibleDescription(self.tr("Enter opens a record, Delete unpins it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
