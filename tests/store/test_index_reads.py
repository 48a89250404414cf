"""What the search keeps between searches: reach per minute, names until the index is rebuilt."""

from __future__ import annotations

from datetime import UTC, datetime, time

from referral_desk.domain.hours import Reach, RecordTiming, WeeklyHours
from referral_desk.services.directory import Directory
from referral_desk.store.index_reads import DisplayCache

MORNING = (WeeklyHours(frozenset(range(7)), time(9), time(10)),)  # 08:00-09:00 UTC in Vienna


def test_reach_is_kept_for_the_rest_of_the_minute_and_no_longer() -> None:
    cache = DisplayCache()
    for second in (0, 30, 59):
        moment = datetime(2026, 3, 4, 8, 59, second, tzinfo=UTC)
        kept = cache.reach(1, MORNING, "Europe/Vienna", False, moment)
        assert kept == RecordTiming(MORNING, "Europe/Vienna").reach(moment)
        assert kept.reach is Reach.OPEN
    closed = cache.reach(1, MORNING, "Europe/Vienna", False, datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    assert closed.reach is Reach.CLOSED, "a new minute is worked out again"


def test_a_replaced_directory_is_not_shown_with_old_names(
    sample_directory: Directory, tmp_path: object
) -> None:
    import json
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "data" / "directory.json"
    content = json.loads(sample.read_text(encoding="utf-8"))
    first = sample_directory.search("Drehscheibe")[0]  # shown: its names are now kept
    renamed = [org for org in content["organizations"] if org["id"] == first.id]
    assert renamed, "the first hit is an organization"
    renamed[0]["name"]["en"] = "Renamed crisis centre"
    changed = Path(str(tmp_path)) / "renamed.json"
    changed.write_text(json.dumps(content), encoding="utf-8")
    sample_directory.replace_from_file(changed)
    again = {hit.id: hit for hit in sample_directory.search("Renamed crisis centre")}
    assert again[first.id].name.get("en") == "Renamed crisis centre"
