"""What the window says about an empty search and the directory's age."""

from __future__ import annotations

from datetime import date

from referral_desk.ui.search_feedback import SearchFeedback


def test_the_empty_text_says_why_and_what_to_try(qapp: object) -> None:
    feedback = SearchFeedback()
    assert "“zzzz”" in feedback.empty_text("zzzz", False)
    assert "phone number" in feedback.empty_text("zzzz", False)
    assert "Clear the filters" in feedback.empty_text("zzzz", True)
    assert "filters" in feedback.empty_text("", True)


def test_the_directory_age_warns_once_older_than_the_stale_age(qapp: object) -> None:
    feedback = SearchFeedback()
    text, warning = feedback.directory_age(date(2026, 2, 1), date(2026, 4, 30), 12)
    assert "2026-02-01" in text and "2 month" in text and warning == ""
    # 31 January + 3 months is 30 April: three whole months, as the staleness rule counts
    assert "3 month" in feedback.directory_age(date(2026, 1, 31), date(2026, 4, 30), 12)[0]
    text, warning = feedback.directory_age(date(2025, 4, 30), date(2026, 4, 30), 12)
    assert "12 month" in text and "older than" in warning


def test_a_directory_less_than_a_month_old_gives_its_age_in_days(qapp: object) -> None:
    feedback = SearchFeedback()
    text, warning = feedback.directory_age(date(2026, 11, 1), date(2026, 11, 30), 12)
    assert "2026-11-01, 29 day" in text and "month" not in text and warning == ""
    assert (
        "2026-11-30, 0 day" in feedback.directory_age(date(2026, 11, 30), date(2026, 11, 30), 1)[0]
    )
    assert "1 month" in feedback.directory_age(date(2026, 10, 30), date(2026, 11, 30), 12)[0]
