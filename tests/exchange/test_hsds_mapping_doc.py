"""The HSDS mapping document names every field of the directory file and every term of ours."""

from __future__ import annotations

import json
from pathlib import Path

from referral_desk.exchange.hsds.terms import FIELD_TERMS, Taxonomy, taxonomy_id

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "hsds-mapping.md"
SCHEMA = ROOT / "data" / "schema" / "directory.schema.json"


def test_every_field_of_the_directory_file_is_mapped() -> None:
    text = DOC.read_text(encoding="utf-8")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    missing = [f"`{name}`" for name in schema["properties"] if f"`{name}`" not in text]
    for definition, body in schema["$defs"].items():
        for name in body.get("properties", {}):
            if f"`{definition}.{name}`" not in text:
                missing.append(f"`{definition}.{name}`")
    assert not missing, f"add to {DOC.name}: {', '.join(missing)}"


def test_the_terms_and_their_ids_are_the_ones_the_code_writes() -> None:
    text = DOC.read_text(encoding="utf-8")
    for term in FIELD_TERMS.values():
        assert f"| `{term['code']}` | `{term['id']}` |" in text, term["code"]
    for taxonomy in Taxonomy:
        assert f"`{taxonomy_id(taxonomy)}`" in text, taxonomy
