"""The freshness figures counted by the database: records per group, and those verified since.

The same groups as ``domain.freshness.groups_of`` over ``verification_store.record_facts``
(which stays the reference the tests compare with): every organization, service and
contact counts once in each of its groups. A service's categories are its own; an
organization has its services'; a contact its service's. A service's regions are its
service areas' and its locations'; an organization's its locations'; a contact's its own
location's, else its organization's; a record with none counts under ``NO_REGION``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from referral_desk.domain.vocab import Freshness
from referral_desk.store import models as m

NO_REGION = ""
CATEGORY_TAXONOMY = "category"


def _everyone() -> CompoundSelect[Any]:
    """(id, grp, verified_at) of every record, its group its organization's country."""
    org = m.Organization
    return union_all(
        select(org.id.label("id"), org.country.label("grp"), org.verified_at.label("verified_at")),
        select(m.Service.id, org.country, m.Service.verified_at).join(
            org, org.id == m.Service.organization_id
        ),
        select(m.Contact.id, org.country, m.Contact.verified_at).join(
            org, org.id == m.Contact.organization_id
        ),
    )


def _categories() -> CompoundSelect[Any]:
    codes = (
        select(m.Attribute.link_id.label("service_id"), m.TaxonomyTerm.code.label("code"))
        .join(m.TaxonomyTerm, m.TaxonomyTerm.id == m.Attribute.taxonomy_term_id)
        .where(m.TaxonomyTerm.taxonomy == CATEGORY_TAXONOMY)
        .cte("service_category")
    )
    return union(
        select(m.Service.id.label("id"), codes.c.code.label("grp"), m.Service.verified_at).join(
            codes, codes.c.service_id == m.Service.id
        ),
        select(m.Organization.id, codes.c.code, m.Organization.verified_at)
        .join(m.Service, m.Service.organization_id == m.Organization.id)
        .join(codes, codes.c.service_id == m.Service.id),
        select(m.Contact.id, codes.c.code, m.Contact.verified_at).join(
            codes, codes.c.service_id == m.Contact.service_id
        ),
    )


def _regions() -> CompoundSelect[Any]:
    located = (
        select(
            m.Location.id.label("location_id"),
            m.Location.organization_id.label("organization_id"),
            m.Address.region.label("region"),
        )
        .join(m.Address, m.Address.location_id == m.Location.id)
        .where(m.Address.region.is_not(None), m.Address.region != "")
        .cte("located")
    )
    own_place = located.alias("own_place")
    with_region = union(
        select(m.Service.id.label("id"), m.ServiceArea.region.label("grp"), m.Service.verified_at)
        .join(m.ServiceArea, m.ServiceArea.service_id == m.Service.id)
        .where(m.ServiceArea.region.is_not(None), m.ServiceArea.region != ""),
        select(m.Service.id, located.c.region, m.Service.verified_at)
        .join(m.ServiceAtLocation, m.ServiceAtLocation.service_id == m.Service.id)
        .join(located, located.c.location_id == m.ServiceAtLocation.location_id),
        select(m.Organization.id, located.c.region, m.Organization.verified_at).join(
            located, located.c.organization_id == m.Organization.id
        ),
        select(m.Contact.id, located.c.region, m.Contact.verified_at).join(
            located, located.c.location_id == m.Contact.location_id
        ),
        select(m.Contact.id, located.c.region, m.Contact.verified_at)
        .join(located, located.c.organization_id == m.Contact.organization_id)
        .where(~exists().where(own_place.c.location_id == m.Contact.location_id)),
    ).subquery("with_region")
    everyone = _everyone().subquery("everyone")
    return union_all(
        select(with_region.c.id, with_region.c.grp, with_region.c.verified_at),
        select(
            everyone.c.id, literal(NO_REGION, String).label("grp"), everyone.c.verified_at
        ).where(~exists().where(with_region.c.id == everyone.c.id)),
    )


RECORD_KINDS = (m.Organization, m.Service, m.Contact)
PAIRS = {Freshness.COUNTRY: _everyone, Freshness.CATEGORY: _categories, Freshness.REGION: _regions}


def freshness_counts(
    session: Session, dimension: Freshness, since: Sequence[date]
) -> dict[str, tuple[int, ...]]:
    """Per group: the records, then those verified on or after each day of ``since``."""
    pairs = PAIRS[dimension]().subquery("pairs")
    fresh = [
        func.sum(case((and_(pairs.c.verified_at.is_not(None), pairs.c.verified_at >= day), 1),
                      else_=0))
        for day in since
    ]  # fmt: skip
    retired = union_all(  # retired records are out of the directory, and out of its freshness
        *(select(kind.id).where(kind.retired_at.is_not(None)) for kind in RECORD_KINDS)
    )
    query: Select[tuple[str, int]] = (
        select(pairs.c.grp, func.count(), *fresh)
        .where(pairs.c.id.not_in(retired))
        .group_by(pairs.c.grp)
    )
    return {
        str(group or ""): tuple(int(n or 0) for n in counts)
        for group, *counts in session.connection().execute(query)
    }
