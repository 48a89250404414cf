"""The settings file: typed defaults, a broken file never stops the app, atomic saves."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from referral_desk.settings import (
    Settings,
    load_settings,
    save_settings,
    settings_path,
    system_time_zone,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.json")
    assert settings == Settings(post_timezone=system_time_zone()), "the computer's zone, not UTC"
    assert settings.staleness_months == 12
    assert settings.sheet_paper == "A4"
    assert settings.favourites == ()


def test_default_path_is_in_the_user_config_folder(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME into the test's temp folder
    assert str(settings_path()).startswith(str(tmp_path))


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    wanted = Settings(
        ui_language="bg",
        post_name="Consulate of Bulgaria in Vienna",
        post_country="AT",
        post_represents="BG",
        post_timezone="Europe/Vienna",
        caseworker_name="Иван Петров",
        post_details="Schwindgasse 8, 1040 Wien",
        staleness_months=6,
        favourites=("a", "b"),
        sheet_paper="Letter",
        second_language="de",
    )
    save_settings(wanted, path)
    assert load_settings(path) == wanted
    assert json.loads(path.read_text(encoding="utf-8"))["favourites"] == ["a", "b"]
    leftovers = [p.name for p in tmp_path.iterdir()]
    assert leftovers == ["settings.json"], "no temporary file left behind"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\x00\x01"])
def test_broken_file_gives_defaults_and_a_warning(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="referral_desk.settings"):
        assert load_settings(path) == Settings()
    assert caplog.records, "a broken settings file is logged"


def test_bad_fields_fall_back_one_by_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "ui_language": "de",
                "post_timezone": "Mars/Olympus_Mons",
                "staleness_months": "twelve",
                "favourites": ["x", "x", "y"],
                "colour": "blue",
                "sheet_paper": "A3",
                "post_country": "Bulgaria",
            }
        ),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="referral_desk.settings"):
        settings = load_settings(path)
    assert settings.ui_language == "de"
    assert settings.post_timezone == "UTC"
    assert settings.staleness_months == 12
    assert settings.favourites == ("x", "y")
    assert settings.sheet_paper == "A4"
    assert settings.post_country == ""
    messages = " ".join(r.getMessage() for r in caplog.records)
    for name in ("colour", "post_timezone", "staleness_months", "sheet_paper", "post_country"):
        assert name in messages


def test_booleans_are_not_numbers(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"staleness_months": true}', encoding="utf-8")
    assert load_settings(path).staleness_months == 12


def test_invalid_settings_are_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    with pytest.raises(ValueError, match="post_timezone"):
        save_settings(Settings(post_timezone="Nowhere/Nothing"), path)
    with pytest.raises(ValueError, match="post_timezone"):
        save_settings(Settings(post_timezone="../../etc/passwd"), path)
    assert not path.exists()


def test_save_replaces_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(post_name="A" * 5000), path)
    save_settings(Settings(post_name="B"), path)
    assert load_settings(path).post_name == "B"


def test_pinning_keeps_order_and_has_no_duplicates() -> None:
    settings = Settings().with_favourite("a", True).with_favourite("b", True)
    settings = settings.with_favourite("a", True)
    assert settings.favourites == ("b", "a")
    assert settings.with_favourite("b", False).favourites == ("a",)
    assert settings.with_favourite("zzz", False).favourites == ("b", "a")


def test_an_unknown_kind_of_post_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"post_kind": "palace", "post_region": "Styria"}), "utf-8")
    loaded = load_settings(path)
    assert (loaded.post_kind, loaded.post_region) == ("other", "Styria")
    with pytest.raises(ValueError, match="post_kind"):
        save_settings(Settings(post_kind="palace"), path)


@pytest.mark.parametrize("allowed", [True, False])
def test_an_older_files_editing_setting_becomes_the_one_edit_switch(
    tmp_path: Path, allowed: bool, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"  # as the version with two switches wrote it
    path.write_text(json.dumps({"post_name": "Task Force", "editing_enabled": allowed}))
    settings = load_settings(path)
    assert settings.editing_enabled is allowed and not caplog.records
    assert json.loads(save_settings(settings, path).read_text())["editing_enabled"] is allowed
