"""Back and forward over the records a caseworker opened."""

from __future__ import annotations

from referral_desk.ui.record_history import MAX_RECORDS, RecordHistory


def test_back_and_forward_like_a_browser() -> None:
    history = RecordHistory()
    for record in "abc":
        history.opened(record)
    assert history.back("c") == "b"
    assert history.back("b") == "a"
    assert not history.can_go_back("a")
    assert history.forward() == "b"
    history.opened("d")  # opening a record drops what was ahead
    assert not history.can_go_forward()
    assert history.back("d") == "b"


def test_a_record_that_flashed_by_is_not_kept() -> None:
    history = RecordHistory()
    history.opened("a")
    history.opened("b")
    # "x" and "y" were shown while typing, never opened: Back returns to "b" first
    assert history.can_go_back("y")
    assert history.back("y") == "b"
    assert history.back("b") == "a"


def test_opening_the_same_record_twice_keeps_one_entry() -> None:
    history = RecordHistory()
    history.opened("a")
    history.opened("a")
    assert not history.can_go_back("a")


def test_the_history_is_bounded_and_forgets_removed_records() -> None:
    history = RecordHistory()
    for number in range(MAX_RECORDS + 10):
        history.opened(str(number))
    steps = 0
    shown: str | None = str(MAX_RECORDS + 9)
    while history.can_go_back(shown):
        shown = history.back(shown)
        steps += 1
    assert steps == MAX_RECORDS - 1
    history.forget("12")
    assert history.forward() is not None
