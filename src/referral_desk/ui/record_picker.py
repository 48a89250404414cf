"""The record form's links to other records: found by name, shown by name, kept as ids.

An organization's parent and a liaison officer's counterpart across the border are
found with the directory's own search; a contact's service and location and a
service's locations among the records of the same organization. The chosen record
is shown by its name in the UI language, its kind and its country; the field's
value stays the record's id (a list of ids for a service's locations).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from referral_desk.domain.codes import country_name
from referral_desk.domain.editing import FieldSpec, FieldType, RecordKind
from referral_desk.domain.search import SearchFilters
from referral_desk.domain.text import fold
from referral_desk.domain.vocab import Kind
from referral_desk.ui.field_names import kind_name
from referral_desk.ui.field_widgets import FieldEditor, Names

if TYPE_CHECKING:
    from referral_desk.domain.editing import RecordName
    from referral_desk.services.desk import Desk

MOST_SHOWN = 30  # hits listed at once: a coordinator types more rather than scrolls
# Which records each link field points at, and whether they are the same organization's.
TARGETS: dict[str, tuple[RecordKind, bool]] = {
    "parent_id": (RecordKind.ORGANIZATION, False),
    "counterpart_id": (RecordKind.CONTACT, False),
    "service_id": (RecordKind.SERVICE, True),
    "location_id": (RecordKind.LOCATION, True),
    "location_ids": (RecordKind.LOCATION, True),
}


@dataclass(frozen=True)
class Choice:
    """A record a link may point at, as the picker lists it."""

    id: str
    name: str
    detail: str  # kind, organization, country


def _detail(kind: RecordKind, country: str, organization: str, lang: str) -> str:
    parts = [kind_name(kind)]
    if organization:
        parts.append(organization)
    if country:
        parts.append(country_name(country, lang) or country)
    return " · ".join(parts)


class RecordFinder:
    """Where a link field's records come from, named in the UI language."""

    def __init__(
        self,
        desk: Desk,
        kind: RecordKind,
        organization_id: str | None,
        own_id: str | None,
        lang: str,
    ) -> None:
        self.desk, self.kind, self.lang = desk, kind, lang
        self.organization_id, self.own_id = organization_id, own_id
        self.country: Callable[[], str | None] = lambda: None  # only this country's, if any

    def find(self, text: str) -> list[Choice]:
        """The records whose names match ``text``: the directory's search, or among the
        organization's own records (all of them for no text)."""
        raise NotImplementedError

    def named(self, ids: list[str]) -> dict[str, Choice]:
        """The records of these ids that are in the directory, named."""
        names = self.desk.editing.names(ids)
        organizations = self.desk.editing.names(
            [n.organization_id for n in names.values() if n.kind is not RecordKind.ORGANIZATION]
        )
        found = {}
        for record_id, name in names.items():
            organization = organizations.get(name.organization_id)
            shown = organization.name(self.lang) if organization is not None else ""
            found[record_id] = Choice(
                record_id, name.name(self.lang), _detail(name.kind, name.country, shown, self.lang)
            )
        return found


class DirectoryFinder(RecordFinder):
    """Organizations or contacts anywhere in the directory, by its search."""

    def find(self, text: str) -> list[Choice]:
        if not text.strip():
            return []
        kind = Kind.ORGANIZATION if self.kind is RecordKind.ORGANIZATION else Kind.CONTACT
        filters = SearchFilters(kind=kind, country=self.country() or None)
        hits = self.desk.directory.search(text, filters, limit=MOST_SHOWN + 1)
        found = []
        for hit in hits:
            if hit.id == self.own_id:
                continue
            organization = "" if hit.kind is Kind.ORGANIZATION else hit.organization.get(self.lang)
            detail = _detail(self.kind, hit.country, organization, self.lang)
            found.append(Choice(hit.id, hit.name.get(self.lang), detail))
        return found[:MOST_SHOWN]


class SiblingFinder(RecordFinder):
    """The locations or services of the record's own organization."""

    def _records(self) -> list[RecordName]:
        if not self.organization_id:
            return []
        return self.desk.editing.records_of(self.organization_id, self.kind)

    def find(self, text: str) -> list[Choice]:
        wanted = fold(text)
        found = []
        for record in self._records():
            every_name = [record.name(self.lang), *record.names.values(), record.own or ""]
            if wanted and not any(wanted in fold(name) for name in every_name if name):
                continue
            detail = _detail(self.kind, record.country, "", self.lang)
            found.append(Choice(record.id, record.name(self.lang), detail))
        return found[:MOST_SHOWN]


class RecordPicker(FieldEditor):
    """A link field: type a name, pick a record from the hits; the chosen shown by name,
    removed with Clear (Remove for one of a list)."""

    def __init__(
        self,
        spec: FieldSpec,
        finder: RecordFinder,
        parent: QWidget | None = None,
        names: Names = str,
        lang: str = "en",
    ) -> None:
        super().__init__(spec, parent, names, lang)
        self.finder = finder
        self.several = spec.type is FieldType.CODES
        self._chosen: list[str] = []
        self._known: dict[str, Choice] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(spec.key)
        rows = 3 if self.several else 1
        self.chosen.setFixedHeight(self.chosen.fontMetrics().lineSpacing() * 2 * rows + 8)
        self.chosen.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.several
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.clear_button = QPushButton(self.tr("Remove") if self.several else self.tr("Clear"))
        self.clear_button.setParent(self)
        self.clear_button.clicked.connect(self.clear_chosen)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name to find a record"))
        find_one = self.tr("find a record")
        self.search.setAccessibleName(f"{spec.key}: {find_one}")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.look_up)
        self.hits = QListWidget(self)
        found = self.tr("records found")
        self.hits.setAccessibleName(f"{spec.key}: {found}")
        self.hits.itemActivated.connect(self.pick)
        self.hits.itemClicked.connect(self.pick)
        for watched in (self.search, self.hits):
            watched.installEventFilter(self)
        self.hits.hide()
        self.status = QLabel(self)
        self.status.hide()
        layout.addWidget(self.chosen, 0, 0)
        layout.addWidget(self.clear_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.search, 1, 0, 1, 2)
        layout.addWidget(self.hits, 2, 0, 1, 2)
        layout.addWidget(self.status, 3, 0, 1, 2)
        self._show_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return picks the first hit (it must not save the form); Down goes to the hits;
        entering the empty field lists the organization's own records to choose from."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.FocusIn
            and not self.search.text()
            and not self.hits.count()
        ):
            self.look_up("")
        if watched in (self.search, self.hits) and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self._close_when_left)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.hits.count():
                    self.pick(self.hits.item(0))
                return True
            if event.key() == Qt.Key.Key_Down and self.hits.count():
                self.hits.setFocus()
                self.hits.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _close_when_left(self) -> None:
        """The hits close once the focus leaves the picker with nothing typed."""
        focused = (self.search.hasFocus(), self.hits.hasFocus())
        if not any(focused) and not self.search.text():
            self.hits.clear()
            self.hits.hide()

    def look_up(self, text: str) -> None:
        self.hits.clear()
        choices = self.finder.find(text)
        for choice in choices:
            item = QListWidgetItem(f"{choice.name}\n    {choice.detail}", self.hits)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self._known[choice.id] = choice
        rows = min(len(choices), 5)
        self.hits.setFixedHeight(self.hits.fontMetrics().lineSpacing() * 2 * rows + 8)
        self.hits.setVisible(bool(choices))
        nothing = bool(text.strip()) and not choices
        self.status.setText(self.tr("No record of this name.") if nothing else "")
        self.status.setVisible(nothing)

    def pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self.several:
            if record_id not in self._chosen:
                self._chosen.append(record_id)
        else:
            self._chosen = [record_id]
        self.search.clear()
        self.hits.clear()
        self.hits.hide()
        self._show_chosen()
        self.search.setFocus()

    def clear_chosen(self) -> None:
        """Clear the link (of a list: the selected one, else the last)."""
        if self.several and self._chosen:
            row = self.chosen.currentRow()
            del self._chosen[row if 0 <= row < len(self._chosen) else -1]
        else:
            self._chosen = []
        self._show_chosen()

    def _show_chosen(self) -> None:
        missing = [i for i in self._chosen if i not in self._known]
        if missing:
            self._known.update(self.finder.named(missing))
        self.chosen.clear()
        for record_id in self._chosen:
            choice = self._known.get(record_id)
            if choice is None:
                text = self.tr("{id} (no record with this id in the directory)").format(
                    id=record_id
                )
            else:
                text = f"{choice.name}\n    {choice.detail}"
            item = QListWidgetItem(text, self.chosen)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(record_id)
        if not self._chosen:
            item = QListWidgetItem(self.tr("(none)"), self.chosen)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.clear_button.setEnabled(bool(self._chosen))

    def chosen_names(self) -> list[str]:
        """The names shown for the chosen records (their first line)."""
        return [
            self.chosen.item(row).text().split("\n")[0]
            for row in range(self.chosen.count())
            if self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
        ]

    def set_value(self, value: Any) -> None:
        if self.several:
            self._chosen = [str(v) for v in value or []]
        else:
            self._chosen = [str(value)] if value else []
        self._show_chosen()

    def value(self) -> Any:
        if self.several:
            return list(self._chosen)
        return self._chosen[0] if self._chosen else None


def record_picker(
    spec: FieldSpec,
    parent: QWidget | None,
    desk: Desk,
    *,
    organization_id: str | None,
    own_id: str | None,
    names: Names = str,
    lang: str = "en",
) -> RecordPicker:
    """The picker of one link field (a key of ``TARGETS``)."""
    kind, same_organization = TARGETS[spec.key]
    finder_type: Callable[..., RecordFinder] = (
        SiblingFinder if same_organization else DirectoryFinder
    )
    finder = finder_type(desk, kind, organization_id, own_id, lang)
    return RecordPicker(spec, finder, parent, names, lang)
