"""What printouts read: a pathway's bodies in full; a booklet's, narrowed by its selection."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.services.directory import Directory
from referral_desk.services.pathway import read_case_file
from referral_desk.services.printouts import booklet_bodies, in_region, pathway_details

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
CASE = (
    Path(__file__).resolve().parent.parent.parent
    / "data"
    / "cases"
    / "bg-child-begging-vienna.json"
)


def test_a_pathway_s_bodies_are_read_once_each(
    sample_desk: Desk, sample_directory: Directory
) -> None:
    pathway = sample_desk.pathways.make(read_case_file(CASE), NOW)
    ids = [body.ref.id for step in pathway.steps for body in step.bodies]
    assert len(ids) > len(set(ids)), "the sample pathway names a body in two steps"
    details = pathway_details(sample_directory, pathway, NOW)
    assert list(details) == list(dict.fromkeys(ids))
    assert all(detail.id == record_id for record_id, detail in details.items())


def test_a_region_keeps_only_bodies_serving_it(sample_directory: Directory) -> None:
    country = booklet_bodies(sample_directory, BookletSelection(country="AT"), NOW)
    vienna = booklet_bodies(sample_directory, BookletSelection(country="AT", region="wien"), NOW)
    assert vienna and len(vienna) < len(country)
    assert all(in_region(detail, "Wien") for detail in vienna)
    assert {d.id for d in vienna} == {d.id for d in country if in_region(d, "Wien")}


def test_services_and_liaison_contacts_only_unless_chosen_as_favourites(
    sample_directory: Directory,
) -> None:
    everything = booklet_bodies(sample_directory, BookletSelection(), NOW)
    assert all(d.kind is Kind.SERVICE or d.liaison for d in everything)
    assert any(d.kind is Kind.CONTACT for d in everything)
    organization = next(
        hit.id for hit in sample_directory.search("") if hit.kind is Kind.ORGANIZATION
    )
    chosen = (organization, everything[0].id, organization, "no-such-id")
    favourites = booklet_bodies(sample_directory, BookletSelection(favourites=chosen), NOW)
    assert [d.id for d in favourites] == [organization, everything[0].id]


def test_a_category_leaves_out_the_liaison_contacts(sample_directory: Directory) -> None:
    shelters = booklet_bodies(sample_directory, BookletSelection(category="shelter"), NOW)
    assert shelters and all("shelter" in d.categories for d in shelters)
    assert all(d.kind is Kind.SERVICE for d in shelters)
