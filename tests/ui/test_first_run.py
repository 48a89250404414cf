"""The first-run setup: who and where the post is, its zone, its language; saved or asked again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from referral_desk.settings import Settings, load_settings, save_settings
from referral_desk.ui import app as app_module
from referral_desk.ui.first_run import FirstRunDialog
from referral_desk.ui.translators import install_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PROPOSED = Settings(post_timezone="Europe/Sofia")  # what a first start proposes (the system's)


@pytest.fixture
def dialog(qtbot: QtBot) -> FirstRunDialog:
    shown = FirstRunDialog(None, PROPOSED)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_proposes_the_systems_time_zone_and_asks_for_name_and_country(
    dialog: FirstRunDialog,
) -> None:
    assert dialog.profile.time_zone.currentText() == "Europe/Sofia"
    assert not dialog.start.isEnabled()
    assert "name" in dialog.profile.problem.text() and "country" in dialog.profile.problem.text()
    dialog.profile.post_name.setText("Consulate General of Bulgaria, Vienna")
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("AT"))
    assert dialog.start.isEnabled() and not dialog.profile.problem.isVisible()


def test_gives_the_post_profile(dialog: FirstRunDialog) -> None:
    dialog.profile.post_name.setText("  Consulate General of Bulgaria, Vienna ")
    dialog.profile.kind.setCurrentIndex(dialog.profile.kind.findData("consulate"))
    dialog.profile.represents.setCurrentIndex(dialog.profile.represents.findData("BG"))
    dialog.profile.country.setCurrentText("Austria")  # typed, not picked: the regions follow
    assert (
        dialog.profile.region.findData("Styria") > 0
        and dialog.profile.region.findData("Sofia City") < 0
    )
    dialog.profile.region.setCurrentIndex(dialog.profile.region.findData("Vienna"))
    dialog.profile.time_zone.setCurrentText("Europe/Vienna")
    value = dialog.value()
    assert (value.post_name, value.post_kind, value.post_represents) == (
        "Consulate General of Bulgaria, Vienna",
        "consulate",
        "BG",
    )
    assert (value.post_country, value.post_region, value.post_timezone) == (
        "AT",
        "Vienna",
        "Europe/Vienna",
    )
    assert value.problems() == []


def test_police_and_border_posts_represent_no_country(dialog: FirstRunDialog) -> None:
    dialog.profile.represents.setCurrentIndex(dialog.profile.represents.findData("BG"))
    for kind in ("police", "border_crossing"):
        dialog.profile.kind.setCurrentIndex(dialog.profile.kind.findData(kind))
        assert not dialog.profile.represents.isEnabled()
        assert dialog.value().post_represents == ""
    dialog.profile.kind.setCurrentIndex(dialog.profile.kind.findData("embassy"))
    assert dialog.profile.represents.isEnabled()


def test_an_unknown_time_zone_is_refused(dialog: FirstRunDialog) -> None:
    dialog.profile.post_name.setText("Border police Kalotina")
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("BG"))
    dialog.profile.time_zone.setCurrentText("Europe/Atlantis")
    assert not dialog.start.isEnabled() and "time zone" in dialog.profile.problem.text()


@pytest.fixture(scope="session")
def built_translations() -> None:
    from referral_desk.i18n_build import build

    build()


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, "en")


def test_choosing_a_language_switches_the_setup_at_once(
    qtbot: QtBot, dialog: FirstRunDialog, built_translations: None, english_afterwards: None
) -> None:
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("AT"))
    dialog.profile.region.setCurrentIndex(dialog.profile.region.findData("Vienna"))
    dialog.profile.language.setCurrentIndex(dialog.profile.language.findData("de"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Referral Desk einrichten")
    assert dialog.start.text() == "S&tarten", "its own buttons, not Qt's standard ones"
    assert dialog.profile.region.currentText() == "Wien" and dialog.value().post_region == "Vienna"
    assert dialog.profile.country.currentText() == "Österreich (AT)"
    assert dialog.value().ui_language == "de"


def test_first_start_saves_what_was_set_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(
        post_name="Police Sofia",
        post_kind="police",
        post_country="BG",
        post_timezone="Europe/Sofia",
    )
    monkeypatch.setattr(FirstRunDialog, "ask", staticmethod(lambda parent, s: chosen))
    given = app_module.first_run(PROPOSED, lambda s: save_settings(s, path))
    assert given == chosen and load_settings(path) == chosen


def test_ask_me_later_saves_nothing_and_keeps_the_proposal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    saved: list[Settings] = []

    def save(settings: Settings) -> Path:
        saved.append(settings)
        return tmp_path / "settings.json"

    monkeypatch.setattr(FirstRunDialog, "ask", staticmethod(lambda parent, s: None))
    assert app_module.first_run(PROPOSED, save) == PROPOSED
    assert saved == []


def test_without_a_settings_file_the_computers_zone_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tzlocal

    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Asia/Tokyo")
    assert load_settings(tmp_path / "none.json").post_timezone == "Asia/Tokyo"

    def broken() -> str:
        raise OSError("no /etc/localtime")

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert load_settings(tmp_path / "none.json").post_timezone == "UTC"


def test_a_fresh_start_asks_once_and_never_again_once_answered(
    qtbot: QtBot, sample_db_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.settings import settings_path
    from referral_desk.ui.main_window import MainWindow

    db = tmp_path / "sample.sqlite3"
    db.write_bytes(sample_db_template.read_bytes())
    answered = Settings(
        post_name="Consulate General of Bulgaria, Vienna",
        post_kind="consulate",
        post_represents="BG",
        post_country="AT",
        post_region="Vienna",
        post_timezone="Europe/Vienna",
    )
    asked: list[Settings] = []

    def answer(_parent: object, proposed: Settings) -> Settings | None:
        asked.append(proposed)
        return answered if len(asked) > 1 else None  # "ask me later" the first time

    monkeypatch.setattr(FirstRunDialog, "ask", staticmethod(answer))
    seen: list[Settings] = []
    attach = MainWindow.attach_desk

    def attach_and_quit(self: MainWindow, desk: object, **kwargs: bool) -> None:
        seen.append(self.settings)
        attach(self, desk, **kwargs)  # type: ignore[arg-type]
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    monkeypatch.setattr(MainWindow, "attach_desk", attach_and_quit)
    assert not settings_path().exists()
    for _start in range(4):
        assert app_module.run_app(db) == 0
    assert len(asked) == 2, "asked on each start until answered, then never again"
    assert load_settings() == answered and seen[-1] == answered
    assert seen[0].post_name == "" and seen[1:] == [answered] * 3


def test_a_test_that_reaches_the_setup_unanswered_fails_instead_of_waiting(
    qapp: QApplication,
) -> None:
    with pytest.raises(AssertionError, match="would wait for a person"):
        FirstRunDialog.ask(None, PROPOSED)


def test_the_country_picked_brings_its_time_zone(dialog: FirstRunDialog) -> None:
    dialog.profile.time_zone.setCurrentText("Etc/UTC")  # a computer set to UTC
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("BG"))
    assert dialog.profile.time_zone.currentText() == "Europe/Sofia"
    dialog.profile.time_zone.setCurrentText("America/Chicago")
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("US"))
    assert dialog.profile.time_zone.currentText() == "America/Chicago", "one of its zones: kept"
    dialog.profile.country.setCurrentIndex(dialog.profile.country.findData("AT"))
    assert dialog.profile.time_zone.currentText() == "Europe/Vienna"


def test_every_field_has_a_label_and_an_accessible_name(dialog: FirstRunDialog) -> None:
    from PySide6.QtWidgets import QLabel

    for widget in dialog.profile.fields:
        assert widget.accessibleName()
        label = dialog.profile.form.labelForField(widget)
        assert isinstance(label, QLabel) and label.text() and label.buddy() is widget
