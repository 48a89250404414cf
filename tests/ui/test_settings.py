"""The settings dialog: shows the settings, edits a copy, refuses an unknown time zone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from referral_desk.settings import Settings
from referral_desk.ui.code_pickers import choose_code
from referral_desk.ui.settings_dialog import SettingsDialog

# The offscreen platform cannot pass size hints to a window; that is no fault of the dialog.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CURRENT = Settings(
    ui_language="bg",
    post_name="Consulate of Bulgaria in Vienna",
    post_country="BG",
    post_timezone="Europe/Vienna",
    caseworker_name="Ivan Petrov",
    post_details="Schwindgasse 8, 1040 Wien",
    staleness_months=6,
    favourites=("keep-me",),
    sheet_paper="A4",
    second_language="de",
)


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    shown = SettingsDialog(None, CURRENT)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _ok(dialog: SettingsDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_shows_the_current_settings(dialog: SettingsDialog) -> None:
    assert dialog.profile.language.currentData() == "bg"
    assert dialog.profile.post_name.text() == CURRENT.post_name
    assert dialog.profile.time_zone.currentText() == "Europe/Vienna"
    assert dialog.staleness.value() == 6
    assert dialog.second_language.currentData() == "de"
    assert dialog.value() == CURRENT, "unchanged fields come back as they were"


def test_edits_come_back_typed(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.profile.language.setCurrentIndex(dialog.profile.language.findData("de"))
    dialog.profile.post_name.clear()
    qtbot.keyClicks(dialog.profile.post_name, "  Border post Kalotina ")
    dialog.profile.country.clear()
    qtbot.keyClicks(dialog.profile.country, "bg")
    dialog.profile.time_zone.setCurrentText("Europe/Sofia")
    dialog.staleness.setValue(18)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.second_language.setCurrentIndex(0)
    value = dialog.value()
    assert value.ui_language == "de"
    assert value.post_name == "Border post Kalotina"
    assert value.post_country == "BG"
    assert value.post_timezone == "Europe/Sofia"
    assert value.staleness_months == 18
    assert value.sheet_paper == "Letter"
    assert value.second_language is None
    assert value.favourites == ("keep-me",), "the dialog never touches the favourites"
    assert value.problems() == []


def test_unknown_time_zone_blocks_ok(dialog: SettingsDialog) -> None:
    dialog.profile.time_zone.setCurrentText("Europe/Atlantis")
    assert not _ok(dialog).isEnabled()
    assert "time zone" in dialog.profile.problem.text()
    dialog.profile.time_zone.setCurrentText("Asia/Manila")
    assert _ok(dialog).isEnabled()
    assert not dialog.profile.problem.isVisible()


def test_a_country_not_in_the_list_blocks_ok(dialog: SettingsDialog) -> None:
    dialog.profile.country.setCurrentText("Bx")
    assert not _ok(dialog).isEnabled()
    assert "from the list" in dialog.profile.problem.text()
    dialog.profile.country.setCurrentText("bg")  # a code typed counts as the country
    assert _ok(dialog).isEnabled() and dialog.value().post_country == "BG"
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("AT"))
    assert dialog.profile.country.currentText().endswith("(AT)"), "shown by name, not as a code"
    assert dialog.value().post_country == "AT"


def test_every_field_has_a_label_and_an_accessible_name(dialog: SettingsDialog) -> None:
    for widget in dialog.profile.fields:
        assert widget.accessibleName()
        label = dialog.profile.form.labelForField(widget)
        assert isinstance(label, QLabel) and label.text() and label.buddy() is widget


def test_ask_returns_settings_or_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert SettingsDialog.ask(None, CURRENT) == CURRENT
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert SettingsDialog.ask(None, CURRENT) is None


def test_kind_of_post_and_region_can_be_changed_later(dialog: SettingsDialog) -> None:
    choose_code(dialog.profile.country, "AT")
    assert dialog.profile.region.findData("Styria") > 0
    dialog.profile.region.setCurrentIndex(dialog.profile.region.findData("Styria"))
    dialog.profile.kind.setCurrentIndex(dialog.profile.kind.findData("embassy"))
    dialog.profile.represents.setCurrentIndex(dialog.profile.represents.findData("BG"))
    value = dialog.value()
    assert (value.post_kind, value.post_country, value.post_region) == ("embassy", "AT", "Styria")
    assert value.post_represents == "BG"
    dialog.profile.kind.setCurrentIndex(dialog.profile.kind.findData("border_crossing"))
    assert not dialog.profile.represents.isEnabled() and dialog.value().post_represents == ""


def test_a_post_that_moves_country_takes_its_clock(dialog: SettingsDialog) -> None:
    before = dialog.profile.time_zone.currentText()
    choose_code(dialog.profile.country, "JP")
    assert dialog.profile.time_zone.currentText() == "Asia/Tokyo" != before
    dialog.profile.time_zone.setCurrentText("America/Chicago")
    choose_code(dialog.profile.country, "US")
    assert dialog.profile.time_zone.currentText() == "America/Chicago", "one of its zones: kept"
    assert dialog.value().post_timezone == "America/Chicago"


def test_the_post_can_be_left_unnamed_and_placeless_later(dialog: SettingsDialog) -> None:
    """The first run asks for the name and country; the same form here lets them be blank."""
    dialog.profile.post_name.clear()
    choose_code(dialog.profile.country, "")
    assert _ok(dialog).isEnabled() and not dialog.profile.problem.isVisible()
    assert (dialog.value().post_name, dialog.value().post_country) == ("", "")
