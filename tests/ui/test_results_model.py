"""The results table model: Qt's model checks, columns, languages."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from referral_desk.services.directory import Directory, SearchFilters
from referral_desk.ui.results_model import (
    PAGE_SIZE,
    RECORD_ID_ROLE,
    SEARCH_LIMIT,
    Column,
    ResultsModel,
)

NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)  # a Wednesday morning in Europe


def test_empty_model_passes_the_model_tester(qtmodeltester, sample_directory: Directory) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel(sample_directory, "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_search_results_pass_the_model_tester(qtmodeltester, sample_directory: Directory) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel(sample_directory, "en")
    model.search("", SearchFilters(), NOW)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.search("Drehscheibe", SearchFilters(), NOW)
    qtmodeltester.check(model)
    model.set_language("bg")
    qtmodeltester.check(model)


def test_columns_and_values(sample_directory: Directory) -> None:
    model = ResultsModel(sample_directory, "en")
    model.search("Drehscheibe", SearchFilters(), NOW)
    assert model.rowCount() >= 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Kind", "Name", "Organization", "Phone", "Country", "Reachable now"]
    names = [model.index(r, Column.NAME).data() for r in range(model.rowCount())]
    assert any("Drehscheibe" in n or "DREHSCHEIBE" in n.upper() for n in names)
    first = model.hit(0)
    assert first is not None
    assert model.index(0, 0).data(RECORD_ID_ROLE) == first.id
    assert model.index(0, Column.KIND).data() in {"Organization", "Service", "Contact"}
    assert model.index(0, Column.COUNTRY).data() == first.country
    assert model.index(0, Column.REACH).data() in {"Yes", "No", "24/7", "Not known"}
    assert model.row_of(first.id) == 0
    assert model.row_of("no such id") == -1
    assert model.hit(model.rowCount()) is None


def test_organization_column_is_empty_for_organizations(sample_directory: Directory) -> None:
    model = ResultsModel(sample_directory, "en")
    model.search("", SearchFilters(kind=None), NOW)
    for row in range(model.rowCount()):
        hit = model.hit(row)
        assert hit is not None
        if hit.id == hit.organization_id:
            assert model.index(row, Column.ORGANIZATION).data() == ""


def test_language_switch_changes_names_and_keeps_rows(qtbot, sample_directory: Directory) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel(sample_directory, "en")
    model.search("", SearchFilters(country="BG"), NOW)
    count = model.rowCount()
    english = [model.index(r, Column.NAME).data() for r in range(count)]
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("bg")
    bulgarian = [model.index(r, Column.NAME).data() for r in range(count)]
    assert model.rowCount() == count
    assert english != bulgarian
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in name) for name in bulgarian)


def test_invalid_index_and_children(sample_directory: Directory) -> None:
    model = ResultsModel(sample_directory, "en")
    model.search("", SearchFilters(), NOW)
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_pages_pass_the_model_tester(qtmodeltester, sample_directory: Directory) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel(sample_directory, "en")
    model.search("", SearchFilters(), NOW, PAGE_SIZE)
    assert model.rowCount() == PAGE_SIZE and model.truncated
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # fetches the next page on its way
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.hit(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(ids) == len(set(ids)) == SEARCH_LIMIT
    qtmodeltester.check(model)


def test_without_a_directory_searches_do_nothing(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel(None, "en")
    assert model.search("Drehscheibe", SearchFilters(), NOW) is False
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_the_main_phone_is_shown_and_a_placeholder_never_as_digits(
    sample_directory: Directory,
) -> None:
    model = ResultsModel(sample_directory, "en")
    model.search("116 111", SearchFilters(), NOW)
    phones = [model.index(r, Column.PHONE).data() for r in range(model.rowCount())]
    assert "116 111" in phones
    model.search("Drehscheibe", SearchFilters(), NOW)
    first = model.hit(0)
    assert first is not None and first.phone_placeholder
    assert model.index(0, Column.PHONE).data() == "placeholder"
    assert "not a real number" in model.index(0, Column.PHONE).data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_reachable_now_keeps_the_search_order_within(
    qtmodeltester,
    sample_directory: Directory,  # type: ignore[no-untyped-def]
) -> None:
    from referral_desk.domain.hours import Reach

    model = ResultsModel(sample_directory, "en")
    sunday_night = datetime(2026, 3, 15, 23, 30, tzinfo=UTC)
    model.search("police", SearchFilters(), sunday_night)
    found = [model.hit(r) for r in range(model.rowCount())]
    assert {h.reach.reach for h in found if h} >= {Reach.ALWAYS, Reach.CLOSED}
    model.sort(Column.REACH)
    assert model.sorted_by_reach
    shown = [model.hit(r) for r in range(model.rowCount())]
    order = {Reach.ALWAYS: 0, Reach.OPEN: 0, Reach.UNKNOWN: 1, Reach.CLOSED: 2}
    ranks = [order[h.reach.reach] for h in shown if h]
    assert ranks == sorted(ranks)
    reachable = [h for h in shown if h and order[h.reach.reach] == 0]
    assert reachable == [h for h in found if h and order[h.reach.reach] == 0]
    qtmodeltester.check(model)
    model.search("police", SearchFilters(), sunday_night)  # a new search stays sorted
    assert [order[h.reach.reach] for h in model.hits] == sorted(ranks)
    model.sort(Column.NAME)
    assert not model.sorted_by_reach and model.hits == found
