"""The form that edits one record (or makes a new one): each field, its error beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.editing import FIELDS, LINK_FIELDS, RecordKind, same_value
from referral_desk.ui.check_messages import problem_line, problem_message
from referral_desk.ui.code_editors import editor_for
from referral_desk.ui.conflict_dialog import ConflictDialog
from referral_desk.ui.field_names import field_name, kind_name
from referral_desk.ui.field_widgets import FieldEditor
from referral_desk.ui.record_picker import RecordPicker, record_picker

if TYPE_CHECKING:
    from referral_desk.services.desk import Desk
    from referral_desk.services.editing import EditableRecord, FieldProblem, SavedEdit

ERROR_STYLE = "color: #b00000"


def _place(rest: str) -> str:
    """Where in a field a problem is, as people count: ``[0].number`` -> ``#1 Number``."""
    parts = []
    for index, key in re.findall(r"\[(\d+)\]|\.?([a-z_0-9]+)", rest):
        parts.append(f"#{int(index) + 1}" if index else field_name(key))
    return " ".join(parts)


@dataclass(frozen=True)
class EditDone:
    """What a saved form did: the values before (None for a new record) and the save."""

    before: dict[str, Any] | None
    saved: SavedEdit


class RecordEditor(QDialog):
    """Edit the fields of one record, or fill in a new one; saving goes through the service."""

    def __init__(
        self,
        parent: QWidget | None,
        desk: Desk,
        kind: RecordKind,
        record: EditableRecord | None = None,
        *,
        organization_id: str | None = None,
        country: str | None = None,
        lang: str = "en",
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kind = kind
        self.record = record
        self.organization_id = organization_id
        self.country = country
        self.done_edit: EditDone | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        own_organization = record.organization_id if record is not None else organization_id
        for spec in FIELDS[kind]:
            if spec.key in LINK_FIELDS:  # found and shown by name, kept as ids
                editor: FieldEditor = record_picker(
                    spec, form_widget, desk, organization_id=own_organization,
                    own_id=record.id if record is not None else None, names=field_name, lang=lang,
                )  # fmt: skip
            else:
                editor = editor_for(spec, form_widget, field_name, lang)
            error = QLabel(form_widget)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            holder = QWidget(form_widget)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(field_name(spec.key), form_widget)
            label.setBuddy(editor)
            form.addRow(label, holder)
            self.editors[spec.key] = editor
            self.errors[spec.key] = error
            if record is not None:
                editor.set_value(record.fields.get(spec.key))
        counterpart = self.editors.get("counterpart_id")
        across = self.editors.get("counterpart_country")
        if isinstance(counterpart, RecordPicker) and across is not None:
            counterpart.finder.country = across.value  # a counterpart in the country named
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.reason = QLineEdit(reason, self)
        reason_form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason for the change:"), self)
        reason_label.setBuddy(self.reason)
        reason_form.addRow(reason_label, self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(reason_form)
        layout.addWidget(self.buttons)
        if record is None:
            title = self.tr("New record: {kind}").format(kind=kind_name(kind))
        else:
            name = record.label_in(lang)
            title = self.tr("Edit {kind}: {name}").format(kind=kind_name(kind), name=name)
        self.setWindowTitle(title)
        self.resize(960, 700)

    @staticmethod
    def ask(
        parent: QWidget | None,
        desk: Desk,
        kind: RecordKind,
        record: EditableRecord | None = None,
        *,
        organization_id: str | None = None,
        country: str | None = None,
        lang: str = "en",
        reason: str = "",
    ) -> EditDone | None:
        """Show the form; what was saved, or None when the editor cancels."""
        dialog = RecordEditor(
            parent, desk, kind, record,
            organization_id=organization_id, country=country, lang=lang, reason=reason,
        )  # fmt: skip
        try:
            return dialog.done_edit if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def values(self) -> dict[str, Any]:
        """Each field's value; a field the record does not have stays out while left empty."""
        present = self.record.fields if self.record is not None else {}
        values = {}
        for key, editor in self.editors.items():
            value = editor.value()
            if key in present or value not in (None, [], {}):
                values[key] = value
        return values

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem beside its field; the record's own or other records' at the bottom."""
        shown: dict[str, list[str]] = {}
        general: list[str] = []
        own_id = self.record.id if self.record is not None else None
        for problem in problems:
            key = problem.field.split(".")[0].split("[")[0]
            if key in self.errors and (own_id is None or problem.record_id == own_id):
                where = _place(problem.field[len(key) :])
                message = problem_message(problem)
                shown.setdefault(key, []).append(f"{where}: {message}" if where else message)
            else:
                general.append(problem_line(problem))
        for key, label in self.errors.items():
            label.setText("\n".join(shown.get(key, [])))
            label.setVisible(key in shown)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((self.editors[k] for k in self.editors if k in shown), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()

    def save(self) -> None:
        from referral_desk.services.editing import EditConflict, EditingError, EditRejected

        editing = self.desk.editing
        reason = self.reason.text().strip()
        values = self.values()
        try:
            if self.record is None:
                saved = editing.create(
                    self.kind,
                    values,
                    reason,
                    organization_id=self.organization_id,
                    country=self.country,
                )
                self.done_edit = EditDone(None, saved)
            else:
                before = dict(self.record.fields)
                # only what this editor changed: keeping mine after a conflict must not put
                # back the fields someone else changed meanwhile
                mine = {k: v for k, v in values.items() if not same_value(v, before.get(k))}
                over = self._save_over(mine, reason, self.record.version)
                if over is None:
                    return
                self.done_edit = EditDone(before, over)
        except EditRejected as refused:
            self.show_problems(refused.problems)
            return
        except EditingError as error:
            self.show_problems([])
            self.general_error.setText(str(error))
            self.general_error.show()
            return
        except EditConflict:  # pragma: no cover - _save_over handles it
            return
        self.accept()

    def _save_over(self, values: dict[str, Any], reason: str, version: int) -> SavedEdit | None:
        """Save; when someone saved first, show both versions and let the editor choose."""
        from referral_desk.services.editing import EditConflict

        assert self.record is not None
        try:
            return self.desk.editing.save(self.record.id, version, values, reason)
        except EditConflict as conflict:
            choice = ConflictDialog.ask(self, conflict)
            if choice == ConflictDialog.KEEP_MINE:
                return self._save_over(values, reason, conflict.current_version)
            if choice == ConflictDialog.TAKE_THEIRS:
                self.record = self.desk.editing.record(self.record.id)
                for key, editor in self.editors.items():
                    editor.set_value(self.record.fields.get(key))
            return None
