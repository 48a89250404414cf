"""Editors for each type of directory field: texts side by side per language, lines, tables.

Controlled values get pickers: whole fields in ``code_editors``, table cells in ``code_cells``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from referral_desk.domain.editing import CODE_LISTS, CodeList, FieldSpec, FieldType
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.ui.code_cells import CodeDelegate
from referral_desk.ui.code_lists import code_combo, picked_code, set_code

LONG_TEXTS = frozenset({"description", "eligibility", "referral_notes"})
TEXT_COLUMNS = frozenset({"description"})  # a table's texts per language, edited below it
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

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.names = names
        self.lang = lang

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class TextsEditor(FieldEditor):
    """A text in each language, side by side; languages the program does not speak are kept."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names, lang)
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
                box.setCursorPosition(0)  # a long name shows its start, not its end
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

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names, lang)
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
    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names, lang)
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
    """An address or an organization's own name: one line (or picker) per part."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names, lang)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit | QComboBox] = {}
        for index, key in enumerate(spec.columns):
            label = QLabel(names(key), self)
            code_list = CODE_LISTS.get(key)
            line: QLineEdit | QComboBox
            if code_list in (CodeList.COUNTRY, CodeList.LANGUAGE):
                line = code_combo(self, code_list, lang)
            else:
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
            if isinstance(line, QComboBox):
                set_code(line, None if found is None else str(found))
            else:
                line.setText("" if found is None else str(found))
        self._other = values

    def value(self) -> Any:
        result = dict(self._other)
        for key, line in self.lines.items():
            text = picked_code(line) if isinstance(line, QComboBox) else line.text().strip()
            if text:
                result[key] = text
            else:
                result.pop(key, None)
        return result or None


class ItemsEditor(FieldEditor):
    """Phones, opening hours, service areas: a table, a row per item, add and remove."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, names: Names = str, lang: str = "en"
    ) -> None:
        super().__init__(spec, parent, names, lang)
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
        for column, key in enumerate(spec.columns):
            code_list = CODE_LISTS.get(key)
            if code_list is not None:
                country = spec.columns.index("country") if "country" in spec.columns else -1
                delegate = CodeDelegate(self.table, code_list, lang, country)
                self.table.setItemDelegateForColumn(column, delegate)
        self.row_texts: dict[int, TextsEditor] = {}  # column -> its texts of the current row
        self.row_text_titles: dict[int, QLabel] = {}
        self._text_row = -1
        for column, key in enumerate(spec.columns):
            if key not in TEXT_COLUMNS:
                continue
            self.table.setColumnHidden(column, True)
            texts = TextsEditor(FieldSpec(f"{spec.key} {key}", FieldType.TEXTS), self, names, lang)
            title = QLabel(self)
            title.setBuddy(texts.boxes[next(iter(texts.boxes))])
            texts.setEnabled(False)
            layout.addWidget(title)
            layout.addWidget(texts)
            self.row_texts[column] = texts
            self.row_text_titles[column] = title
        self.table.currentCellChanged.connect(self._row_changed)
        self._name_row_texts()

    def _name_row_texts(self) -> None:
        row = self.table.currentRow()
        for column, title in self.row_text_titles.items():
            name = self.names(self.spec.columns[column])
            where = f"#{row + 1}" if row >= 0 else "–"
            title.setText(f"{name} ({where}):")

    def _row_changed(self, row: int, _column: int, _previous: int, _previous_column: int) -> None:
        self._keep_texts()
        self._text_row = row
        for column, texts in self.row_texts.items():
            cell = self.table.item(row, column) if row >= 0 else None
            shown = self._parsed(cell.text().strip()) if cell is not None and cell.text() else None
            texts.set_value(shown if isinstance(shown, dict) else {"en": shown} if shown else None)
            texts.setEnabled(row >= 0)
        self._name_row_texts()

    def _keep_texts(self) -> None:
        """Put the texts edited below the table back into the row they belong to."""
        row = self._text_row
        if not 0 <= row < self.table.rowCount():
            return
        for column, texts in self.row_texts.items():
            value = texts.value()
            text = json.dumps(value, ensure_ascii=False) if value else ""
            cell = self.table.item(row, column)
            if cell is None:
                self.table.setItem(row, column, QTableWidgetItem(text))
            else:
                cell.setText(text)

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
            self._text_row = -1  # its texts go with it
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
        self._text_row = -1
        self.table.setRowCount(0)
        for item in value or []:
            self._add(dict(item))
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)

    def value(self) -> Any:
        self._keep_texts()
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
}  # by type; ``code_editors.editor_for`` puts pickers where a field's values come from a list
