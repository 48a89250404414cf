"""Printing from a wizard-like result and from the referral log, with every dialog patched."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from pdf_readback import pdf_text
from referral_desk.domain.case import (
    AgeGroup,
    Assessment,
    Case,
    Pathway,
    Phase,
    Step,
    Text,
    Timing,
    Warning,
)
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.vocab import Consent, FollowUp, Kind
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory, SearchFilters
from referral_desk.services.referral_log import body_from_detail
from referral_desk.sheets.pdf import PageSetup, Paper, pdf_printer
from referral_desk.ui import print_actions
from referral_desk.ui.log_view import LogView
from referral_desk.ui.print_actions import SheetOptions, SheetOptionsDialog, sheet_action

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
PERSON = {"name": "Ivana Secretova", "birth_date": "2011-04-03", "document": "AB1234567"}


@pytest.fixture
def desk(synthetic_desk: Desk) -> Desk:
    return synthetic_desk


@pytest.fixture
def directory(desk: Desk) -> Directory:
    return desk.directory


def result_pathway(directory: Directory) -> Pathway:
    """What the wizard's result page holds: an adult's pathway over real directory records."""
    hits = directory.search("", SearchFilters(kind=Kind.SERVICE), now=NOW, limit=2)
    bodies = []
    for hit in hits:
        detail = directory.show(hit.id, NOW)
        assert detail is not None
        bodies.append(body_from_detail(detail))
    steps = (
        Step(
            "r1",
            Phase.FIRST_ASSISTANCE,
            "shelter_women",
            "AT",
            Text({"en": "Refer to the shelter"}),
            Text({"en": "Adults need consent"}),
            Timing.NOW,
            tuple(bodies),
        ),
    )
    return Pathway(
        Case("AT", age_group=AgeGroup.ADULT),
        Assessment.POSSIBLE_TRAFFICKING,
        (),
        steps,
        (Warning("consent", Text({"en": "Ask for informed consent first"})),),
        False,
    )


def database_text(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return "\n".join(connection.iterdump())


def options(**changes: object) -> SheetOptions:
    base = {
        "post": "Consulate Vienna",
        "caseworker": "M. Petrova",
        "second_lang": "bg",
        "paper": Paper.A4,
        "person": dict(PERSON),
        "notes": "Speaks little German; met at Westbahnhof",
    }
    base.update(changes)
    return SheetOptions(**base)  # type: ignore[arg-type]


def test_save_as_pdf_prints_person_fields_but_never_stores_them(
    qtbot: QtBot, desk: Desk, directory: Directory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    target = tmp_path / "out" / "sheet"
    target.parent.mkdir()
    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(lambda *a, **k: options()))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    pathway = result_pathway(directory)
    sheet = sheet_action(page, desk, pathway, "en", print_actions.PDF, now=NOW)
    assert sheet is not None and sheet.logged
    reference = sheet.reference
    printed = pdf_text(target.with_suffix(".pdf"))
    assert reference in printed and "Ivana Secretova" in printed and "AB1234567" in printed
    assert "Assessment / Оценка" in printed
    for body in pathway.steps[0].bodies:
        assert body.ref.name.get("en") in printed
        assert body.phones[0].display in printed
    logged = desk.log.list()
    assert [r.reference for r in logged] == [reference]
    stored = database_text(desk.path)
    assert reference in stored
    for secret in ("Ivana", "Secretova", "2011-04-03", "AB1234567", "Westbahnhof"):
        assert secret not in stored


def test_print_and_preview_paint_the_sheet(
    qtbot: QtBot, desk: Desk, directory: Directory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(lambda *a, **k: options(person={})))
    printed = tmp_path / "printer.pdf"
    monkeypatch.setattr(print_actions, "_printer", lambda setup: pdf_printer(printed, setup))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    sheet = sheet_action(page, desk, result_pathway(directory), "en", print_actions.PRINT, now=NOW)
    assert sheet is not None and sheet.logged and sheet.reference in pdf_text(printed)
    reference = sheet.reference

    previewed = tmp_path / "preview.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        dialog.paintRequested.emit(pdf_printer(previewed, PageSetup()))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    preview = sheet_action(page, desk, result_pathway(directory), "en", print_actions.PREVIEW)
    assert preview is not None and preview.reference in pdf_text(previewed)
    assert not preview.logged
    assert [r.reference for r in desk.log.list()] == [reference]  # a preview is not a referral


def test_cancelled_options_or_print_dialog_do_nothing(
    qtbot: QtBot, desk: Desk, directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(lambda *a, **k: None))
    assert sheet_action(None, desk, result_pathway(directory), "en", print_actions.PDF) is None
    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(lambda *a, **k: options()))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert sheet_action(None, desk, result_pathway(directory), "en", print_actions.PRINT) is None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert sheet_action(None, desk, result_pathway(directory), "en", print_actions.PDF) is None
    assert desk.log.list() == []


def test_options_dialog_returns_what_was_typed(qtbot: QtBot) -> None:
    dialog = SheetOptionsDialog(None, "de", SheetOptions(post="Konsulat"))
    qtbot.addWidget(dialog)
    languages = [dialog.second_lang.itemData(i) for i in range(dialog.second_lang.count())]
    assert languages == ["", *(code for code in UI_LANGUAGES if code != "de")]  # not the sheet's
    dialog.second_lang.setCurrentIndex(languages.index("bg"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.person["name"].setText("  Ana  ")
    dialog.notes.setPlainText("Notes")
    chosen = dialog.options()
    assert chosen.post == "Konsulat" and chosen.second_lang == "bg" and chosen.paper is Paper.LETTER
    assert chosen.person == {"name": "Ana"} and chosen.notes == "Notes" and chosen.save_to_log


def test_log_view_follow_up_statistics_and_reprint(
    qtbot: QtBot, desk: Desk, directory: Directory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(lambda *a, **k: options()))
    first = tmp_path / "first.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(first), ""))
    )
    sheet = sheet_action(None, desk, result_pathway(directory), "en", print_actions.PDF, now=NOW)
    assert sheet is not None
    reference = sheet.reference

    view = LogView(desk, "en")
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    combo = view.bodies.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(FollowUp.ACCEPTED.value))
    view.bodies.item(0, 3).setText("Accepted for the night")
    if view.consent.isEnabled():  # an adult: referred only once the consent is recorded
        view.consent.setCurrentIndex(view.consent.findData(Consent.GIVEN.value))
    assert view.save_follow_up() == 1
    saved = desk.log.list()[0].bodies[0]
    assert saved.status is FollowUp.ACCEPTED and saved.feedback == "Accepted for the night"
    view.status.setCurrentIndex(view.status.findData(FollowUp.DECLINED.value))
    assert view.model.rowCount() == 0
    view.status.setCurrentIndex(0)

    csv_path = tmp_path / "stats.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(csv_path), ""))
    )
    view.refresh_statistics()
    assert view.stats.rowCount() > 0
    assert view.export_csv() == csv_path
    exported = csv_path.read_text(encoding="utf-8")
    assert "accepted" in exported and reference not in exported and "Petrova" not in exported

    again = tmp_path / "reprint.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(again), ""))
    )
    view.table.selectRow(0)
    assert view.reprint(print_actions.PDF)
    reprinted = pdf_text(again)
    assert reference in reprinted and "reprinted" in reprinted
    assert "Ivana" not in reprinted  # the person's details were never kept, so cannot come back
