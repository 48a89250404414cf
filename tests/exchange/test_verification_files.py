"""The corrections file, the freshness CSV and a directory file given the checks made since."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from referral_desk.domain.corrections import Correction
from referral_desk.domain.freshness import FreshnessRow
from referral_desk.domain.vocab import Freshness
from referral_desk.exchange.corrections_file import corrections_json, read_corrections
from referral_desk.exchange.freshness_csv import freshness_csv
from referral_desk.exchange.verification_overlay import with_verifications

MOMENT = datetime(2026, 11, 30, 9, 15, 7, tzinfo=UTC)
texts = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=60
).filter(lambda t: t.strip() == t and len(t.split()) == len(t.split(" ")))


@given(wrong=texts, found=st.just("") | texts, post=texts)
def test_corrections_round_trip(
    tmp_path_factory: object, wrong: str, found: str, post: str
) -> None:

    correction = Correction(
        id="0f8fad5b-d9cb-469f-a165-70867728950e",
        record_id="4262c6da-53fd-5aa4-9ec4-1075906a7969",
        record_name="Federal Office",
        country="AT",
        wrong=wrong,
        found=found,
        post=post,
        reported_at=MOMENT,
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.corrections.json"
        path.write_text(corrections_json([correction], MOMENT), encoding="utf-8")
        [back] = read_corrections(path)
    assert back == Correction(**{**correction.__dict__, "imported": True})


def test_freshness_csv_has_a_row_per_group_with_counts_and_percents() -> None:
    rows = [
        FreshnessRow(Freshness.COUNTRY, "AT", 4, (1, 2, 3)),
        FreshnessRow(Freshness.REGION, "=cmd()", 3, (0, 0, 3)),
    ]
    read = list(csv.reader(io.StringIO(freshness_csv(rows))))
    assert read[0][:4] == ["dimension", "group", "records", "verified_within_3_months"]
    assert read[1] == ["country", "AT", "4", "1", "25.0", "2", "50.0", "3", "75.0"]
    assert read[2][1] == "'=cmd()"  # never a formula in a spreadsheet
    assert read[2][-1] == "100.0"


def test_the_overlay_writes_checks_into_a_copy_and_leaves_the_rest() -> None:
    content = {
        "organizations": [
            {
                "id": "o",
                "verified": {"at": "2025-01-01", "by": "A", "source": "web"},
                "services": [
                    {"id": "s", "verified": {"at": "2025-01-01", "by": "A", "source": "web"}}
                ],
                "contacts": [
                    {"id": "c", "verified": {"at": "2025-01-01", "by": "A", "source": "web"}}
                ],
            }
        ]
    }
    new = {"at": "2026-11-30", "by": "B", "source": "phone call", "how": "phone", "note": "ok"}
    out = with_verifications(content, {"s": new, "c": new, "gone": new})
    assert out["organizations"][0]["services"][0]["verified"] == new
    assert out["organizations"][0]["contacts"][0]["verified"] == new
    assert out["organizations"][0]["verified"]["by"] == "A"
    assert content["organizations"][0]["services"][0]["verified"]["by"] == "A"  # not changed
