"""The referral log's table model passes Qt's model tester with real logged referrals."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from referral_desk.services.directory import Directory
from referral_desk.services.pathway import make_pathway, read_case_file
from referral_desk.services.referral_log import list_referrals, new_header, save_referral
from referral_desk.ui.log_view import ReferralTableModel

CASES = Path(__file__).resolve().parents[2] / "data" / "cases"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_referral_table_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, sample_directory: Directory
) -> None:
    for name in ("bg-child-begging-vienna.json", "bg-woman-exploited-austria.json"):
        pathway = make_pathway(sample_directory, read_case_file(CASES / name), NOW)
        save_referral(sample_directory, pathway, new_header(sample_directory, "Post", "MP", NOW))
    model = ReferralTableModel()
    qtmodeltester.check(model)
    model.set_rows(list_referrals(sample_directory))
    assert model.rowCount() == 2
    assert {model.index(row, 4).data() for row in range(2)} == {"Child", "Adult"}
    qtmodeltester.check(model)
