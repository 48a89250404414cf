"""An edited organization checked with the directory file's rules, problems named by field."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from referral_desk.exchange.record_check import FieldProblem, check_organization
from referral_desk.paths import data_dir


@pytest.fixture(scope="module")
def content() -> dict[str, Any]:
    return json.loads((data_dir() / "directory.json").read_text(encoding="utf-8"))


def organization(content: dict[str, Any], with_children: str) -> dict[str, Any]:
    found = next(o for o in content["organizations"] if o.get(with_children))
    return copy.deepcopy(found)


def test_a_sound_organization_has_no_problem(content: dict[str, Any]) -> None:
    for org in content["organizations"][:20]:
        assert check_organization(content, org, _ids(content)) == []


def test_problems_are_named_by_record_and_field(content: dict[str, Any]) -> None:
    org = organization(content, "services")
    service = org["services"][0]
    service["email"] = "nobody"
    org["phones"] = [{"number": "12", "type": "voice"}]
    problems = check_organization(content, org, _ids(content))
    assert FieldProblem(service["id"], "email", "'nobody' is not an e-mail address") in problems
    assert any(p.record_id == org["id"] and p.field == "phones[0].number" for p in problems)


def test_links_to_other_organizations_are_checked_against_the_directory(
    content: dict[str, Any],
) -> None:
    orgs = content["organizations"]
    org = copy.deepcopy(orgs[0])
    org["parent_id"] = orgs[1]["id"]
    assert check_organization(content, org, _ids(content)) == []
    org["parent_id"] = "00000000-0000-4000-8000-000000000000"
    (problem,) = check_organization(content, org, _ids(content))
    assert problem.field == "parent_id" and "no organization has id" in problem.message


def _ids(content: dict[str, Any]) -> set[str]:
    return {o["id"] for o in content["organizations"]} | {
        c["id"] for o in content["organizations"] for c in o.get("contacts", [])
    }
