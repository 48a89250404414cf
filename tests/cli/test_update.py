"""``update``, ``publish`` and ``keys`` on the command line: what they print, exit codes, state."""

from __future__ import annotations

import io
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk.cli.exit_codes import ExitCode
from referral_desk.exchange.update_preview import part_for
from update_helpers import (
    LONE_AT,
    SECRET_KEYS,
    austrian_changes,
    dump_hash,
    organization_ids,
    sample,
    signed,
    write,
)

Run = Callable[..., tuple[int, str, str]]


def test_verify_prints_the_preview_and_changes_nothing(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    before = dump_hash(db_path)
    code, out, _err = run("update", "verify", str(path))
    assert code == ExitCode.OK
    assert "Update 1 from Austrian national coordinator (SAMPLE)" in out
    assert "Vienna Provincial Police Directorate" in out
    assert "was: +43 1 00000 0" in out and "now: +43 1 00000 099" in out
    assert "Release notes:\n  Test update" in out
    assert dump_hash(db_path) == before


def test_apply_asks_first_and_a_no_changes_nothing(
    run: Run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    before = dump_hash(db_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _err = run("update", "apply", str(path))
    assert code == ExitCode.DECLINED and "Nothing was changed." in out
    assert dump_hash(db_path) == before
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    code, out, _err = run("update", "apply", str(path))
    assert code == ExitCode.OK and "Applied:" in out
    assert LONE_AT not in organization_ids(db_path)


def test_apply_undo_history(run: Run, db_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    write(stick, "at-1.rdupdate", signed(austrian_changes()))
    assert run("update", "apply", str(stick), "--yes")[0] == ExitCode.OK
    code, out, _err = run("update", "history")
    assert code == ExitCode.OK
    assert "Austrian national coordinator (SAMPLE) update 1 (AT, of 2026-11-20)" in out
    assert "can be undone" in out
    code, out, _err = run("update", "undo")
    assert code == ExitCode.OK and out.startswith("Undone:")
    assert LONE_AT in organization_ids(db_path)
    assert run("update", "undo")[0] == ExitCode.NOT_FOUND
    assert "undone" in run("update", "history")[1]


def test_apply_from_a_stick_applies_each_publishers_newest_in_turn(
    run: Run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    write(stick, "at-1.rdupdate", signed(austrian_changes()))
    write(stick, "at-2.rdupdate", signed(austrian_changes(), sequence=2))
    bulgarian = part_for(sample(), ("BG",))
    write(stick, "bg-1.rdupdate", signed(bulgarian, publisher="sample-bg"))
    code, out, _err = run("update", "apply", str(stick), "--yes")
    assert code == ExitCode.OK
    assert out.count("Applied:") == 2
    code, out, _err = run("update", "history")
    assert "Bulgarian national coordinator (SAMPLE) update 1" in out
    assert "Austrian national coordinator (SAMPLE) update 2" in out
    assert "Austrian national coordinator (SAMPLE) update 1" not in out  # older: passed over
    # A no to the second publisher's update keeps the first one applied.
    second = tmp_path / "second"
    write(second, "at-3.rdupdate", signed(austrian_changes(), sequence=3))
    write(
        second,
        "bg-2.rdupdate",
        signed(part_for(sample(), ("BG",)), publisher="sample-bg", sequence=2),
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\nn\n"))
    code, out, _err = run("update", "apply", str(second))
    assert code == ExitCode.OK and out.count("Applied:") == 1
    assert "That update was not applied." in out
    assert len(run("update", "history")[1].strip().splitlines()) == 3


def test_a_refused_update_says_why_in_one_sentence(run: Run, db_path: Path, tmp_path: Path) -> None:
    good = signed(austrian_changes())
    path = write(tmp_path, "bad.rdupdate", good[:-10])
    before = dump_hash(db_path)
    code, out, err = run("update", "apply", str(path), "--yes")
    assert code == ExitCode.REFUSED and out == ""
    assert "The update file is incomplete" in err
    assert dump_hash(db_path) == before


def test_publish_writes_an_update_the_post_accepts(run: Run, db_path: Path, tmp_path: Path) -> None:
    phrase = write(tmp_path, "phrase", b"sample\n")
    output = tmp_path / "sample-bg-7.rdupdate"
    code, out, err = run(
        "publish",
        "-o",
        str(output),
        "--key",
        str(SECRET_KEYS / "SAMPLE-bg-coordinator.key"),
        "--publisher",
        "sample-bg",
        "--sequence",
        "7",
        "--notes-en",
        "Checked every phone number",
        "--notes-de",
        "Alle Nummern geprüft",
        "--passphrase-file",
        str(phrase),
    )
    assert code == ExitCode.OK, err
    assert "update 7 of sample-bg for BG" in out
    code, out, _err = run("update", "verify", str(output))
    assert code == ExitCode.OK
    assert "0 added, 0 retired, 0 changed" in out
    assert "Checked every phone number" in out


def test_keys_generate_list_trust_and_rotate(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    phrase = write(tmp_path, "phrase", b"correct horse\n")
    secret, public = tmp_path / "at.key", tmp_path / "at.pub"
    code, out, _err = run(
        "keys",
        "generate",
        "--secret",
        str(secret),
        "--public",
        str(public),
        "--passphrase-file",
        str(phrase),
        "--light-test-key",
    )
    assert code == ExitCode.OK
    key_id = out.split()[1].rstrip(":")
    assert len(key_id) == 16
    assert secret.stat().st_mode & 0o077 == 0

    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    trust = ("keys", "trust", str(public), "--publisher", "at-coordinator", "--countries", "AT")
    assert run(*trust)[0] == ExitCode.DECLINED
    assert key_id not in run("keys", "list")[1]
    code, out, _err = run(*trust, "--yes", "--note", "id read out by phone")
    assert code == ExitCode.OK
    listed = run("keys", "list")[1]
    assert f"{key_id}  trusted   at-coordinator" in listed
    assert "SAMPLE" in listed and "id read out by phone" in listed

    new_secret, new_public = tmp_path / "at2.key", tmp_path / "at2.pub"
    run(
        "keys",
        "generate",
        "--secret",
        str(new_secret),
        "--public",
        str(new_public),
        "--passphrase-file",
        str(phrase),
        "--light-test-key",
    )
    statement = tmp_path / "rotate.rdstatement"
    code, out, _err = run(
        "keys",
        "rotate",
        "--old",
        str(secret),
        "--new",
        str(new_public),
        "--publisher",
        "at-coordinator",
        "-o",
        str(statement),
        "--passphrase-file",
        str(phrase),
    )
    assert code == ExitCode.OK
    code, out, _err = run("keys", "accept", str(statement))
    assert code == ExitCode.OK
    assert out.startswith(f"Accepted: key {key_id} of ") and " is replaced by key " in out
    listed = run("keys", "list")[1]
    assert f"{key_id}  replaced" in listed


def test_db_load_says_it_is_for_development_only(run: Run) -> None:
    code, out, _err = run("db", "load", str(Path(__file__).parents[2] / "data" / "directory.json"))
    assert code == ExitCode.OK
    assert "for development and testing only" in out


def test_apply_from_an_https_address_with_the_posts_certificate_authority(
    run: Run, db_path: Path, db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from https_server import Served, https_server

    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    served = Served()
    served.file("/at-1.rdupdate", signed(austrian_changes()))
    before = dump_hash(db_path)
    with https_server(tmp_path / "tls", served) as address:
        url = f"{address}/at-1.rdupdate"
        code, _out, err = run("update", "verify", url)
        assert code == ExitCode.REFUSED
        assert "could not prove who it is" in err and "Traceback" not in err
        assert dump_hash(db_path) == before
        ca = str(tmp_path / "tls" / "ca.pem")
        code, out, err = run("update", "verify", url, "--ca-file", ca)
        assert code == ExitCode.OK, err
        hint = out.splitlines()[-1].removeprefix("The update is valid. Apply it with: ")
        assert shlex.split(hint)[1:] == ["--db", db_target, "update", "apply", url, "--ca-file", ca]
        code, out, err = run("update", "apply", url, "--ca-file", ca, "--yes")
    assert code == ExitCode.OK, err
    assert f"file: {url}" in out and "Applied:" in out
    assert LONE_AT not in organization_ids(db_path)


def test_a_plain_http_address_is_refused(run: Run, db_path: Path) -> None:
    before = dump_hash(db_path)
    code, _out, err = run("update", "apply", "http://127.0.0.1:9/at-1.rdupdate", "--yes")
    assert code == ExitCode.REFUSED and "is not an HTTPS address" in err
    assert dump_hash(db_path) == before


def test_history_says_when_on_the_posts_clock_and_names_the_zone(
    run: Run, db_path: Path, tmp_path: Path
) -> None:
    from referral_desk.settings import Settings, save_settings

    write(tmp_path, "at-1.rdupdate", signed(austrian_changes()))
    assert run("update", "apply", str(tmp_path), "--yes")[0] == ExitCode.OK
    save_settings(Settings(post_name="Post Tokyo", post_country="JP", post_timezone="Asia/Tokyo"))
    out = run("update", "history")[1]
    assert "(JST)" in out and "UTC" not in out
    save_settings(Settings(post_name="Post Sofia", post_country="BG", post_timezone="Europe/Sofia"))
    assert "(EET)" in run("update", "history")[1]
