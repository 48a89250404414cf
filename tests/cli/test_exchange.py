"""``export`` and ``import`` on the command line: each format out and back, refusals, --yes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.cli.exit_codes import ExitCode

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("hsds-json", "d.json"),
        ("hsds-csv", "hsds"),
        ("xlsx", "d.xlsx"),
        ("ods", "d.ods"),
        ("csv", "sheets"),
    ],
)
def test_export_then_import_changes_nothing(kind: str, name: str, run: Run, tmp_path: Path) -> None:
    target = tmp_path / name
    code, out, err = run("export", "--format", kind, "-o", str(target))
    assert code == ExitCode.OK, err
    assert "confidential places are left out" in out
    code, out, err = run("import", str(target))
    assert code == ExitCode.OK, err
    assert "0 added, 0 retired, 0 changed" in out
    assert "The import changes nothing in the directory." in out
    assert "keeps the address already held" in out


def test_confidential_export_is_marked(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "d.xlsx"
    code, out, _err = run("export", "--format", "xlsx", "-o", str(target), "--include-confidential")
    assert code == ExitCode.OK
    assert out.splitlines()[-1].startswith("CONFIDENTIAL")


def test_an_edited_file_is_previewed_then_applied_with_yes(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "d.xlsx"
    run("export", "--format", "xlsx", "-o", str(target), "--include-confidential")
    book = load_workbook(target)
    book["Phones"]["B3"] = "+43 1 00000 777"
    book.save(target)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    code, out, err = run("import", str(target))
    assert code == ExitCode.DECLINED and "Not applied." in out  # no answer is no
    code, out, err = run("import", str(target), "--yes")
    assert code == ExitCode.OK, err
    assert "1 changed" in out and "+43 1 00000 777" in out and "Applied." in out
    code, out, _err = run("search", "00000 777")
    assert code == ExitCode.OK and "service" in out


def test_an_import_shows_in_the_update_history_and_is_undone(run: Run, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "d.xlsx"
    run("export", "--format", "xlsx", "-o", str(target), "--include-confidential")
    book = load_workbook(target)
    book["Phones"]["B3"] = "+43 1 00000 777"
    book.save(target)
    code, out, err = run("update", "history")
    assert code == ExitCode.OK and "No update has been applied and no file imported" in out
    code, out, err = run("import", str(target), "--yes")
    assert code == ExitCode.OK, err
    assert "`update undo`" in out
    code, out, err = run("update", "history")
    assert code == ExitCode.OK, err
    assert "import of d.xlsx (xlsx;" in out
    assert "0 added, 0 retired, 1 changed, can be undone" in out
    code, out, err = run("update", "undo")
    assert code == ExitCode.OK, err
    assert out.startswith("Undone: ") and "import of d.xlsx" in out
    code, out, _err = run("search", "00000 777")
    assert "00000 777" not in out
    code, out, _err = run("update", "undo")
    assert code == ExitCode.NOT_FOUND and "no update or import to undo" in out


def test_a_broken_file_is_refused_with_its_places(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    run("export", "--format", "csv", "-o", str(folder), "--include-confidential")
    phones = folder / "phones.csv"
    phones.write_text(
        phones.read_text(encoding="utf-8-sig").replace(",voice,", ",pager,", 1),
        encoding="utf-8-sig",
    )
    code, out, err = run("import", str(folder), "--yes")
    assert code == ExitCode.REFUSED and out == ""
    assert "nothing changed" in err
    assert "sheet Phones, row 2, column Type (type)" in err


def test_a_missing_file_and_a_bad_output_are_usage_errors(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("import", str(tmp_path / "none.xlsx"))
    assert code == ExitCode.USAGE and "does not exist" in err
    code, _out, err = run("export", "--format", "xlsx", "-o", str(tmp_path / "no" / "d.xlsx"))
    assert code == ExitCode.USAGE and "does not exist" in err


def test_a_refusal_in_german_names_the_language_of_a_column_in_german(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    run("export", "--format", "csv", "-o", str(folder), "--include-confidential")
    organizations = folder / "organizations.csv"
    rows = list(csv.reader(io.StringIO(organizations.read_text(encoding="utf-8-sig"))))
    rows[1][next(i for i, h in enumerate(rows[0]) if h.endswith("(name.en)"))] = ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    organizations.write_text(buffer.getvalue(), encoding="utf-8-sig")
    code, _out, err = run("import", str(folder), "--yes", "--lang", "de")
    assert code == ExitCode.REFUSED
    assert "Blatt Organisationen, Zeile 2, Spalte Name – Englisch (name.en)" in err, err


def test_a_file_that_names_no_country_takes_one_from_the_command_line(run: Run) -> None:
    from exchange.conftest import find_reference

    path = str(find_reference() / "examples" / "service_list.json")
    code, _out, err = run("import", path)
    assert code == ExitCode.REFUSED
    assert "choose a country for the import" in err and "--country" in err
    code, _out, err = run("import", path, "--country", "XX")
    assert code == ExitCode.USAGE and "XX" in err
    code, _out, err = run("import", path, "--country", "gb", "--timezone", "Mars/Olympus")
    assert code == ExitCode.USAGE and "Mars/Olympus" in err
    code, out, _err = run("import", path, "--country", "gb", "--yes")
    assert code == ExitCode.OK
    assert "replaces the records of GB" in out
    assert "field id: The file has no value here; the import used GB." in out


def test_the_preview_marks_retired_bodies_with_a_minus(run: Run) -> None:
    """The official organization is in the US: the sample's US bodies are listed as retired,
    each with "-", not with the "+" of an added one."""
    from exchange.conftest import find_reference

    path = str(find_reference() / "examples" / "organization_full.json")
    code, out, _err = run("import", path, "--yes")
    assert code == ExitCode.OK
    added = out[out.index("Added:") : out.index("Retired:")]
    retired = out[out.index("Retired:") : out.index("Report")]
    assert "  + organization: Example Organization Inc." in added
    assert "  - organization: StreetLightUSA" in retired and "  + " not in retired


def test_hsds_json_can_be_written_one_service_full_per_service(run: Run, tmp_path: Path) -> None:
    import json

    target = tmp_path / "services.json"
    code, _out, err = run(
        "export", "--format", "hsds-json", "--shape", "services", "-o", str(target)
    )
    assert code == ExitCode.OK, err
    contents = json.loads(target.read_text(encoding="utf-8"))["contents"]
    assert len(contents) == 173 and all("organization" in item for item in contents)
    code, _out, err = run(
        "export", "--format", "xlsx", "--shape", "services", "-o", str(tmp_path / "x.xlsx")
    )
    assert code == ExitCode.USAGE and "--shape" in err
