"""merge_by_id: a file's organizations added or replaced by id, every other record kept."""

from __future__ import annotations

from typing import Any

from referral_desk.exchange.update_preview import compare_directories, merge_by_id, merge_update


def _org(org_id: str, country: str, name: str) -> dict[str, Any]:
    return {
        "id": org_id,
        "country": country,
        "name": {"en": name},
        "locations": [],
        "services": [],
        "contacts": [],
    }


def _directory(*orgs: dict[str, Any], terms: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {"description": "current", "organizations": list(orgs), "taxonomy": list(terms)}


CURRENT = _directory(
    _org("at-1", "AT", "One"),
    _org("at-2", "AT", "Two"),
    _org("bg-1", "BG", "Eins"),
    terms=({"id": "t1", "name": "old wording"}, {"id": "t2", "name": "kept"}),
)


def test_a_known_id_is_replaced_in_place_new_ones_follow_and_the_rest_stays() -> None:
    payload = _directory(_org("new-1", "AT", "New"), _org("at-2", "AT", "Two, renamed"))
    payload["description"] = "file"

    merged = merge_by_id(CURRENT, payload)

    ids = [org["id"] for org in merged["organizations"]]
    assert ids == ["at-1", "at-2", "bg-1", "new-1"]
    assert merged["organizations"][1]["name"] == {"en": "Two, renamed"}
    assert merged["organizations"][0] == CURRENT["organizations"][0]
    assert merged["description"] == "file"  # as merge_update: the file's


def test_nothing_of_the_country_is_retired_unlike_merge_update() -> None:
    payload = _directory(_org("new-1", "AT", "New"))

    kept = compare_directories(CURRENT, merge_by_id(CURRENT, payload), ("AT",))
    replaced = compare_directories(CURRENT, merge_update(CURRENT, payload, ("AT",)), ("AT",))

    assert kept.retired == ()
    assert [body.id for body in kept.added] == ["new-1"]
    assert {body.id for body in replaced.retired} == {"at-1", "at-2"}


def test_taxonomy_is_the_union_with_the_files_wording() -> None:
    payload = _directory(terms=({"id": "t1", "name": "new wording"}, {"id": "t3", "name": "x"}))

    merged = merge_by_id(CURRENT, payload)

    assert {t["id"]: t["name"] for t in merged["taxonomy"]} == {
        "t1": "new wording",
        "t2": "kept",
        "t3": "x",
    }


def test_the_inputs_are_left_as_they_were() -> None:
    payload = _directory(_org("at-1", "AT", "Changed"))

    merged = merge_by_id(CURRENT, payload)
    merged["organizations"][0]["name"]["en"] = "touched"
    merged["organizations"][1]["name"]["en"] = "touched"

    assert CURRENT["organizations"][0]["name"] == {"en": "One"}
    assert CURRENT["organizations"][1]["name"] == {"en": "Two"}
    assert payload["organizations"][0]["name"] == {"en": "Changed"}
