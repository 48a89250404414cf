"""The bodies a booklet lists: country, region and category narrow them; favourites are exact."""

from __future__ import annotations

from datetime import UTC, datetime

from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.vocab import Kind
from referral_desk.services.booklet import booklet_bodies, in_region
from referral_desk.services.directory import Directory

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


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
