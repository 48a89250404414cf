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
    assert dialog.language.currentData() == "bg"
    assert dialog.post_name.text() == CURRENT.post_name
    assert dialog.post_timezone.currentText() == "Europe/Vienna"
    assert dialog.staleness.value() == 6
    assert dialog.second_language.currentData() == "de"
    assert dialog.value() == CURRENT, "unchanged fields come back as they were"


def test_edits_come_back_typed(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.post_name.clear()
    qtbot.keyClicks(dialog.post_name, "  Border post Kalotina ")
    dialog.post_country.clear()
    qtbot.keyClicks(dialog.post_country, "bg")
    dialog.post_timezone.setCurrentText("Europe/Sofia")
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
    dialog.post_timezone.setCurrentText("Europe/Atlantis")
    assert not _ok(dialog).isEnabled()
    assert "time zone" in dialog.problem.text()
    dialog.post_timezone.setCurrentText("Asia/Manila")
    assert _ok(dialog).isEnabled()
    assert not dialog.problem.isVisible()


def test_a_country_not_in_the_list_blocks_ok(dialog: SettingsDialog) -> None:
    dialog.post_country.setCurrentText("Bx")
    assert not _ok(dialog).isEnabled()
    assert "from the list" in dialog.problem.text()
    dialog.post_country.setCurrentText("bg")  # a code typed counts as the country
    assert _ok(dialog).isEnabled() and dialog.value().post_country == "BG"
    dialog.post_country.setCurrentIndex(dialog.post_country.findData("AT"))
    assert dialog.post_country.currentText().endswith("(AT)"), "shown by name, not as a code"
    assert dialog.value().post_country == "AT"


def test_every_field_has_a_label_and_an_accessible_name(dialog: SettingsDialog) -> None:
    for widget in dialog._fields:
        assert widget.accessibleName()
        label = dialog.form.labelForField(widget)
        assert isinstance(label, QLabel) and label.text() and label.buddy() is widget


def test_ask_returns_settings_or_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert SettingsDialog.ask(None, CURRENT) == CURRENT
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert SettingsDialog.ask(None, CURRENT) is None


def test_kind_of_post_and_region_can_be_changed_later(dialog: SettingsDialog) -> None:
    choose_code(dialog.post_country, "AT")
    assert dialog.post_region.findData("Styria") > 0
    dialog.post_region.setCurrentIndex(dialog.post_region.findData("Styria"))
    dialog.post_kind.setCurrentIndex(dialog.post_kind.findData("embassy"))
    dialog.post_represents.setCurrentIndex(dialog.post_represents.findData("BG"))
    value = dialog.value()
    assert (value.post_kind, value.post_country, value.post_region) == ("embassy", "AT", "Styria")
    assert value.post_represents == "BG"
    dialog.post_kind.setCurrentIndex(dialog.post_kind.findData("border_crossing"))
    assert not dialog.post_represents.isEnabled() and dialog.value().post_represents == ""


def test_a_post_that_moves_country_takes_its_clock(dialog: SettingsDialog) -> None:
    before = dialog.post_timezone.currentText()
    choose_code(dialog.post_country, "JP")
    assert dialog.post_timezone.currentText() == "Asia/Tokyo" != before
    dialog.post_timezone.setCurrentText("America/Chicago")
    choose_code(dialog.post_country, "US")
    assert dialog.post_timezone.currentText() == "America/Chicago", "one of its zones: kept"
    assert dialog.value().post_timezone == "America/Chicago"
