"""The index of the directory file's records: made from the file, following saves, undone."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from referral_desk.domain.editing import CHILDREN, RecordKind
from referral_desk.paths import data_dir
from referral_desk.services.record_index import Draft, Place, RecordIndex


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    content: dict[str, Any] = json.loads(
        (data_dir() / "directory.json").read_text(encoding="utf-8")
    )
    return content


def places(organizations: list[dict[str, Any]]) -> dict[str, Place]:
    """Every record's place, found the slow way."""
    found = {}
    for org in organizations:
        found[org["id"]] = Place(org["id"], RecordKind.ORGANIZATION)
        for group, kind in CHILDREN.items():
            for child in org.get(group, []):
                found[child["id"]] = Place(org["id"], kind)
    return found


def same(index: RecordIndex, organizations: list[dict[str, Any]]) -> bool:
    """Whether the index answers for every record, and each organization's position, as
    the file says, and knows no other id."""
    expected = places(organizations)
    return (
        len(index) == len(expected)
        and all(index.place(i) == p for i, p in expected.items())
        and all(index.position(organizations, o["id"]) == n for n, o in enumerate(organizations))
    )


def test_the_index_of_the_sample_places_every_record(sample: dict[str, Any]) -> None:
    organizations = sample["organizations"]
    index = RecordIndex.of(organizations)
    assert same(index, organizations)
    assert index.place("no-such-id") is None and "no-such-id" not in index


def test_links_may_name_organizations_and_contacts_only(sample: dict[str, Any]) -> None:
    organizations = sample["organizations"]
    index = RecordIndex.of(organizations)
    kinds = {i: p.kind for i, p in places(organizations).items()}
    targets = index.link_targets
    assert set(targets) == {
        i for i, kind in kinds.items() if kind in (RecordKind.ORGANIZATION, RecordKind.CONTACT)
    }
    assert len(targets) == len(set(targets))
    service = next(i for i, kind in kinds.items() if kind is RecordKind.SERVICE)
    location = next(i for i, kind in kinds.items() if kind is RecordKind.LOCATION)
    assert service not in targets and location not in targets and 7 not in targets


def test_the_index_follows_records_added_retired_and_brought_back(
    sample: dict[str, Any],
) -> None:
    organizations = copy.deepcopy(sample["organizations"])
    index = RecordIndex.of(organizations)
    first, second = organizations[0], organizations[1]

    # A contact added to the first organization.
    changed = copy.deepcopy(first)
    changed["contacts"].append({**copy.deepcopy(first["contacts"][0]), "id": "new-contact"})
    after = [changed, *organizations[1:]]
    index.replace([first], [changed], after)
    assert index.place("new-contact") == Place(first["id"], RecordKind.CONTACT)
    assert same(index, after)

    # The second organization retired: it and its records leave, the positions move up.
    retired = [o for o in after if o is not second]
    index.replace([second], [], retired)
    assert second["id"] not in index and same(index, retired)

    # A new organization at the end, and the retired one brought back.
    added = {**copy.deepcopy(second), "id": "new-org", "locations": [], "services": []}
    added["contacts"] = []
    grown = [*retired, added, second]
    index.replace([], [added, second], grown)
    assert same(index, grown)

    # Undone step by step, it is the index of the file as it was.
    index.replace([added, second], [], retired)
    index.replace([], [second], after)
    index.replace([changed], [first], organizations)
    assert same(index, organizations) and "new-contact" not in index


def test_a_position_is_found_in_a_list_changed_since(sample: dict[str, Any]) -> None:
    organizations = sample["organizations"]
    index = RecordIndex.of(organizations)
    shorter = organizations[1:]  # the first taken out: every position moved
    assert index.position(shorter, organizations[3]["id"]) == 2
    assert index.position(shorter, organizations[0]["id"]) is None
    assert index.position(organizations[:2], organizations[-1]["id"]) is None


def test_a_draft_copies_an_organization_before_it_is_changed(sample: dict[str, Any]) -> None:
    content = copy.deepcopy(sample)
    kept = json.dumps(content)
    draft = Draft(content, RecordIndex.of(content["organizations"]))
    org = content["organizations"][2]
    service = org["services"][0]
    found = draft.locate(service["id"], copy_on_write=True)
    assert found is not None
    position, copied, kind, record = found
    assert (position, kind, record["id"]) == (2, RecordKind.SERVICE, service["id"])
    record["name"] = {"en": "Changed"}
    copied["website"] = "https://example.org/changed"
    assert draft.organizations[2] is copied and copied is not org
    assert json.dumps(content) == kept  # the file in force stays as it was
    assert draft.locate(org["id"]) == (2, copied, RecordKind.ORGANIZATION, copied)
    assert draft.locate("no-such-id") is None
    assert draft.holds(service["id"]) and not draft.holds("no-such-id")


def test_a_draft_finds_what_the_save_itself_added(sample: dict[str, Any]) -> None:
    content = copy.deepcopy(sample)
    draft = Draft(content, RecordIndex.of(content["organizations"]))
    added = {"id": "new-org", "locations": [], "services": [], "contacts": []}
    draft.organizations.append(added)
    assert draft.locate("new-org") == (len(draft.organizations) - 1, added,
                                       RecordKind.ORGANIZATION, added)  # fmt: skip
    found = draft.locate("new-org", copy_on_write=True)
    assert found is not None
    found[1]["services"].append({"id": "new-service"})
    assert draft.holds("new-service")
    first = content["organizations"][0]
    org = draft.locate(first["id"], copy_on_write=True)
    assert org is not None
    org[1]["contacts"] = []  # its contacts taken out by the save
    assert not any(draft.holds(c["id"]) for c in first["contacts"])
