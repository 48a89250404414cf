"""The record form's links: found by name through the directory's search or among the
organization's own records, shown by name, kind and country, kept as ids."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from referral_desk.domain.editing import RecordKind
from referral_desk.services.desk import Desk
from referral_desk.ui.field_names import kind_name
from referral_desk.ui.record_editor import RecordEditor
from referral_desk.ui.record_picker import RecordPicker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Federal Ministry of the Interior (AT)
BKA = "90519d5d-ed27-5d39-bd19-b88278344dfa"  # under ORG
BG_MINISTRY = "84ac5079-8f6f-571d-b1a4-837121a0df0e"
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"
CONTACT = "d810a07e-88e6-50b6-b149-3ec4f093574c"
AT_LIAISON = "0996e984-3fde-5956-a980-66198a9037ee"  # at BKA
BG_LIAISON = "25308c44-78c3-5b56-9d20-968439890623"  # its counterpart in Bulgaria
BG_DUTY = "8f1f9b91-6dc8-5909-91b1-23529cab03a0"  # another contact in Bulgaria


def form(qtbot: QtBot, desk: Desk, record_id: str, lang: str = "en") -> RecordEditor:
    record = desk.editing.record(record_id)
    dialog = RecordEditor(None, desk, record.kind, record, lang=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def picker(dialog: RecordEditor, key: str) -> RecordPicker:
    editor = dialog.editors[key]
    assert isinstance(editor, RecordPicker)
    return editor


def hits(editor: RecordPicker) -> list[str]:
    return [
        str(editor.hits.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(editor.hits.count())
    ]


def test_a_parent_is_shown_by_name_found_by_name_in_the_ui_language_and_kept_as_its_id(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, BKA, lang="de")
    parent = picker(dialog, "parent_id")
    assert parent.value() == ORG
    assert parent.chosen_names() == ["Bundesministerium für Inneres"]
    assert kind_name(RecordKind.ORGANIZATION) in parent.chosen.item(0).text()  # kind, country
    assert "Österreich" in parent.chosen.item(0).text()
    assert ORG not in parent.chosen.item(0).text()  # the id only in the tooltip
    parent.search.setText("innenministerium bulgarien")
    assert hits(parent)[0] == BG_MINISTRY
    assert "Bulgarien" in parent.hits.item(0).text()
    qtbot.keyClick(parent.search, Qt.Key.Key_Return)  # picks the first hit, does not save
    assert dialog.isVisible() and dialog.done_edit is None
    assert parent.value() == BG_MINISTRY
    assert parent.chosen_names() == ["Innenministerium der Republik Bulgarien"]
    parent.search.setText("kriminalamt")
    assert BKA not in hits(parent)  # never its own parent
    parent.search.clear()
    dialog.reason.setText("moved")
    dialog.save()
    assert dialog.done_edit is not None
    assert sample_desk.editing.record(BKA).fields["parent_id"] == BG_MINISTRY


def test_a_link_is_cleared_and_an_error_stays_beside_the_picker(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, ORG)
    parent = picker(dialog, "parent_id")
    assert parent.value() is None and not parent.clear_button.isEnabled()
    parent.search.setText("Bundeskriminalamt")  # under ORG: a loop
    parent.pick(parent.hits.item(hits(parent).index(BKA)))
    dialog.save()
    assert dialog.done_edit is None
    assert dialog.errors["parent_id"].isVisible()
    assert "loop" in dialog.errors["parent_id"].text()
    parent.clear_chosen()
    assert parent.value() is None and parent.chosen_names() == []
    dialog.reason.setText("nothing")
    dialog.save()
    assert sample_desk.editing.record(ORG).fields.get("parent_id") is None


def test_a_counterpart_across_the_border_is_found_among_contacts(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, AT_LIAISON)
    counterpart = picker(dialog, "counterpart_id")
    assert counterpart.value() == BG_LIAISON
    shown = counterpart.chosen.item(0).text()
    assert shown.startswith("Liaison for Austria, trafficking unit")
    assert "General Directorate Combating Organised Crime" in shown and "Bulgaria" in shown
    counterpart.search.setText("duty officer")
    assert BG_DUTY in hits(counterpart)
    assert all(sample_desk.directory.kind_of(i) == "contact" for i in hits(counterpart))
    counterpart.pick(counterpart.hits.item(hits(counterpart).index(BG_DUTY)))
    assert counterpart.value() == BG_DUTY


def test_a_contacts_service_and_location_are_picked_among_its_organizations_own(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, CONTACT)
    service, location = picker(dialog, "service_id"), picker(dialog, "location_id")
    assert (service.value(), location.value()) == (SERVICE, LOCATION)
    assert service.chosen_names() == ["Citizens' service of the Ministry of the Interior"]
    location.clear_chosen()
    location.search.setFocus()
    location.look_up("")  # the empty field lists every location of the organization
    assert hits(location) == [LOCATION]
    location.search.setText("no such place")
    assert hits(location) == [] and location.status.isVisible()
    location.search.clear()
    location.look_up("")
    location.pick(location.hits.item(0))
    assert location.value() == LOCATION


def test_a_services_locations_are_several_added_and_removed_by_name(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    annex = sample_desk.editing.create(
        RecordKind.LOCATION,
        {
            "name": {"en": "Annex"},
            "timezone": "Europe/Vienna",
            "address": {"address_1": "Quokkagasse 2", "city": "Wien", "country": "AT"},
        },
        "",
        organization_id=ORG,
    ).record_id
    dialog = form(qtbot, sample_desk, SERVICE)
    places = picker(dialog, "location_ids")
    assert places.value() == [LOCATION]
    places.search.setText("annex")
    assert hits(places) == [annex]
    places.pick(places.hits.item(0))
    assert places.value() == [LOCATION, annex]
    assert places.chosen_names()[1] == "Annex"
    places.chosen.setCurrentRow(0)
    places.clear_chosen()  # the one selected
    assert places.value() == [annex]
    dialog.reason.setText("moved to the annex")
    dialog.save()
    assert sample_desk.editing.record(SERVICE).fields["location_ids"] == [annex]


def test_a_link_to_no_record_here_shows_its_id_and_is_kept_until_cleared(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, BKA)
    parent = picker(dialog, "parent_id")
    parent.set_value("no-such-organization")
    assert "no-such-organization" in parent.chosen.item(0).text()
    assert "no record with this id" in parent.chosen.item(0).text()
    assert parent.value() == "no-such-organization"


def test_a_counterpart_is_looked_for_in_the_counterpart_country_when_one_is_named(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = form(qtbot, sample_desk, AT_LIAISON)
    counterpart = picker(dialog, "counterpart_id")
    counterpart.search.setText("duty officer")
    found = hits(counterpart)
    assert found and {sample_desk.directory.show(i).country for i in found} == {"BG"}  # type: ignore[union-attr]
    dialog.editors["counterpart_country"].set_value(None)  # no country named: any
    counterpart.look_up("duty officer")
    assert {sample_desk.directory.show(i).country for i in hits(counterpart)} >= {"AT", "BG"}  # type: ignore[union-attr]
