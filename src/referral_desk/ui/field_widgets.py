"""Editors for each type of directory field: texts side by side per language, lists, tables."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import FieldSpec, FieldType
from referral_desk.domain.languages import UI_LANGUAGES

LONG_TEXTS = frozenset({"description", "eligibility", "referral_notes"})
BOOL_COLUMNS = frozenset({"placeholder"})
# What a new row starts with (keys the file needs, even when empty).
NEW_ITEM: dict[str, dict[str, Any]] = {
    "phones": {"type": "voice"},
    "schedules": {"freq": "WEEKLY"},
    "service_areas": {"region": None},
}
Names = Callable[[str], str]  # a field or column key -> its translated name


class FieldEditor(QWidget):
    """One field's editor: shows a value, gives it back in the directory file's shape."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(parent)
        self.spec = spec
        self.names = names

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class TextsEditor(FieldEditor):
    """A text in each language, side by side; languages the program does not speak are kept."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(spec, parent, names)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.boxes: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._other: dict[str, str] = {}
        for column, (code, name) in enumerate(UI_LANGUAGES.items()):
            header = QLabel(name, self)
            layout.addWidget(header, 0, column)
            box: QLineEdit | QPlainTextEdit
            if spec.key in LONG_TEXTS:
                box = QPlainTextEdit(self)
                box.setTabChangesFocus(True)
                box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            else:
                box = QLineEdit(self)
            box.setAccessibleName(f"{spec.key} ({name})")
            header.setBuddy(box)
            layout.addWidget(box, 1, column)
            self.boxes[code] = box

    def set_value(self, value: Any) -> None:
        texts = dict(value or {})
        for code, box in self.boxes.items():
            text = str(texts.pop(code, ""))
            if isinstance(box, QLineEdit):
                box.setText(text)
            else:
                box.setPlainText(text)
        self._other = texts

    def value(self) -> Any:
        texts = dict(self._other)
        for code, box in self.boxes.items():
            text = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
            if text.strip():
                texts[code] = text.strip()
        return texts or None


class LineEditor(FieldEditor):
    """A line of text, a number, or a list of codes written ``a, b``."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(spec, parent, names)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(spec.key)
        layout.addWidget(self.line)
        self._bad = ""

    def set_value(self, value: Any) -> None:
        if self.spec.type is FieldType.CODES:
            self.line.setText(", ".join(str(v) for v in value or []))
        else:
            self.line.setText("" if value is None else str(value))

    def value(self) -> Any:
        text = self.line.text().strip()
        if self.spec.type is FieldType.CODES:
            return [part.strip() for part in text.split(",") if part.strip()]
        if not text:
            return None
        if self.spec.type in (FieldType.INTEGER, FieldType.NUMBER):
            try:
                return int(text) if self.spec.type is FieldType.INTEGER else float(text)
            except ValueError:
                return text  # the directory's checks name it: "… where a number belongs"
        return text


class BoolEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(spec, parent, names)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(spec.key)
        layout.addWidget(self.box)
        layout.addStretch()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> Any:
        return self.box.isChecked()


class MappingEditor(FieldEditor):
    """An address or an organization's own name: one line per part."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(spec, parent, names)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit] = {}
        for index, key in enumerate(spec.columns):
            label = QLabel(names(key), self)
            line = QLineEdit(self)
            line.setAccessibleName(f"{spec.key} {key}")
            label.setBuddy(line)
            layout.addWidget(label, index // 3 * 2, index % 3)
            layout.addWidget(line, index // 3 * 2 + 1, index % 3)
            self.lines[key] = line
        self._other: dict[str, Any] = {}

    def set_value(self, value: Any) -> None:
        values = dict(value or {})
        for key, line in self.lines.items():
            found = values.pop(key, None)
            line.setText("" if found is None else str(found))
        self._other = values

    def value(self) -> Any:
        result = dict(self._other)
        for key, line in self.lines.items():
            text = line.text().strip()
            if text:
                result[key] = text
            else:
                result.pop(key, None)
        return result or None


class ItemsEditor(FieldEditor):
    """Phones, opening hours, service areas: a table, a row per item, add and remove."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> None:
        super().__init__(spec, parent, names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(spec.columns), self)
        self.table.setHorizontalHeaderLabels([names(c) for c in spec.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(spec.key)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        rows = self.table.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(rows * 5)
        self.table.setMaximumHeight(rows * 12)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("+", self)
        self.remove_button = QPushButton("−", self)
        self.add_button.setAccessibleName(f"add to {spec.key}")
        self.remove_button.setAccessibleName(f"remove from {spec.key}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self) -> None:
        self._add(dict(NEW_ITEM.get(self.spec.key, {})))

    def _add(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.spec.columns):
            cell = self._cell(key, item.get(key))
            if column == 0:
                cell.setData(Qt.ItemDataRole.UserRole, item)  # keys not shown are kept
            self.table.setItem(row, column, cell)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    @staticmethod
    def _cell(key: str, value: Any) -> QTableWidgetItem:
        if key in BOOL_COLUMNS:
            item = QTableWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            return item
        if isinstance(value, dict | list):
            return QTableWidgetItem(json.dumps(value, ensure_ascii=False))
        return QTableWidgetItem("" if value is None else str(value))

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value or []:
            self._add(dict(item))

    def value(self) -> Any:
        items = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            original = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            item: dict[str, Any] = dict(original or {})
            for column, key in enumerate(self.spec.columns):
                cell = self.table.item(row, column)
                if cell is None:
                    continue
                if key in BOOL_COLUMNS:
                    if cell.checkState() == Qt.CheckState.Checked:
                        item[key] = True
                    else:
                        item.pop(key, None)
                    continue
                text = cell.text().strip()
                if not text:
                    if item.get(key) is not None or key not in item:
                        item.pop(key, None)
                    continue
                item[key] = self._parsed(text)
            if any(v not in (None, "") for v in item.values()):
                items.append(item)
        return items

    @staticmethod
    def _parsed(text: str) -> Any:
        if text[:1] in "{[":
            try:
                return json.loads(text)
            except ValueError:
                pass
        return text


EDITORS: dict[FieldType, type[FieldEditor]] = {
    FieldType.TEXTS: TextsEditor,
    FieldType.STRING: LineEditor,
    FieldType.INTEGER: LineEditor,
    FieldType.NUMBER: LineEditor,
    FieldType.CODES: LineEditor,
    FieldType.BOOL: BoolEditor,
    FieldType.MAPPING: MappingEditor,
    FieldType.ITEMS: ItemsEditor,
}


def editor_for(spec: FieldSpec, parent: QWidget | None = None, names: Names = str) -> FieldEditor:
    return EDITORS[spec.type](spec, parent, names)
