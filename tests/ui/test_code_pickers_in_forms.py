"""The record form offers every controlled value as a picker named in the UI language, keeps
the codes the file stores, says beside the field what it cannot take, and shows a phone's
description per language instead of as JSON."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from referral_desk.domain.editing import CODE_LISTS, FIELDS, CodeList, FieldType
from referral_desk.services.desk import Desk
from referral_desk.ui.code_cells import CodeDelegate, DaysPicker
from referral_desk.ui.code_editors import ChoicesEditor, CodeEditor, CodeListEditor
from referral_desk.ui.code_lists import options
from referral_desk.ui.field_widgets import ItemsEditor, LineEditor, MappingEditor
from referral_desk.ui.record_editor import RecordEditor
from referral_desk.ui.translators import install_translators

SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def bulgarian() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "bg")
    yield
    install_translators(app, "en")


def form(qtbot: QtBot, desk: Desk, record_id: str, lang: str = "en") -> RecordEditor:
    record = desk.editing.record(record_id)
    dialog = RecordEditor(None, desk, record.kind, record, lang=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_no_controlled_field_is_left_as_plain_text(qtbot: QtBot, sample_desk: Desk) -> None:
    for record_id in (SERVICE, LOCATION, CONTACT):
        dialog = form(qtbot, sample_desk, record_id)
        for spec in FIELDS[dialog.kind]:
            editor = dialog.editors[spec.key]
            if spec.key in CODE_LISTS and spec.type is not FieldType.MAPPING:
                assert not isinstance(editor, LineEditor), spec.key
            if isinstance(editor, MappingEditor):
                for key, line in editor.lines.items():
                    coded = CODE_LISTS.get(key) in (CodeList.COUNTRY, CodeList.LANGUAGE)
                    assert isinstance(line, QComboBox) is coded, key
            if isinstance(editor, ItemsEditor):
                for column, key in enumerate(spec.columns):
                    delegate = editor.table.itemDelegateForColumn(column)
                    assert isinstance(delegate, CodeDelegate) is (key in CODE_LISTS), key


def test_short_lists_are_ticked_by_name_and_keep_the_stored_order(
    qtbot: QtBot, sample_desk: Desk, bulgarian: None
) -> None:
    dialog = form(qtbot, sample_desk, SERVICE, "bg")
    categories = dialog.editors["categories"]
    assert isinstance(categories, ChoicesEditor)
    names = {item.text(): item for item in categories.items()}
    assert "Полиция" in names and "Police" not in names  # the UI language's names
    before = categories.value()
    names["Приют"].setCheckState(Qt.CheckState.Checked)
    assert categories.value() == [*before, "shelter"]
    genders = dialog.editors["genders"]
    assert isinstance(genders, ChoicesEditor)
    genders.items()[0].setCheckState(Qt.CheckState.Checked)
    assert genders.value() == ["female"]


def test_a_code_the_list_does_not_hold_is_kept_until_untied(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, SERVICE)
    roles = dialog.editors["roles"]
    assert isinstance(roles, ChoicesEditor)
    roles.set_value(["police", "old_role"])
    assert roles.value() == ["police", "old_role"]


def test_languages_are_found_by_name_and_a_wrong_one_is_refused_beside_the_field(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, SERVICE)
    languages = dialog.editors["languages"]
    assert isinstance(languages, CodeListEditor)
    before = languages.value()
    languages.picker.setEditText("Romanian (ro)")
    assert languages.add_picked() and languages.value() == [*before, "ro"]
    assert languages.chosen.item(languages.chosen.count() - 1).text() == "Romanian (ro)"
    languages.picker.setEditText("Hungarian (hu)")
    qtbot.keyClick(languages.picker, Qt.Key.Key_Return)  # adds it; the form is not saved
    assert languages.value() == [*before, "ro", "hu"] and dialog.isVisible()
    assert dialog.done_edit is None
    languages.picker.setEditText("Klingonish")
    assert not languages.add_picked()
    assert languages.problem.isVisible() and "Klingonish" in languages.problem.text()
    assert languages.value() == [*before, "ro", "hu"]


def test_a_time_zone_not_in_the_list_gets_its_error_beside_the_field(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, LOCATION)
    zone = dialog.editors["timezone"]
    assert isinstance(zone, CodeEditor) and zone.value() == "Europe/Vienna"
    zone.combo.setEditText("Mars/Olympus")
    dialog.reason.setText("test")
    dialog.save()
    assert dialog.errors["timezone"].isVisible() and dialog.done_edit is None
    assert sample_desk.editing.history() == []
    zone.combo.setEditText("Europe/Sofia")
    dialog.save()
    assert dialog.done_edit is not None
    assert sample_desk.editing.record(LOCATION).fields["timezone"] == "Europe/Sofia"


def test_table_cells_show_names_and_edit_with_pickers(qtbot: QtBot, sample_desk: Desk) -> None:
    dialog = form(qtbot, sample_desk, SERVICE)
    phones = dialog.editors["phones"]
    assert isinstance(phones, ItemsEditor)
    type_column = phones.spec.columns.index("type")
    index = phones.table.model().index(0, type_column)
    delegate = phones.table.itemDelegateForColumn(type_column)
    assert isinstance(delegate, CodeDelegate)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.text == "Phone" and index.data() == "voice"  # shown by name, kept as a code
    editor = delegate.createEditor(phones.table, option, index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData("cell"))
    delegate.setModelData(editor, phones.table.model(), index)
    assert phones.value()[0]["type"] == "cell"

    hours = dialog.editors["schedules"]
    assert isinstance(hours, ItemsEditor)
    day_column = hours.spec.columns.index("byday")
    index = hours.table.model().index(1, day_column)
    delegate = hours.table.itemDelegateForColumn(day_column)
    assert isinstance(delegate, CodeDelegate)
    days = delegate.createEditor(hours.table, option, index)
    assert isinstance(days, DaysPicker)
    delegate.setEditorData(days, index)
    assert days.days() == "FR"
    days.boxes["SA"].setChecked(True)
    delegate.setModelData(days, hours.table.model(), index)
    assert hours.value()[1]["byday"] == "FR,SA"


def test_a_service_areas_region_is_picked_from_the_rows_country(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, SERVICE)
    areas = dialog.editors["service_areas"]
    assert isinstance(areas, ItemsEditor)
    index = areas.table.model().index(0, areas.spec.columns.index("region"))
    delegate = areas.table.itemDelegateForColumn(index.column())
    assert isinstance(delegate, CodeDelegate)
    combo = delegate.createEditor(areas.table, QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    assert offered == [code for _name, code in options(CodeList.REGION, "en", "AT")]
    assert "Tyrol" in offered or "Tirol" in offered


def test_a_phones_description_is_shown_per_language_not_as_json(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, CONTACT)
    phones = dialog.editors["phones"]
    assert isinstance(phones, ItemsEditor)
    phone = dict(phones.value()[0])
    phones.set_value([{**phone, "description": {"en": "Duty line", "de": "Journaldienst"}}])
    column = phones.spec.columns.index("description")
    assert phones.table.isColumnHidden(column)  # no JSON in the table
    texts = phones.row_texts[column]
    shown = {code: box.text() for code, box in texts.boxes.items()}  # type: ignore[union-attr]
    assert shown == {"en": "Duty line", "bg": "", "de": "Journaldienst"}
    box = texts.boxes["bg"]
    assert isinstance(box, QLineEdit)
    box.setText("Дежурна линия")
    phones.add_row()
    phones.table.setCurrentCell(1, 0)  # moving on keeps what was typed for the first phone
    assert all(b.text() == "" for b in texts.boxes.values())  # type: ignore[union-attr]
    assert phones.value()[0]["description"] == {
        "en": "Duty line", "bg": "Дежурна линия", "de": "Journaldienst"
    }  # fmt: skip
    phones.remove_row()  # the empty second phone
    dialog.reason.setText("translated the duty line")
    dialog.save()
    assert dialog.done_edit is not None
    saved = sample_desk.editing.record(CONTACT).fields["phones"][0]["description"]
    assert saved["bg"] == "Дежурна линия"


def test_a_long_name_shows_its_start(qtbot: QtBot) -> None:
    from referral_desk.domain.editing import FieldSpec
    from referral_desk.ui.field_widgets import TextsEditor

    editor = TextsEditor(FieldSpec("name", FieldType.TEXTS))
    qtbot.addWidget(editor)
    long = "Protected accommodation for trafficked women and girls"
    editor.set_value({"en": long, "de": "Geschützte Unterbringung"})
    box = editor.boxes["en"]
    assert isinstance(box, QLineEdit) and box.text() == long
    assert box.cursorPosition() == 0
    assert editor.value()["en"] == long
