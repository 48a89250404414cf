"""The parser and the exit codes: documented in --help and the README, returned as documented."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from referral_desk import __version__
from referral_desk.cli import main, records
from referral_desk.cli.exit_codes import MEANINGS, ExitCode

Run = Callable[..., tuple[int, str, str]]
README = Path(__file__).resolve().parent.parent.parent / "README.md"


def test_every_exit_code_has_a_meaning_in_help(run: Run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert set(MEANINGS) == set(ExitCode)
    epilog = out[out.index("exit codes:") :]
    assert max(len(line) for line in epilog.splitlines()) < 80
    words = " ".join(epilog.split())
    for exit_code, meaning in MEANINGS.items():
        assert f" {int(exit_code)} {meaning}" in words


def test_the_readme_lists_the_same_exit_codes() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Exit codes") :]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.MULTILINE)
    assert {int(code): meaning for code, meaning in rows} == {
        int(code): meaning for code, meaning in MEANINGS.items()
    }


def test_the_readme_shows_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    for command in ("search", "show", "pathway", "sheet", "booklet", "log stats", "db check"):
        assert f"referral-desk {command}" in text, command
    assert "referral-desk db info" in text and "referral-desk db load" in text


def test_version_and_unknown_commands(run: Run) -> None:
    assert run("--version") == (0, f"referral-desk {__version__}\n", "")
    code, _, err = run("frobnicate")
    assert code == ExitCode.USAGE and "invalid choice: 'frobnicate'" in err


def test_without_a_command_the_app_opens(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from referral_desk.ui import app

    opened: list[str | Path | None] = []
    monkeypatch.setattr(app, "run_app", lambda path: opened.append(path) or 0)
    assert main(["--db", str(db_path)]) == 0
    assert opened == [str(db_path)]  # --db is passed on as given: a path or a URL


def test_self_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == ExitCode.OK
    assert capsys.readouterr().out.endswith("self-test passed\n")


def test_ctrl_c_ends_with_130(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(_args: object) -> ExitCode:
        raise KeyboardInterrupt

    monkeypatch.setattr(records, "run_search", interrupted)
    assert run("search", "x")[0] == ExitCode.INTERRUPTED == 130


def test_a_reader_that_stops_early_gets_no_error_and_no_error_log(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def piped_to_head(_args: object) -> ExitCode:
        raise BrokenPipeError(32, "Broken pipe")  # as print() raises after ``| head`` left

    monkeypatch.setattr(records, "run_search", piped_to_head)
    code, _out, err = run("search", "x")
    assert code == ExitCode.FAILED and err == ""
    assert not list(tmp_path.rglob("errors.log"))


def test_self_test_on_a_fresh_machine_never_opens_the_first_run_setup(tmp_path: Path) -> None:
    """As the packaged build check runs it: no settings yet, no display, nothing to answer."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    script = (
        "import sys\n"
        "from referral_desk.cli.main import main\n"
        "code = main(['--self-test'])\n"
        "print('first-run loaded:', 'referral_desk.ui.first_run' in sys.modules)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "first-run loaded: False" in result.stdout
    assert not list(tmp_path.rglob("settings.json")), "nothing set up on the post's behalf"
