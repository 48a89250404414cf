"""The referral log's table model passes Qt's model tester with real logged referrals."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from referral_desk.services.desk import Desk
from referral_desk.services.pathway import read_case_file
from referral_desk.ui.log_view import ReferralTableModel

CASES = Path(__file__).resolve().parents[2] / "data" / "cases"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_referral_table_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, sample_desk: Desk
) -> None:
    for name in ("bg-child-begging-vienna.json", "bg-woman-exploited-austria.json"):
        pathway = sample_desk.pathways.make(read_case_file(CASES / name), NOW)
        sample_desk.log.save(pathway, sample_desk.log.new_header("Post", "MP", NOW))
    model = ReferralTableModel()
    qtmodeltester.check(model)
    model.set_rows(sample_desk.log.list())
    assert model.rowCount() == 2
    assert {model.index(row, 4).data() for row in range(2)} == {"Child", "Adult"}
    qtmodeltester.check(model)
