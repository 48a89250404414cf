"""File → Import… and Export… in the real main window: the dialog, the preview, apply or refuse."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel

from referral_desk.services.desk import Desk
from referral_desk.services.exchange import ExportFormat
from referral_desk.settings import Settings
from referral_desk.ui import plain_text
from referral_desk.ui.export_dialog import ExportChoice, ExportDialog
from referral_desk.ui.import_preview import ImportPreviewDialog
from referral_desk.ui.main_window import MainWindow

NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
SETTINGS = Settings(post_name="Consulate", post_country="AT")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, sample_desk: Desk) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        plain_text, "message", lambda _parent, _title, text, *_icon: shown.append(text)
    )
    return shown


def test_the_export_dialog_offers_every_format_and_warns_on_addresses(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert set(dialog.buttons_by_format) == {"xlsx", "ods", "csv", "hsds-json", "hsds-csv"}
    assert dialog.choice() == ExportChoice("xlsx", False)
    dialog.show()
    assert not dialog.warning.isVisible()
    dialog.confidential.setChecked(True)
    dialog.buttons_by_format["ods"].setChecked(True)
    assert dialog.warning.isVisible()
    assert dialog.choice() == ExportChoice("ods", True)


def test_the_file_menu_has_import_and_export(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Import…" in texts and "E&xport…" in texts
    assert window.exchange_actions.import_action.isEnabled()


def test_export_then_import_an_edited_workbook(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "d.xlsx"
    result = window.exchange_actions.export_to(path, "xlsx", confidential=False)
    assert result is not None and path.is_file()
    assert "101 organizations" in messages[-1] and "left out" in messages[-1]
    book = load_workbook(path)
    book["Phones"]["B3"] = "+43 1 00000 777"
    book.save(path)
    seen: list[str] = []

    def ask(_cls: object, _parent: object, preview: object, lang: str, recheck: object) -> object:
        dialog = ImportPreviewDialog(preview, lang, None, recheck)  # type: ignore[arg-type]
        seen.append(dialog.browser.toPlainText())
        assert not dialog.keep_box.isChecked()  # a whole file replaces, as before
        dialog.close()
        return dialog.preview

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    assert window.exchange_actions.import_from(path)
    text = seen[0]
    assert "Import from d.xlsx" in text and "0 added, 0 retired, 1 changed" in text
    assert "+43 1 00000 777" in text
    assert "The records of Austria, Bangladesh, Bulgaria," in text  # countries named
    assert "keeps the address already held here" in text  # the report
    assert "Imported d.xlsx" in window.statusBar().currentMessage()

    # The import is the newest line of the update history, and undone from the menu.
    from referral_desk.ui.update_history import UpdateHistoryDialog

    updates = window.update_actions
    assert updates.undo_action.isEnabled()
    history = UpdateHistoryDialog(window.desk.updates.history(), "en")
    assert history.table.item(0, 1).text() == "Import of d.xlsx (XLSX)"
    assert history.table.item(0, 7).text() == "1"
    assert history.table.item(0, 8).text() == "in force; can be undone"
    assert not history.undo_button.isVisibleTo(history)  # without an undo to call
    history.close()
    asked: list[str] = []
    monkeypatch.setattr(
        plain_text, "ask", lambda _p, title, text: asked.append(f"{title}: {text}") or True
    )
    history = UpdateHistoryDialog(window.desk.updates.history(), "en", undo=updates.undo)
    assert history.undo_button.isVisibleTo(history) and history.undo_button.isEnabled()
    history.undo_button.click()
    assert history.result() == history.DialogCode.Accepted
    assert asked[0].startswith("Undo the import: Undo the import of d.xlsx?")
    assert window.statusBar().currentMessage() == "The import of d.xlsx was undone."
    assert not updates.undo_action.isEnabled()
    assert window.desk.updates.history()[0].undone_at is not None


def test_a_cancelled_preview_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    path = tmp_path / "d.json"
    window.exchange_actions.export_to(path, "hsds-json", confidential=True)
    assert "CONFIDENTIAL" in messages[-1]
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda *_args: None))
    assert not window.exchange_actions.import_from(path)


def test_a_broken_file_is_refused_with_its_problems(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    path = tmp_path / "broken.ods"
    path.write_bytes(b"not a workbook")
    assert not window.exchange_actions.import_from(path)
    assert messages[-1].startswith("Nothing was changed.")
    assert "broken.ods" in messages[-1]


def test_the_warning_on_addresses_shows_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ticking the box makes room for the whole warning; the dialog does not clip it."""
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.confidential.setChecked(True)
    qtbot.wait(50)
    warning = dialog.warning
    assert warning.isVisible()
    assert warning.height() >= warning.heightForWidth(warning.width()), (
        warning.height(),
        warning.heightForWidth(warning.width()),
    )


def test_a_refusal_names_the_column_in_the_users_language(
    qtbot, sample_desk: Desk, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """The column of a text in one language is named with that language in the user's words."""
    from dataclasses import replace

    main = MainWindow(sample_desk, replace(SETTINGS, ui_language="de"), clock=lambda: NOW)
    qtbot.addWidget(main)
    folder = tmp_path / "sheets"
    sample_desk.exchange.export(folder, ExportFormat.CSV, include_confidential_addresses=True)
    organizations = folder / "organizations.csv"
    rows = list(csv.reader(io.StringIO(organizations.read_text(encoding="utf-8-sig"))))
    rows[1][next(i for i, h in enumerate(rows[0]) if h.endswith("(name.en)"))] = ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    organizations.write_text(buffer.getvalue(), encoding="utf-8-sig")
    assert not main.exchange_actions.import_from(folder)
    assert "Name – Englisch (name.en)" in messages[-1], messages[-1]


def test_a_file_that_names_no_country_asks_for_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """The official service list names no place: the import asks for the country, the post's
    offered first, and previews the file placed there; declining imports nothing."""
    from exchange.conftest import find_reference

    asked: list[tuple[str, bool]] = []

    def choose(dialog: QInputDialog) -> int:
        label = dialog.findChild(QLabel)
        asked.append((dialog.textValue(), label is not None and label.wordWrap()))
        dialog.setTextValue(next(i for i in dialog.comboBoxItems() if i.endswith("(GB)")))
        return QDialog.DialogCode.Accepted.value

    previews = []
    monkeypatch.setattr(QInputDialog, "exec", choose)
    monkeypatch.setattr(
        ImportPreviewDialog,
        "ask",
        classmethod(lambda _cls, _p, preview, _l, _r: previews.append(preview)),
    )
    path = find_reference() / "examples" / "service_list.json"
    assert not window.exchange_actions.import_from(path)
    assert asked and asked[0][0].endswith("(AT)") and asked[0][1]  # the post's, wrapped
    assert previews and previews[0].countries == ("GB",)
    assert not messages
    monkeypatch.setattr(QInputDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)
    assert not window.exchange_actions.import_from(path)
    assert "choose a country" in messages[-1]


def test_a_file_of_few_records_keeps_the_others_and_the_box_switches_the_preview(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The official organization is one of the United States' records here: the preview
    starts with "keep the others" ticked and says why, retiring nothing; unticking reads
    the file again and lists the US records retired; ticking again and applying keeps them."""
    from exchange.conftest import find_reference

    shown: list[tuple[bool, str]] = []

    def ask(_cls: object, _parent: object, preview: object, lang: str, recheck: object) -> object:
        dialog = ImportPreviewDialog(preview, lang, None, recheck)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        box = dialog.keep_box
        assert box.isVisibleTo(dialog) and "add and update only" in box.text()
        shown.append((box.isChecked(), dialog.browser.toPlainText()))
        box.click()
        shown.append((box.isChecked(), dialog.browser.toPlainText()))
        box.click()
        shown.append((box.isChecked(), dialog.browser.toPlainText()))
        assert dialog.apply_button.isEnabled()
        return dialog.preview

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    before = {r.id for r in window.desk.directory.search("", limit=1000, now=NOW)}
    path = find_reference() / "examples" / "organization_full.json"

    assert window.exchange_actions.import_from(path)

    (first, kept), (second, replaced), (third, again) = shown
    assert first and third and not second
    assert "fewer than half" in kept and "the directory already has 3 in United States" in kept
    assert "4 added, 0 retired, 0 changed" in kept and "Retired (" not in kept
    assert "4 added, 14 retired, 0 changed" in replaced and "fewer than half" not in replaced
    assert "StreetLightUSA" not in kept and "StreetLightUSA" in replaced
    assert again == kept
    assert not messages
    after = {r.id for r in window.desk.directory.search("", limit=1000, now=NOW)}
    assert before < after


def test_a_whole_file_starts_replacing_and_a_refused_recheck_keeps_the_preview(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A file with every record is not partial: the box starts unticked. When reading it
    again in the other mode is refused, the box goes back and the preview stays."""
    path = tmp_path / "d.json"
    window.desk.exchange.export(path, ExportFormat.HSDS_JSON)
    preview = window.desk.exchange.check_import(path)
    asked: list[bool] = []

    def refused(keep_others: bool) -> None:
        asked.append(keep_others)

    dialog = ImportPreviewDialog(preview, "en", None, refused)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert not dialog.keep_box.isChecked() and asked == []  # not re-read on opening
    assert "The records of Austria" in text and "already has" not in text

    dialog.keep_box.click()

    assert asked == [True]
    assert not dialog.keep_box.isChecked() and dialog.preview is preview
    assert dialog.browser.toPlainText() == text


def test_without_recheck_the_box_is_not_offered(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d.json"
    window.desk.exchange.export(path, ExportFormat.HSDS_JSON)
    dialog = ImportPreviewDialog(window.desk.exchange.check_import(path), "en")
    qtbot.addWidget(dialog)
    assert not dialog.keep_box.isVisibleTo(dialog)


def test_enter_never_applies_an_import(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cancel is the default button and Apply never becomes one when it gets the focus, so
    Enter after ticking the box (or anywhere) does not apply the import."""
    from PySide6.QtCore import Qt

    path = tmp_path / "d.json"
    window.desk.exchange.export(path, ExportFormat.HSDS_JSON)
    preview = window.desk.exchange.check_import(path)
    dialog = ImportPreviewDialog(preview, "en", None, lambda _keep: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.apply_button.autoDefault() and not dialog.apply_button.isDefault()
    dialog.keep_box.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
