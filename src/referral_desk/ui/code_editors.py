"""The record form's pickers of whole fields: lists of codes and single codes, by their names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import CODE_LISTS, FieldSpec, FieldType
from referral_desk.ui.code_lists import SEARCHED, code_combo, options, picked_code, set_code
from referral_desk.ui.field_widgets import EDITORS, FieldEditor, Names

ERROR_STYLE = "color: #b00000"


class ChoicesEditor(FieldEditor):
    """A short list (categories, roles, populations…): every name with a box to tick."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list = QListWidget(self)
        self.list.setAccessibleName(spec.key)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.code_list = CODE_LISTS[spec.key]
        self._order: list[str] = []
        for name, code in options(self.code_list, lang):
            self._add(name, code)
        metrics = self.list.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(name) for name, _code in options(self.code_list, lang)
        )
        grid = QSize(widest + 36, metrics.height() + 8)
        self.list.setGridSize(grid)
        rows = -(-self.list.count() // 3)  # three columns in a form of the usual width
        self.list.setFixedHeight(min(rows, 9) * grid.height() + 8)
        layout.addWidget(self.list)

    def _add(self, name: str, code: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        chosen = [str(v) for v in value or []]
        self._order = chosen  # the record's order is kept; codes ticked later follow
        known = {item.data(Qt.ItemDataRole.UserRole) for item in self.items()}
        for code in chosen:
            if code not in known:  # a code the list does not hold is shown, and kept until untied
                self._add(code, code)
        for item in self.items():
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def value(self) -> Any:
        ticked = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return [c for c in self._order if c in ticked] + [c for c in ticked if c not in self._order]


class CodeListEditor(FieldEditor):
    """A long list (languages, countries): find one by typing, add it; the chosen, named, below."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names)
        self.code_list = CODE_LISTS[spec.key]
        self.names_of = dict((code, name) for name, code in options(self.code_list, lang))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.picker = code_combo(self, self.code_list, lang)
        find = self.tr("find one to add")  # outside the f-string, where lupdate finds it
        self.picker.setAccessibleName(f"{spec.key}: {find}")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_picked)
        self.typed = self.picker.lineEdit()
        for target in (self.picker, self.typed):  # Return adds what is picked, not save the form
            if target is not None:
                target.installEventFilter(self)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(spec.key)
        self.chosen.setFixedHeight(self.chosen.fontMetrics().lineSpacing() * 4 + 10)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.picker, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.chosen, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.problem, 2, 0, 1, 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.picker, self.typed)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_picked()
            return True
        return super().eventFilter(watched, event)

    def codes(self) -> list[str]:
        return [
            str(self.chosen.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.chosen.count())
        ]

    def _add(self, code: str) -> None:
        item = QListWidgetItem(self.names_of.get(code, code), self.chosen)
        item.setData(Qt.ItemDataRole.UserRole, code)

    def add_picked(self) -> bool:
        """Add what the picker shows; a text that names no value is refused beside it."""
        code = picked_code(self.picker)
        if not code:
            return False
        if code not in self.names_of:
            self.problem.setText(self.tr("“{text}” is not in the list.").format(text=code))
            self.problem.show()
            return False
        self.problem.hide()
        if code not in self.codes():
            self._add(code)
        self.picker.setCurrentIndex(0)
        return True

    def remove_chosen(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def set_value(self, value: Any) -> None:
        self.chosen.clear()
        for code in value or []:
            self._add(str(code))

    def value(self) -> Any:
        return self.codes()


class CodeEditor(FieldEditor):
    """One code (a time zone, a country): a picker, with a blank for none."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = code_combo(self, CODE_LISTS[spec.key], lang)
        self.combo.setAccessibleName(spec.key)
        layout.addWidget(self.combo)

    def set_value(self, value: Any) -> None:
        set_code(self.combo, None if value is None else str(value))

    def value(self) -> Any:
        return picked_code(self.combo) or None


def editor_for(
    spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
) -> FieldEditor:
    """The editor of one field: a picker where its values come from a list, else by its type."""
    code_list = CODE_LISTS.get(spec.key)
    if code_list is not None and spec.type is FieldType.CODES:
        kind = CodeListEditor if code_list in SEARCHED else ChoicesEditor
        return kind(spec, parent, names, lang)
    if code_list is not None and spec.type is FieldType.STRING:
        return CodeEditor(spec, parent, names, lang)
    return EDITORS[spec.type](spec, parent, names, lang)
