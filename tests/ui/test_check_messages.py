"""The edit form says the directory checks' common problems in the UI language, naming
fields as the form does; the English lines of the checks stay as they were."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from referral_desk.exchange.check_problem import MIN_ABOVE_MAX
from referral_desk.services.desk import Desk
from referral_desk.services.editing import EditRejected
from referral_desk.ui.record_editor import RecordEditor
from referral_desk.ui.translators import install_translators

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"
LOCATION = "5ca0442d-aae6-53de-a588-bda7e8c9e3fa"
SERVICE = "b41ff09c-990a-5777-b5c0-9b731b8aa7bc"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")


def editor(qtbot: QtBot, desk: Desk, record_id: str) -> RecordEditor:
    record = desk.editing.record(record_id)
    dialog = RecordEditor(None, desk, record.kind, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_maximum_below_the_minimum_age_is_told_in_german(
    qtbot: QtBot, sample_desk: Desk, german: None
) -> None:
    dialog = editor(qtbot, sample_desk, SERVICE)
    dialog.editors["minimum_age"].line.setText("18")  # type: ignore[attr-defined]
    dialog.editors["maximum_age"].line.setText("10")  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.errors["minimum_age"].text() == "18 liegt über „Ältestes betreutes Alter“ (10)"
    assert sample_desk.editing.history() == []


def test_a_wrong_time_zone_and_a_bidi_control_in_the_name_are_told_in_german(
    qtbot: QtBot, sample_desk: Desk, german: None
) -> None:
    dialog = editor(qtbot, sample_desk, LOCATION)
    dialog.editors["timezone"].set_value("Europe/Nowhere")
    dialog.editors["name"].boxes["en"].setText("Office\u202e")  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.errors["timezone"].text() == "'Europe/Nowhere' ist keine IANA-Zeitzone"
    assert "enthält U+202E RIGHT-TO-LEFT OVERRIDE, ein Bidi-Steuerzeichen" in (
        dialog.errors["name"].text()
    )


def test_a_website_and_a_phone_number_not_in_form_are_told_in_german(
    qtbot: QtBot, sample_desk: Desk, german: None
) -> None:
    dialog = editor(qtbot, sample_desk, ORG)
    dialog.editors["website"].set_value("www.example.org")
    dialog.editors["phones"].set_value([{"number": "01 00000 001", "type": "voice"}])
    dialog.save()
    assert dialog.errors["website"].text() == (
        "'www.example.org' ist keine Webadresse (beginnt mit http:// oder https://)"
    )
    assert "ist keine Telefonnummer in internationaler Form" in dialog.errors["phones"].text()


def test_in_english_the_form_names_the_field_and_the_check_keeps_its_line(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    dialog = editor(qtbot, sample_desk, SERVICE)
    dialog.editors["minimum_age"].line.setText("18")  # type: ignore[attr-defined]
    dialog.editors["maximum_age"].line.setText("10")  # type: ignore[attr-defined]
    values = dialog.values()
    dialog.save()
    assert dialog.errors["minimum_age"].text() == "18 is above the Oldest age served 10"
    version = sample_desk.editing.record(SERVICE).version
    with pytest.raises(EditRejected) as refused:  # the English line, as the CLI has it
        sample_desk.editing.save(SERVICE, version, values, "ages")
    [problem] = [p for p in refused.value.problems if p.field == "minimum_age"]
    assert str(problem) == "minimum_age: 18 is above the maximum_age 10"
    assert problem.template == MIN_ABOVE_MAX


def test_a_dialable_number_in_the_sample_directory_is_told_in_german(
    qtbot: QtBot, sample_desk: Desk, german: None
) -> None:
    dialog = editor(qtbot, sample_desk, ORG)
    dialog.editors["phones"].set_value([{"number": "+43 1 234 5678", "type": "voice"}])
    dialog.save()
    assert "'+43 1 234 5678' sieht wie eine echte Nummer aus; Beispieldaten dürfen nur" in (
        dialog.errors["phones"].text()
    )
