"""The verification queue's table reads its rows a page at a time, in the queue's order."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from referral_desk.services.desk import Desk
from referral_desk.ui import queue_model
from referral_desk.ui.queue_model import QueueModel
from referral_desk.ui.verification_queue import QueueWindow

ALL_DUE = date(2040, 1, 1)  # every record of the sample is due then
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(queue_model, "PAGE", 7)
    return 7


def test_rows_are_read_a_page_at_a_time_in_the_queues_order(
    sample_desk: Desk, small_pages: int, qtmodeltester: ModelTester
) -> None:
    verification = sample_desk.verification
    whole = verification.queue(1, ALL_DUE)
    reads: list[list[str]] = []

    def read(ids: list[str]) -> list:  # type: ignore[type-arg]
        reads.append(ids)
        return verification.queue_items(ids)

    model = QueueModel("en")
    model.set_queue(verification.queue_order(1, ALL_DUE), read)
    assert (model.rowCount(), model.total()) == (small_pages, len(whole))
    assert reads == [[item.facts.id for item in whole[:small_pages]]]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * small_pages
    last = whole[-1].facts.id
    assert model.row_of(last) == len(whole) - 1  # its page, and those before, read
    assert model.items == whole and not model.canFetchMore()
    assert all(len(ids) <= small_pages for ids in reads)
    assert model.row_of("no-such-record") == -1
    qtmodeltester.check(model)


def test_a_record_gone_from_the_queue_leaves_its_page(sample_desk: Desk, small_pages: int) -> None:
    verification = sample_desk.verification
    order = verification.queue_order(1, ALL_DUE)
    gone = {order[small_pages + 1], order[2 * small_pages + 3]}

    def read(ids: list[str]) -> list:  # type: ignore[type-arg]
        return verification.queue_items([i for i in ids if i not in gone])

    model = QueueModel("en")
    model.set_queue(order, read)
    assert model.row_of(order[-1]) == len(order) - 3
    assert [item.facts.id for item in model.items] == [i for i in order if i not in gone]
    assert model.total() == len(order) - 2


def test_the_window_opens_on_the_first_page_and_counts_every_record(
    qtbot: QtBot, sample_desk: Desk, small_pages: int
) -> None:
    total = len(sample_desk.verification.queue_order(1, ALL_DUE))
    window = QueueWindow(sample_desk, "en", "M. Huber", 1, today=ALL_DUE)
    qtbot.addWidget(window)
    assert window.model.rowCount() == small_pages < total
    assert window.count_label.text().startswith(f"{total} record")
    first = window.current()
    assert first is not None and first.facts.name.get("en")  # shown in full
    assert window.name.text() == first.facts.name.get("en")
