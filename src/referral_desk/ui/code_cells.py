"""Table cells of codes in the record form: the name shown, a picker to edit (days: boxes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from referral_desk.domain.editing import DAY_CODES, CodeList
from referral_desk.ui.code_lists import (
    SEARCHED,
    code_combo,
    options,
    picked_code,
    set_code,
    shown_name,
)

Index = QModelIndex | QPersistentModelIndex


class DaysPicker(QWidget):
    """Days of the week to tick, Monday first; given and taken as iCalendar's ``MO,TU``."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for name, code in options(CodeList.WEEKDAYS, lang):
            box = QCheckBox(name, self)
            layout.addWidget(box)
            self.boxes[code] = box

    def set_days(self, text: str) -> None:
        days = {d.strip().upper() for d in text.split(",")}
        for code, box in self.boxes.items():
            box.setChecked(code in days)

    def days(self) -> str:
        return ",".join(code for code in DAY_CODES if self.boxes[code].isChecked())


class CodeDelegate(QStyledItemDelegate):
    """A table column of codes: shows each code's name and edits it with a picker.

    The cell keeps the code as its text, so the table gives the file's values back;
    a region's list is that of the country in the same row (``country_column``).
    """

    def __init__(
        self, parent: QWidget, code_list: CodeList, lang: str, country_column: int = -1
    ) -> None:
        super().__init__(parent)
        self.code_list, self.lang, self.country_column = code_list, lang, country_column

    def _country(self, index: Index) -> str:
        if self.country_column < 0:
            return ""
        return str(index.model().index(index.row(), self.country_column).data() or "")

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        code = str(index.data() or "")
        if code:
            option.text = shown_name(self.code_list, code, self.lang, self._country(index))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if self.code_list is CodeList.WEEKDAYS:
            return DaysPicker(parent, self.lang)
        editable = self.code_list in SEARCHED or self.code_list is CodeList.REGION
        combo = code_combo(parent, self.code_list, self.lang, self._country(index))
        combo.setEditable(editable)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        code = str(index.data() or "")
        if isinstance(editor, DaysPicker):
            editor.set_days(code)
        elif isinstance(editor, QComboBox):
            set_code(editor, code)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DaysPicker):
            model.setData(index, editor.days())
        elif isinstance(editor, QComboBox):
            model.setData(index, picked_code(editor))
