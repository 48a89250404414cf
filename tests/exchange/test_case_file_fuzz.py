"""Property tests: whatever a case file holds, reading it gives either a clean error or a
case that makes a pathway, as text and as JSON (issue 14, fuzz tests)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_values
from referral_desk.exchange.case_file import CaseFileError, read_case_file
from referral_desk.exchange.pathway_json import pathway_to_json
from referral_desk.services.desk import Desk
from referral_desk.sheets.pathway_text import pathway_as_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_BYTES = (ROOT / "data" / "cases" / "bg-child-begging-vienna.json").read_bytes()
SCHEMA = json.loads((ROOT / "data" / "schema" / "case.schema.json").read_text(encoding="utf-8"))
NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)

TRICKY = [
    *"\x00\x1b\t\n \u00a0\u200b\u200d\u202e\u2028\ufeff\ue000\ud800\udfff\U0001f600",
    *"ATBGatbg-_Wien Виена",
]
tricky_text = fuzz_values.tricky_text(TRICKY, max_size=20, longest=3000)
json_values = fuzz_values.json_values(tricky_text, digits=25, max_items=3, max_leaves=8)


def _plausible(name: str) -> st.SearchStrategy[Any]:
    """Values the schema allows for a field, so that some cases get through to a pathway."""
    spec = SCHEMA["properties"][name]
    if "enum" in spec:
        return st.sampled_from(spec["enum"])
    if spec.get("type") == "array" and "enum" in spec.get("items", {}):
        return st.lists(st.sampled_from(spec["items"]["enum"]), unique=True, max_size=4)
    if name in ("country", "nationality", "post_country"):
        return st.sampled_from(["AT", "BG", "RO", "XX"])
    if name == "languages":
        return st.lists(st.sampled_from(["bg", "de", "en", "ro"]), unique=True, max_size=3)
    if name == "age":
        return st.integers(0, 120)
    if name == "region":
        return st.sampled_from(["Vienna", "Wien", "Sofia", "Styria"])
    return st.booleans()


fields = st.sampled_from(sorted(n for n in SCHEMA["properties"] if not n.startswith("$")))


@st.composite
def cases(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)  # not even an object
    content: dict[str, Any] = {"country": draw(_plausible("country"))}
    for name in draw(st.lists(fields, max_size=10)):
        wild = draw(st.integers(0, 3)) == 0
        content[name] = draw(json_values if wild else _plausible(name))
    if draw(st.booleans()):
        content[draw(tricky_text)] = draw(json_values)
    return content


def _read_and_use(desk: Desk, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_bytes(data)
        try:
            case = read_case_file(path)
        except CaseFileError as error:
            assert error.problems
            assert all(0 < len(p) < 600 and p.isprintable() for p in error.problems)
            return
    pathway = desk.pathways.make(case, NOW)
    assert pathway_as_text(pathway, "bg")
    json.dumps(pathway_to_json(pathway, "de"))


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cases())
def test_any_case_gives_a_clean_error_or_a_pathway(sample_desk: Desk, content: Any) -> None:
    _read_and_use(sample_desk, json.dumps(content, allow_nan=True).encode("utf-8"))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(EXAMPLE_BYTES) - 1),
            st.sampled_from(["flip", "insert", "delete"]),
            st.binary(min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_damaged_case_file_gives_a_clean_error_or_a_pathway(
    sample_desk: Desk, edits: list[tuple[int, str, bytes]]
) -> None:
    data = bytearray(EXAMPLE_BYTES)
    for at, operation, piece in edits:
        at = min(at, len(data) - 1)
        if operation == "flip":
            data[at] ^= piece[0] or 0x80
        elif operation == "insert":
            data[at:at] = piece
        else:
            del data[at : at + len(piece)]
    _read_and_use(sample_desk, bytes(data))
