"""The Directory menu's updates in the real main window: preview, apply, refuse, undo, history."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from referral_desk.exchange.update_preview import part_for
from referral_desk.services.desk import Desk
from referral_desk.settings import Settings
from referral_desk.ui import plain_text
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.update_history import UpdateHistoryDialog
from referral_desk.ui.update_preview import NEW_STYLE, OLD_STYLE, UpdatePreviewDialog
from update_helpers import LONE_AT, austrian_changes, organization_ids, sample, signed, write

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
SETTINGS = Settings(post_name="Consulate", post_country="AT", favourites=(LONE_AT,))
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


def test_the_preview_shows_old_and_new_highlighted(
    qtbot,
    sample_desk: Desk,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    preview = sample_desk.updates.check(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    dialog = UpdatePreviewDialog(preview, "de")
    qtbot.addWidget(dialog)
    html = dialog.html()
    assert f"<span style='{OLD_STYLE}'>+43 1 00000 0" in html
    assert f"<span style='{NEW_STYLE}'>+43 1 00000 099</span>" in html
    assert "Landstraßer Hauptstraße 171" in html
    assert "Vienna Provincial Police Directorate" in html or "Landespolizeidirektion" in html
    assert "Test update (de)" in html  # the release notes in the caseworker's language
    text = dialog.browser.toPlainText()
    assert "→" in text
    dialog.close()


def test_the_preview_dates_the_update_on_the_posts_clock(
    qtbot,
    sample_desk: Desk,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    preview = sample_desk.updates.check(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    created = preview.update.manifest.created
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11: a day apart
        dialog = UpdatePreviewDialog(preview, "en", zone=zone)
        qtbot.addWidget(dialog)
        local = created.astimezone(ZoneInfo(zone)) if created.tzinfo else created
        assert f"written on {local:%Y-%m-%d}." in dialog.html()
        dialog.close()


def test_update_from_a_file_applies_after_the_preview(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "at.rdupdate", signed(austrian_changes()))
    shown: list[str] = []
    monkeypatch.setattr(
        UpdatePreviewDialog,
        "ask",
        classmethod(
            lambda cls, parent, preview, lang, zone: shown.append(cls(preview, lang).html()) or True
        ),
    )
    assert not window.update_actions.undo_action.isEnabled()
    assert "No signed update" in window.update_actions.status_label.text()

    assert window.update_actions.update_from(path)

    assert shown and "+43 1 00000 099" in shown[0]
    assert LONE_AT not in organization_ids(window.desk.path)
    label = window.update_actions.status_label.text()
    assert "Austrian national coordinator (SAMPLE): no. 1 of 2026-11-20" in label
    assert window.update_actions.undo_action.isEnabled()
    # The pinned body that the update retired stays in the favourites, marked.
    texts = [window.favourites.list.item(i).text() for i in range(window.favourites.list.count())]
    assert texts == ["Vienna Provincial Police Directorate – no longer in the directory"]


def test_a_cancelled_preview_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "at.rdupdate", signed(austrian_changes()))
    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: False))
    assert not window.update_actions.update_from(path)
    assert LONE_AT in organization_ids(window.desk.path)
    assert window.desk.updates.history() == []


def test_a_refused_update_is_one_sentence(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "bad.rdupdate", signed(austrian_changes())[:-5])
    warnings: list[str] = []
    monkeypatch.setattr(
        plain_text, "message", lambda _parent, _title, text, *_icon: warnings.append(text)
    )
    assert not window.update_actions.update_from(path)
    assert warnings == [
        "The update file is incomplete: it ends too early. "
        "Copy it again from the original and try once more."
    ]
    assert QApplication.overrideCursor() is None


def test_undo_and_history(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: True))
    window.update_actions.update_from(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    monkeypatch.setattr(plain_text, "ask", lambda *_args: True)
    assert window.update_actions.undo()
    assert LONE_AT in organization_ids(window.desk.path)
    assert not window.update_actions.undo_action.isEnabled()
    dialog = UpdateHistoryDialog(window.desk.updates.history(), "en", window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "1"
    assert dialog.table.item(0, 8).text().startswith("undone on")
    countries = dialog.table.horizontalHeader().sectionSizeHint(3)  # "Countries": wider than AT
    assert dialog.table.horizontalHeaderItem(3).text() == "Countries"
    assert dialog.table.columnWidth(3) >= countries
    dialog.close()
    dialog = UpdateHistoryDialog(window.desk.updates.history(), "en", window, undo=lambda: True)
    assert not dialog.undo_button.isEnabled()  # nothing left to undo
    dialog.close()


def test_the_status_bar_warns_when_a_publisher_is_stale(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: True))
    window.update_actions.update_from(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    window.update_actions.refresh(date(2026, 12, 1))
    assert not window.update_actions.status_label.text().startswith("⚠")
    window.update_actions.refresh(date(2027, 1, 15))  # 30 days after 2026-11-20 have passed
    assert window.update_actions.status_label.text().startswith("⚠")
    assert "older than 30 days" in window.update_actions.status_label.toolTip()


def test_update_from_an_https_address_in_the_menu(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from https_server import Served, https_server
    from referral_desk.ui.update_address import UpdateAddressDialog

    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    dialog = UpdateAddressDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.address.setText("http://plain.example.org/at.rdupdate")
    assert not dialog.ok.isEnabled()  # only HTTPS addresses are taken
    served = Served()
    served.file("/at.rdupdate", signed(austrian_changes()))
    warnings: list[str] = []
    monkeypatch.setattr(
        plain_text, "message", lambda _parent, _title, text, *_icon: warnings.append(text)
    )
    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: True))
    with https_server(tmp_path / "tls", served) as address:
        url = f"{address}/at.rdupdate"
        dialog.address.setText(url)
        assert dialog.ok.isEnabled()
        monkeypatch.setattr(UpdateAddressDialog, "ask", staticmethod(lambda _parent: (url, None)))
        assert not window.update_actions.choose_address()
        assert len(warnings) == 1 and "could not prove who it is" in warnings[0]
        assert LONE_AT in organization_ids(window.desk.path)
        ca = tmp_path / "tls" / "ca.pem"
        monkeypatch.setattr(UpdateAddressDialog, "ask", staticmethod(lambda _parent: (url, ca)))
        assert window.update_actions.address_action.isEnabled()
        window.update_actions.address_action.trigger()
    assert LONE_AT not in organization_ids(window.desk.path)
    assert served.requests == ["/at.rdupdate"]  # nothing was asked of the unverified server


def test_the_history_shows_when_an_update_was_applied_on_the_posts_clock(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from referral_desk.domain.local_time import short_stamp

    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: True))
    window.update_actions.update_from(write(tmp_path, "at.rdupdate", signed(austrian_changes())))
    (applied,) = window.desk.updates.history()
    for zone in ("Asia/Tokyo", "America/Los_Angeles"):
        dialog = UpdateHistoryDialog([applied], "en", window, zone=zone)
        assert dialog.table.item(0, 0).text() == short_stamp(applied.applied_at, zone)
        dialog.close()
    tokyo = applied.applied_at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert short_stamp(applied.applied_at, "Asia/Tokyo") == f"{tokyo:%Y-%m-%d %H:%M}"
    seen: list[UpdateHistoryDialog] = []
    monkeypatch.setattr(UpdateHistoryDialog, "exec", lambda self: seen.append(self) or 0)
    window.settings = replace(window.settings, post_timezone="Asia/Tokyo")
    window.update_actions.show_history()
    assert seen[0].table.item(0, 0).text() == f"{tokyo:%Y-%m-%d %H:%M}"


def test_the_address_dialog_offers_the_last_address_and_certificate_again(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from referral_desk.ui.update_address import UpdateAddressDialog

    first = UpdateAddressDialog(window)
    qtbot.addWidget(first)
    first.restore()
    assert first.address.text() == "" and first.ca_file.text() == ""
    first.address.setText(" https://updates.example.org/at.rdupdate ")
    first.ca_file.setText(str(tmp_path / "ca.pem"))
    first.remember()  # as ask() does once the dialog is accepted
    again = UpdateAddressDialog(window)
    qtbot.addWidget(again)
    again.restore()
    assert again.chosen() == ("https://updates.example.org/at.rdupdate", tmp_path / "ca.pem")
    assert again.ok.isEnabled()


def test_a_stale_publisher_comes_first_in_the_status_bar_and_all_are_in_its_tip(
    window: MainWindow,
) -> None:
    from referral_desk.services.updates import PublisherStatus

    def status(publisher: str, name: str, stale: bool) -> PublisherStatus:
        return PublisherStatus(publisher, {"en": name}, 4, date(2026, 9, 1), 30, stale)

    window.update_actions.statuses = [
        status("sample-bg", "Bulgarian coordinator", False),
        status("sample-at", "Austrian coordinator", True),
    ]
    window.update_actions.show_status()
    label = window.update_actions.status_label
    assert label.text() == (
        "⚠ Austrian coordinator: no. 4 of 2026-09-01 · Bulgarian coordinator: no. 4 of 2026-09-01"
    )
    tip = label.toolTip()
    assert "Austrian coordinator is older than 30 days" in tip
    assert "Bulgarian coordinator: no. 4 of 2026-09-01" in tip


def test_a_stick_with_each_publishers_update_is_applied_in_turn(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    write(stick, "at-1.rdupdate", signed(austrian_changes()))
    bulgarian = part_for(sample(), ("BG",))
    write(stick, "bg-1.rdupdate", signed(bulgarian, publisher="sample-bg"))
    answers = iter([True, False])  # the second preview is cancelled
    previewed: list[str] = []

    def ask(cls, parent, preview, lang, zone) -> bool:  # type: ignore[no-untyped-def]
        previewed.append(preview.update.manifest.publisher)
        return next(answers)

    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(ask))
    warnings: list[str] = []
    monkeypatch.setattr(plain_text, "message", lambda *args: warnings.append(args[2]))
    assert window.update_actions.update_from(stick)
    assert sorted(previewed) == ["sample-at", "sample-bg"]
    assert [u.publisher for u in window.desk.updates.history()] == [previewed[0]]
    monkeypatch.setattr(UpdatePreviewDialog, "ask", classmethod(lambda *_args: True))
    assert window.update_actions.update_from(stick)  # the one cancelled, then nothing left
    assert {u.publisher for u in window.desk.updates.history()} == {"sample-at", "sample-bg"}
    assert "Update 1 from" in window.statusBar().currentMessage()
    assert warnings == []  # nothing newer left in the folder is no reason to warn
    write(stick, "at-2.rdupdate", signed(austrian_changes(), sequence=2))
    write(
        stick,
        "bg-2.rdupdate",
        signed(part_for(sample(), ("BG",)), publisher="sample-bg", sequence=2),
    )
    assert window.update_actions.update_from(stick)
    assert window.statusBar().currentMessage().startswith("Updates applied: 2 from")
    # A damaged update beside the one applied is not passed over in silence.
    damaged = bytearray(signed(part_for(sample(), ("BG",)), publisher="sample-bg", sequence=4))
    damaged[len(damaged) // 2] ^= 0xFF
    write(stick, "at-3.rdupdate", signed(austrian_changes(), sequence=3))
    write(stick, "bg-4.rdupdate", bytes(damaged))
    os.utime(stick / "bg-4.rdupdate", (1, 1))  # older than every other file there
    assert window.update_actions.update_from(stick)
    assert len(warnings) == 1 and "Update 3 from" in window.statusBar().currentMessage()
