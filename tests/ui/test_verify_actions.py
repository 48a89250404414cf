"""The main window keeps the directory true: Verify in the detail pane, the queue, the freshness
chart, corrections out and in, and the caseworker's own note under the details."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from referral_desk.domain.vocab import Freshness, Outcome, VerifyHow
from referral_desk.services.desk import Desk
from referral_desk.services.editing import EditableRecord
from referral_desk.settings import Settings
from referral_desk.ui.check_dialog import CheckDialog, CheckInput
from referral_desk.ui.correction_dialog import CorrectionDialog, CorrectionInput
from referral_desk.ui.freshness_view import FreshnessView
from referral_desk.ui.main_window import MainWindow
from referral_desk.ui.record_editor import EditDone, RecordEditor
from referral_desk.ui.verification_queue import QueueWindow
from update_helpers import CHANGED_AT

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
SETTINGS = Settings(
    post_name="Task Force office",
    post_country="AT",
    post_timezone="Europe/Vienna",
    caseworker_name="M. Huber",
)
# The offscreen platform can neither pass size hints nor raise a window: no fault of the app.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", r"This plugin does not support raise\(\)"
)


@pytest.fixture
def window(qtbot: QtBot, sample_desk: Desk) -> Iterator[MainWindow]:
    saved: list[Settings] = []
    main = MainWindow(sample_desk, SETTINGS, clock=lambda: NOW, save=saved.append)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main


def _editing(window: MainWindow) -> None:
    window.edit_actions.mode_action.setChecked(True)
    assert window.settings.editing_enabled


def test_verify_is_only_there_in_editing_mode(window: MainWindow) -> None:
    actions = window.verify_actions
    window.show_record(CHANGED_AT)
    assert not actions.verify_action.isVisible() and not actions.queue_action.isVisible()
    assert actions.correction_action.isEnabled()  # every post can report a correction
    assert not actions.verify()
    _editing(window)
    assert actions.verify_action.isVisible() and actions.verify_action.isEnabled()
    assert actions.queue_action.isVisible() and actions.freshness_action.isEnabled()


def test_one_click_verify_records_a_confirmation_and_the_pane_shows_it(
    window: MainWindow, sample_desk: Desk
) -> None:
    _editing(window)
    window.show_record(CHANGED_AT)
    before = window.detail.detail
    window.verify_actions.verify_action.trigger()
    [check] = sample_desk.verification.history(CHANGED_AT)
    assert (check.by, check.how, check.outcome) == ("M. Huber", VerifyHow.PHONE, Outcome.CONFIRMED)
    shown = window.detail.detail
    assert shown is not None and before is not None
    assert shown.verification.at == check.on and shown.phones == before.phones
    assert f"Last verified {check.on.isoformat()} by M. Huber (phone call)" in window.detail.text()
    window.verify_actions.how_actions[VerifyHow.EMAIL].trigger()
    assert sample_desk.verification.history(CHANGED_AT)[0].how is VerifyHow.EMAIL


def test_record_a_check_with_a_note_asks_in_a_dialog(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _editing(window)
    window.show_record(CHANGED_AT)
    asked = CheckInput("K. Ivanova", VerifyHow.LETTER, Outcome.CHANGED, "moved to Linz")
    monkeypatch.setattr(CheckDialog, "ask", staticmethod(lambda *args: asked))
    forms = _saving_forms(monkeypatch, "https://example.org/linz")
    assert window.verify_actions.record_check()  # "changed" opened the form, saved, then kept
    assert forms == [(CHANGED_AT, "Change confirmed by letter: moved to Linz")]
    [check] = sample_desk.verification.history(CHANGED_AT)
    assert (check.by, check.outcome, check.note) == ("K. Ivanova", Outcome.CHANGED, "moved to Linz")
    assert sample_desk.editing.record(CHANGED_AT).fields["website"] == "https://example.org/linz"
    asked = CheckInput("K. Ivanova", VerifyHow.IN_PERSON, Outcome.CONFIRMED, "met the director")
    assert window.verify_actions.record_check()
    assert "by K. Ivanova (in person) – met the director" in window.detail.text()


def _saving_forms(monkeypatch: pytest.MonkeyPatch, website: str | None) -> list[tuple[str, str]]:
    """The record form stands in: it sets the website and saves (None: the editor cancels)."""
    opened: list[tuple[str, str]] = []

    def ask(
        _parent: object, desk: Desk, kind: object, record: EditableRecord, **where: str
    ) -> EditDone | None:
        opened.append((record.id, where["reason"]))
        if website is None:
            return None
        dialog = RecordEditor(None, desk, record.kind, record, reason=where["reason"])
        dialog.editors["website"].set_value(website)
        dialog.save()
        return dialog.done_edit

    monkeypatch.setattr(RecordEditor, "ask", staticmethod(ask))
    return opened


def test_changed_in_the_queue_opens_the_form_and_is_kept_once_saved(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_desk.corrections.report(CHANGED_AT, "old website", "", "Post Linz")  # brings it in
    _editing(window)
    queue = window.verify_actions.show_queue()
    row = queue.model.row_of(CHANGED_AT)
    assert row >= 0
    queue.table.selectRow(row)
    queue.note.setText("new website")
    forms = _saving_forms(monkeypatch, None)  # the editor cancels: nothing is kept
    queue.outcome_buttons[Outcome.CHANGED].click()
    assert forms == [(CHANGED_AT, "Change confirmed by phone call: new website")]
    assert sample_desk.verification.history(CHANGED_AT) == []
    assert queue.problem.text() == "Nothing recorded: the change was not saved."
    forms = _saving_forms(monkeypatch, "https://example.org/new")
    queue.outcome_buttons[Outcome.CHANGED].click()
    [check] = sample_desk.verification.history(CHANGED_AT)
    assert check.outcome is Outcome.CHANGED and check.note == "new website"
    assert sample_desk.editing.record(CHANGED_AT).fields["website"] == "https://example.org/new"
    assert queue.model.row_of(CHANGED_AT) == -1  # the change is in: it is verified, not due
    shown = window.show_record(CHANGED_AT)
    assert shown is not None and window.detail.detail is not None
    assert window.detail.detail.verification.at == check.on
    queue.close()
    QApplication.processEvents()


def test_the_check_dialog_wants_a_note_for_a_change(qtbot: QtBot) -> None:
    dialog = CheckDialog(None, "Body", "M.")
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.CHANGED.value))
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text() == "Say in the note what changed."
    dialog.note.setText("new number")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.value() == CheckInput("M.", VerifyHow.PHONE, Outcome.CHANGED, "new number")


def test_report_and_export_a_correction(
    window: MainWindow, sample_desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.show_record(CHANGED_AT)
    seen: list[tuple[str, str]] = []

    def ask(_parent: object, name: str, post: str) -> CorrectionInput:
        seen.append((name, post))
        return CorrectionInput("the fax is gone", "they use e-mail now", post)

    monkeypatch.setattr(CorrectionDialog, "ask", staticmethod(ask))
    assert window.verify_actions.report_correction()
    assert seen and seen[0][1] == "Task Force office"
    [kept] = sample_desk.corrections.listed()
    assert (kept.record_id, kept.wrong) == (CHANGED_AT, "the fax is gone")
    path = tmp_path / "out.corrections.json"
    assert window.verify_actions.export_corrections(str(path))
    assert "the fax is gone" in path.read_text(encoding="utf-8")


def test_the_correction_dialog_warns_about_personal_data_and_wants_what_is_wrong(
    qtbot: QtBot,
) -> None:
    dialog = CorrectionDialog(None, "Body", "Post")
    qtbot.addWidget(dialog)
    assert "Never write anything about the person you are helping" in dialog.warning.text()
    dialog.accept()
    assert dialog.result() == 0 and "what is wrong" in dialog.problem.text()
    dialog.wrong.setPlainText("closed on Fridays now")
    dialog.accept()
    assert dialog.result() == 1


def test_the_note_is_saved_and_kept_when_moving_to_another_record(
    window: MainWindow, sample_desk: Desk, qtbot: QtBot
) -> None:
    notes = window.verify_actions.notes
    window.show_record(CHANGED_AT)
    assert notes.isEnabled() and notes.text() == ""
    qtbot.keyClicks(notes.editor, "ask for the duty officer")
    assert notes.save_button.isEnabled()
    other = next(hit.id for hit in sample_desk.directory.search("police") if hit.id != CHANGED_AT)
    window.show_record(other)  # moving on keeps what was typed
    assert sample_desk.notes.get(CHANGED_AT) == "ask for the duty officer"
    assert notes.text() == ""
    window.show_record(CHANGED_AT)
    assert notes.text() == "ask for the duty officer" and not notes.save_button.isEnabled()
    window.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert "Federal Office" in copied and "ask for the duty officer" not in copied
    notes.editor.setPlainText("")
    notes.save_button.click()
    assert sample_desk.notes.get(CHANGED_AT) == ""


def test_the_queue_window_shows_numbers_large_and_records_outcomes(
    qtbot: QtBot, sample_desk: Desk
) -> None:
    sample_desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Linz")
    queue = QueueWindow(sample_desk, "en", "M. Huber", 6, today=NOW.date())
    qtbot.addWidget(queue)
    queue.show()
    first = queue.current()
    assert first is not None and first.urgent_line
    assert first.facts.phones[0].display in queue.numbers.text()
    assert queue.numbers.font().pointSize() >= 20
    queue.outcome_buttons[Outcome.CHANGED].click()  # no note: refused, nothing kept
    assert queue.problem.text() == "Say in the note what changed."
    assert sample_desk.verification.history(first.facts.id) == []
    queue.note.setText("rings out; the line is staffed at night")
    queue.outcome_buttons[Outcome.UNREACHABLE].click()
    assert sample_desk.verification.history(first.facts.id)[0].outcome is Outcome.UNREACHABLE
    assert queue.current() is not None and queue.current().facts.id == first.facts.id  # type: ignore[union-attr]
    assert "unreachable" in queue.about.text()
    queue.outcome_buttons[Outcome.CONFIRMED].click()
    assert queue.model.row_of(first.facts.id) == -1  # confirmed: it leaves the queue
    row = queue.model.row_of(CHANGED_AT)
    assert row >= 0  # the correction brings it in
    queue.table.selectRow(row)
    assert "wrong fax" in queue.reports.text() and "Post Linz" in queue.reports.text()


def test_freshness_view_charts_each_dimension_and_saves_csv(
    qtbot: QtBot, sample_desk: Desk, tmp_path: Path
) -> None:
    view = FreshnessView(sample_desk, "en", today=date(2026, 11, 30))
    qtbot.addWidget(view)
    view.show()
    expected = sample_desk.verification.freshness(Freshness.COUNTRY, date(2026, 11, 30))
    assert sorted(view.rows, key=lambda r: r.group) == expected
    assert "Austria" in view.chart.names and len(view.chart.names) == len(view.rows)
    assert view.chart.names == sorted(view.chart.names, key=str.casefold)
    view.dimension.setCurrentIndex(view.dimension.findData(Freshness.CATEGORY.value))
    assert view.rows[0].dimension is Freshness.CATEGORY and "Police" in view.chart.names
    image = view.chart.grab()
    assert image.height() >= view.chart.row_height() * len(view.rows)
    path = tmp_path / "fresh.csv"
    assert view.export_csv(str(path))
    assert path.read_text(encoding="utf-8").startswith("dimension,group,records")


def test_import_corrections_opens_the_queue(
    window: MainWindow, sample_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Linz")
    path = tmp_path / "in.corrections.json"
    sample_desk.corrections.export(path)
    _editing(window)
    window.apply_settings(replace(window.settings, staleness_months=12))
    bad = tmp_path / "bad.corrections.json"
    bad.write_text("{", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        "referral_desk.ui.verify_actions.message",
        lambda _parent, _title, text, *args: shown.append(text),
    )
    assert not window.verify_actions.import_corrections(str(bad))
    assert shown and "Nothing was imported" in shown[0]
    assert window.verify_actions.import_corrections(str(path)) is True  # already here: 0 added
    queue = window.verify_actions.queue_window
    assert queue is not None and queue.isVisible()
    row = queue.model.row_of(CHANGED_AT)
    queue.table.doubleClicked.emit(queue.model.index(row, 0))  # shown in the main window
    assert window.shown_record() == CHANGED_AT
    queue.close()
    QApplication.processEvents()


def test_a_reports_day_in_the_queue_is_the_posts_day(qtbot: QtBot, sample_desk: Desk) -> None:
    from datetime import UTC, datetime

    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already 1 December in Tokyo
    sample_desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Linz", now=late)
    for zone, day in (("Asia/Tokyo", "2026-12-01"), ("America/New_York", "2026-11-30")):
        queue = QueueWindow(sample_desk, "en", "M. Huber", 6, today=NOW.date(), zone=zone)
        qtbot.addWidget(queue)
        queue.table.selectRow(queue.model.row_of(CHANGED_AT))
        assert queue.current().facts.id == CHANGED_AT  # type: ignore[union-attr]
        assert day in queue.reports.text(), zone


def test_the_coordinators_windows_open_inside_the_screen(window: MainWindow) -> None:
    """The queue, freshness, history, retired and log windows fit the screen and stay on it,
    even when the main window sits in the screen's bottom-right corner."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.move(area.right() - 200, area.bottom() - 150)
    _editing(window)
    opened = [
        window.verify_actions.show_queue(),
        window.verify_actions.show_freshness(),
        window.edit_actions.show_history(None),
        window.edit_actions.show_retired(),
    ]
    for shown in opened:
        geometry = shown.geometry()
        assert geometry.width() <= area.width() and geometry.height() <= area.height(), (
            type(shown).__name__,
            shown.minimumSizeHint(),
        )
        assert area.contains(geometry.topLeft()) and area.contains(geometry.bottomRight()), (
            type(shown).__name__,
            geometry,
            area,
        )
