"""What printouts need from the directory, as plain records: a pathway's bodies, a booklet's."""

from __future__ import annotations

from datetime import UTC, datetime

from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.case import Pathway
from referral_desk.domain.entities import Detail
from referral_desk.domain.region_names import find_region
from referral_desk.domain.search import SearchFilters
from referral_desk.domain.vocab import Kind
from referral_desk.services.directory import Directory

EVERY_RECORD = 1_000_000


def pathway_details(
    directory: Directory, pathway: Pathway, now: datetime | None = None
) -> dict[str, Detail]:
    """Each body on the pathway by its id, as the sheet shows it (hours, public addresses)."""
    ids = [body.ref.id for step in pathway.steps for body in step.bodies]
    return {detail.id: detail for detail in directory.details(ids, now)}


def booklet_bodies(
    directory: Directory, selection: BookletSelection, now: datetime | None = None
) -> list[Detail]:
    """The selected services and liaison contacts (or exactly the favourites), in search order."""
    now = now or datetime.now(UTC)
    if selection.favourites is not None:
        ids = list(dict.fromkeys(selection.favourites))
    else:
        services = SearchFilters(
            country=selection.country, category=selection.category, kind=Kind.SERVICE
        )
        ids = [hit.id for hit in directory.search("", services, now=now, limit=EVERY_RECORD)]
        if not selection.category:
            contacts = SearchFilters(country=selection.country, kind=Kind.CONTACT)
            ids += [hit.id for hit in directory.search("", contacts, now=now, limit=EVERY_RECORD)]
    details: list[Detail] = []
    for detail in directory.details(ids, now):  # read in one go
        if selection.favourites is None and detail.kind is Kind.CONTACT and not detail.liaison:
            continue
        if selection.region and not in_region(detail, selection.region):
            continue
        details.append(detail)
    return details


def in_region(detail: Detail, region: str) -> bool:
    """Whether the record serves ``region`` (or its whole country), or has an address there."""
    wanted = region.casefold()
    if any(r is None or r.casefold() == wanted for _c, r in detail.service_areas):
        return True
    return any(  # an address may name its region in its own language ("Steiermark")
        loc.address is not None
        and wanted
        in {
            find_region(loc.address.region or "", loc.address.country).casefold(),
            loc.address.city.casefold(),
        }
        for loc in detail.locations
    )
