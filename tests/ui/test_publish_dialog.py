"""Directory → Publish update…: an edit signed with the sample key reaches another post."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from referral_desk.services.desk import Desk
from referral_desk.ui.publish_dialog import PublishDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SECRET_KEYS = Path(__file__).resolve().parents[2] / "data" / "sample-keys"
ORG = "782afc8b-3420-5d7b-8547-ac0fa5c40d27"  # Austrian


def dialog_for(qtbot: QtBot, desk: Desk, output: Path, passphrase: str) -> PublishDialog:
    dialog = PublishDialog(None, desk)
    qtbot.addWidget(dialog)
    dialog.key_path.setText(str(SECRET_KEYS / "SAMPLE-at-coordinator.key"))
    dialog.passphrase.setText(passphrase)
    dialog.publisher.setText("sample-at")
    dialog.sequence.setValue(5)
    dialog.notes["en"].setPlainText("New website of the ministry")
    dialog.notes["de"].setPlainText("Neue Webseite des Ministeriums")
    dialog.output.setText(str(output))
    return dialog


def test_an_edit_is_published_and_another_post_sees_it_changed(
    qtbot: QtBot, sample_desk: Desk, sample_db_template: Path, tmp_path: Path
) -> None:
    sample_desk.editing.save(ORG, 1, {"website": "https://example.org/bmi"}, "moved")
    output = tmp_path / "at-5.rdupdate"
    dialog = dialog_for(qtbot, sample_desk, output, "sample")
    dialog.publish()
    assert dialog.written == output and output.exists()
    post_path = tmp_path / "post.sqlite3"
    shutil.copy(sample_db_template, post_path)
    with Desk.open(post_path) as post:
        preview = post.updates.check(output)
        assert preview.sequence == 5 and preview.update.manifest.countries == ("AT",)
        assert [body.id for body in preview.comparison.changed] == [ORG]
        assert preview.release_notes("de") == "Neue Webseite des Ministeriums"


def test_a_wrong_passphrase_or_missing_notes_are_said_and_nothing_is_written(
    qtbot: QtBot, sample_desk: Desk, tmp_path: Path
) -> None:
    output = tmp_path / "x.rdupdate"
    dialog = dialog_for(qtbot, sample_desk, output, "not the passphrase")
    dialog.publish()
    assert dialog.written is None and not output.exists()
    assert dialog.problem.text()
    dialog.passphrase.setText("sample")
    dialog.notes["en"].setPlainText("")
    dialog.publish()
    assert "English" in dialog.problem.text() and not output.exists()


def test_sample_data_is_not_signed_with_a_real_key_nor_real_data_with_a_sample_key(
    qtbot: QtBot, sample_desk: Desk, tmp_path: Path
) -> None:
    from referral_desk.exchange import minisign
    from referral_desk.exchange.keys import generate_key_files

    own = tmp_path / "own.key"
    light = {"opslimit": minisign.OPSLIMIT_INTERACTIVE, "memlimit": minisign.MEMLIMIT_INTERACTIVE}
    generate_key_files(own, tmp_path / "own.pub", "own", **light)
    output = tmp_path / "x.rdupdate"
    dialog = dialog_for(qtbot, sample_desk, output, "own")
    dialog.key_path.setText(str(own))
    dialog.countries.setText("AT")
    dialog.publish()  # every post would refuse it: the sample directory with a real key
    assert dialog.written is None and not output.exists()
    assert "SAMPLE directory" in dialog.problem.text()


def test_every_label_with_a_mnemonic_has_a_field_to_go_to(
    qtbot: QtBot, sample_desk: Desk, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = dialog_for(qtbot, sample_desk, tmp_path / "x.rdupdate", "sample")
    marked = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert marked  # a label without a buddy shows its "&" as it is
    assert [label.text() for label in marked if label.buddy() is None] == []
    notes = next(label for label in marked if label.text() == "Release &notes:")
    assert notes.buddy() is dialog.notes["en"]
