"""Corrections from a post to the coordinator and back into the queue; the caseworker's own
notes, which stay at the post through reloads and updates and never leave it."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from referral_desk.domain.vocab import Outcome, VerifyHow
from referral_desk.exchange.bundle import unpack_bundle
from referral_desk.exchange.corrections_file import CorrectionsFileError
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.directory import sample_directory_file
from referral_desk.services.errors import InputRefused, RecordNotFound
from update_helpers import CHANGED_AT, austrian_changes, signed, write

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
NOTE = "Ask for the duty officer; say the word Quokka-7731 and they call back"
MARK = "Quokka-7731"  # a word no directory holds


@pytest.fixture
def coordinator(sample_db_template: Path, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "coordinator" / "directory.sqlite3"
    path.parent.mkdir()
    path.write_bytes(sample_db_template.read_bytes())
    with Desk.open(path) as desk:
        yield desk


def test_a_correction_goes_from_the_post_to_the_coordinators_queue(
    sample_desk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    reported = sample_desk.corrections.report(
        CHANGED_AT,
        "The hotline number\n rings out",
        "A new number +43 1 00000 777",
        "Post Linz",
        NOW,
    )
    assert reported.record_name.startswith("Federal Office for Immigration and Asylum")
    assert reported.country == "AT" and not reported.imported
    assert reported.wrong == "The hotline number rings out"  # one line
    path = tmp_path / "linz.corrections.json"
    assert sample_desk.corrections.export(path, now=NOW) == 1
    assert sample_desk.corrections.to_send() == []  # sent: the next file is empty
    assert sample_desk.corrections.export(tmp_path / "again.json", now=NOW) == 0

    notices: list[Changes] = []
    coordinator.subscribe(notices.append)
    result = coordinator.corrections.import_file(path)
    assert (result.added, result.already_there) == (1, 0)
    assert notices == [Changes(corrections=True)]
    [arrived] = coordinator.corrections.listed(record_id=CHANGED_AT)
    assert arrived.imported and arrived.id == reported.id
    assert (arrived.wrong, arrived.found, arrived.post) == (
        reported.wrong,
        reported.found,
        "Post Linz",
    )
    queue = coordinator.verification.queue(6)
    [item] = [i for i in queue if i.facts.id == CHANGED_AT]
    assert item.corrections == (reported.id,)  # shown beside the record, though not due

    again = coordinator.corrections.import_file(path)
    assert (again.added, again.already_there) == (0, 1)
    assert len(coordinator.corrections.listed()) == 1


def test_reaching_the_body_closes_its_corrections_but_no_answer_does_not(
    sample_desk: Desk,
) -> None:
    sample_desk.corrections.report(CHANGED_AT, "wrong fax", "", "Post Graz", NOW)
    sample_desk.verification.record(CHANGED_AT, "M.", VerifyHow.PHONE, Outcome.UNREACHABLE)
    assert len(sample_desk.corrections.listed(record_id=CHANGED_AT)) == 1
    sample_desk.verification.record(CHANGED_AT, "M.", VerifyHow.PHONE, Outcome.CHANGED, "fax")
    assert sample_desk.corrections.listed(record_id=CHANGED_AT) == []
    assert len(sample_desk.corrections.listed(open_only=False, record_id=CHANGED_AT)) == 1


def test_a_correction_needs_what_is_wrong_and_a_post(sample_desk: Desk) -> None:
    with pytest.raises(InputRefused, match="what is wrong"):
        sample_desk.corrections.report(CHANGED_AT, "  ", "x", "Post", NOW)
    with pytest.raises(InputRefused, match="which post"):
        sample_desk.corrections.report(CHANGED_AT, "x", "y", "", NOW)
    with pytest.raises(RecordNotFound):
        sample_desk.corrections.report("no-such-id", "x", "y", "Post", NOW)
    assert sample_desk.corrections.listed(open_only=False) == []


def _good_file(tmp_path: Path, desk: Desk) -> Path:
    desk.corrections.report(CHANGED_AT, "wrong number", "", "Post A", NOW)
    desk.corrections.report(CHANGED_AT, "wrong e-mail", "", "Post A", NOW)
    path = tmp_path / "good.corrections.json"
    desk.corrections.export(path, now=NOW)
    return path


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda c: c["corrections"][1].pop("wrong"), "corrections[1]: 'wrong' is a required"),
        (lambda c: c["corrections"][1].update(record_id="x"), "corrections[1].record_id"),
        (lambda c: c["corrections"][1].update(reported_at="yesterday"), "not a time in ISO"),
        (lambda c: c["corrections"][1].update(id=c["corrections"][0]["id"]), "the same id"),
        (lambda c: c["corrections"][1].update(wrong="a\u202eb"), "corrections[1].wrong"),
        (lambda c: c.update(format="referral-desk-directory"), "not a Referral Desk corrections"),
        (lambda c: c.update(format_version=2), "format_version"),
    ],
)
def test_a_bad_file_is_refused_whole_with_the_place_named(
    sample_desk: Desk, coordinator: Desk, tmp_path: Path, damage: object, said: str
) -> None:
    path = _good_file(tmp_path, sample_desk)
    content = json.loads(path.read_text(encoding="utf-8"))
    damage(content)  # type: ignore[operator]
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(CorrectionsFileError) as refused:
        coordinator.corrections.import_file(path)
    assert any(said in problem for problem in refused.value.problems), refused.value.problems
    assert coordinator.corrections.listed(open_only=False) == []  # not even the good one


@pytest.mark.parametrize(
    ("raw", "said"),
    [(b"", "the file is empty"), (b'{"format": ', "not valid JSON"), (b"\xff\xfe{}", "UTF")],
)
def test_a_file_that_is_not_json_is_refused(
    coordinator: Desk, tmp_path: Path, raw: bytes, said: str
) -> None:
    path = tmp_path / "bad.corrections.json"
    path.write_bytes(raw)
    with pytest.raises(CorrectionsFileError, match=said):
        coordinator.corrections.import_file(path)
    with pytest.raises(CorrectionsFileError, match="does not exist"):
        coordinator.corrections.import_file(tmp_path / "missing.json")


# ------------------------------------------------------------------------------- own notes


def test_a_note_is_kept_changed_and_taken_away(sample_desk: Desk) -> None:
    notices: list[Changes] = []
    sample_desk.subscribe(notices.append)
    assert sample_desk.notes.get(CHANGED_AT) == ""
    sample_desk.notes.set(CHANGED_AT, f"  {NOTE}\n")
    assert sample_desk.notes.get(CHANGED_AT) == NOTE
    sample_desk.notes.set(CHANGED_AT, NOTE)  # the same: nothing changes
    assert sample_desk.notes.noted() == [CHANGED_AT]
    sample_desk.notes.set(CHANGED_AT, "")
    assert sample_desk.notes.get(CHANGED_AT) == "" and sample_desk.notes.noted() == []
    assert notices == [Changes(notes=True), Changes(notes=True)]
    with pytest.raises(InputRefused):
        sample_desk.notes.set(CHANGED_AT, "x" * 2001)


def test_a_note_survives_a_directory_reload_and_a_signed_update(
    sample_desk: Desk, tmp_path: Path
) -> None:
    sample_desk.notes.set(CHANGED_AT, NOTE)
    sample_desk.directory.replace_from_file(sample_directory_file())
    assert sample_desk.notes.get(CHANGED_AT) == NOTE
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    sample_desk.updates.apply(sample_desk.updates.check(path), NOW)
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.phones[0].number == "+43100000099"  # it did change
    assert sample_desk.notes.get(CHANGED_AT) == NOTE
    sample_desk.updates.undo(NOW)
    assert sample_desk.notes.get(CHANGED_AT) == NOTE


def test_a_note_survives_an_import_and_its_undo(sample_desk: Desk, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from referral_desk.services.exchange import ExportFormat

    sample_desk.notes.set(CHANGED_AT, NOTE)
    path = tmp_path / "d.xlsx"
    sample_desk.exchange.export(path, ExportFormat.XLSX, include_confidential_addresses=True)
    book = load_workbook(path)
    organizations = book["Organizations"]
    row = next(r for r in organizations.iter_rows(min_row=2) if r[0].value == CHANGED_AT)
    row[1].value = "Renamed by an import"
    book.save(path)
    sample_desk.exchange.apply_import(sample_desk.exchange.check_import(path), NOW)
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.name.get("en") == "Renamed by an import"
    assert sample_desk.notes.get(CHANGED_AT) == NOTE
    undone = sample_desk.updates.undo(NOW)
    assert undone is not None and undone.imported is not None
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None and detail.name.get("en") != "Renamed by an import"
    assert sample_desk.notes.get(CHANGED_AT) == NOTE


def test_a_note_never_leaves_the_post(sample_desk: Desk, tmp_path: Path) -> None:
    from referral_desk.exchange.vcard import detail_as_vcard
    from referral_desk.sheets.plain import detail_as_text
    from update_helpers import secret_key

    sample_desk.notes.set(CHANGED_AT, NOTE)
    sample_desk.corrections.report(CHANGED_AT, "wrong number", "new one", "Post Linz", NOW)
    path = tmp_path / "out.corrections.json"
    sample_desk.corrections.export(path, now=NOW)
    detail = sample_desk.directory.show(CHANGED_AT, NOW)
    assert detail is not None
    bundle = sample_desk.updates.publish(
        secret_key("sample-at"), "sample-at", ("AT",), 1, {"en": "notes stay"}
    )
    outputs = {
        "corrections file": path.read_text(encoding="utf-8"),
        "copied details": detail_as_text(detail, "en", NOW),
        "vCard": detail_as_vcard(detail, "en", ""),
        "the detail record": repr(detail),
        "a signed update": gzip.decompress(unpack_bundle(bundle).payload).decode("utf-8"),
    }
    for name, text in outputs.items():
        assert MARK not in text, name
    assert "wrong number" in outputs["corrections file"]  # the outputs hold the record
    assert all(detail.name.get("en") in outputs[name] for name in ("copied details", "vCard"))
    assert CHANGED_AT in outputs["a signed update"]
