"""The detail pane warns about an old check by the domain's staleness rule, to the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from html import escape

import pytest

from referral_desk.domain.entities import Verification
from referral_desk.services.directory import Directory
from referral_desk.ui.detail_pane import PaneContext, render_html

MAY_31 = datetime(2026, 5, 31, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("verified", "warned"),
    [(date(2026, 4, 30), False), (date(2026, 4, 29), True), (None, False)],
)
def test_older_than_a_month_on_the_last_day_of_may(
    qapp: object, sample_directory: Directory, verified: date | None, warned: bool
) -> None:
    hit = sample_directory.search("police", limit=1)[0]
    detail = sample_directory.show(hit.id, MAY_31)
    assert detail is not None
    detail = replace(detail, verification=Verification(verified, None, None))
    html = render_html(detail, PaneContext("en", "Europe/Vienna", 1, MAY_31), False)
    assert ("Older than 1 month" in html) is warned
    assert ("Never verified" in html) is (verified is None)


def test_the_warning_stands_next_to_the_numbers_it_doubts(
    qapp: object, sample_directory: Directory
) -> None:
    hit = sample_directory.search("police", limit=1)[0]
    detail = sample_directory.show(hit.id, MAY_31)
    assert detail is not None and detail.phones
    old = replace(detail, verification=Verification(date(2024, 1, 1), None, None))
    html = render_html(old, PaneContext("en", "Europe/Vienna", 12, MAY_31), False)
    warning = html.index("Older than 12 month")
    numbers = html.index("How to reach")
    verified = html.index("Last verified")
    assert warning < numbers < verified, "the warning comes before the numbers, not at the end"
    if detail.description:
        assert numbers < html.index(escape(detail.description.get("en")))
    fresh = replace(detail, verification=Verification(date(2026, 5, 30), None, None))
    html = render_html(fresh, PaneContext("en", "Europe/Vienna", 12, MAY_31), False)
    assert "Older than" not in html


@pytest.mark.parametrize(
    ("lang", "styria"), [("en", "Styria"), ("de", "Steiermark"), ("bg", "Щирия")]
)
def test_the_area_served_is_named_in_the_ui_language(
    qapp: object, sample_directory: Directory, lang: str, styria: str
) -> None:
    hit = sample_directory.search("Graz", limit=1)[0]
    detail = sample_directory.show(hit.id, MAY_31)
    assert detail is not None and ("AT", "Styria") in detail.service_areas
    html = render_html(detail, PaneContext(lang, "Europe/Vienna", 12, MAY_31), False)
    assert f"AT – {styria}" in html
