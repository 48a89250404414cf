"""Any combination of search filters, sensible or not: results or one clean sentence on the
command line, never a traceback (issue 14, fuzz tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_values import tricky_text
from referral_desk.cli import main
from referral_desk.cli.exit_codes import ExitCode

TRICKY = ["A", "T", "b", "g", "\u0000", "\n", "\u202e", "\u200b", "-", "=", "%", "'", "Ж", "9"]
TEXT = tricky_text(TRICKY, max_size=12, longest=400)
NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30).map(str), st.sampled_from(["", "1e3", "NaN", "١٢", "0x10"])
)
FILTERS = {
    "--country": st.one_of(st.sampled_from(["AT", "BG", "at", "XK", "ZZ", ""]), TEXT),
    "--region": st.one_of(st.sampled_from(["Vienna", "Styria", "Sofia City"]), TEXT),
    "--category": st.one_of(st.sampled_from(["shelter", "police", "helpline"]), TEXT),
    "--population": st.one_of(st.sampled_from(["children", "women"]), TEXT),
    "--language": st.one_of(st.sampled_from(["bg", "de", "en", "xx"]), TEXT),
    "--kind": st.one_of(st.sampled_from(["organization", "service", "contact"]), TEXT),
    "--verified-within": st.one_of(st.integers(-5, 1300).map(str), NUMBERS),
    "--limit": st.one_of(st.integers(-5, 6000).map(str), NUMBERS),
    "--lang": st.one_of(st.sampled_from(["en", "bg", "de"]), TEXT),
}
SWITCHES = ["--open-now", "--around-the-clock", "--json"]


@st.composite
def search_arguments(draw: st.DrawFn) -> list[str]:
    chosen = draw(st.lists(st.sampled_from(sorted(FILTERS)), unique=True, max_size=5))
    argv = ["search"]
    for option in chosen:
        argv.append(f"{option}={draw(FILTERS[option])}")
    argv += draw(st.lists(st.sampled_from(SWITCHES), unique=True))
    argv += draw(st.lists(TEXT, max_size=2))
    return argv


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=search_arguments())
def test_any_filters_give_results_or_one_clean_sentence(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main(["--db", str(db_path), *argv])
    except SystemExit as stop:  # argparse's own errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code in (ExitCode.OK, ExitCode.USAGE), (argv, code, captured.err)
    if code == ExitCode.OK and "--json" in argv:
        assert isinstance(json.loads(captured.out), list)
    if code != ExitCode.OK:
        last = [line for line in captured.err.splitlines() if line.strip()][-1]
        assert last.startswith("referral-desk"), (argv, captured.err)
