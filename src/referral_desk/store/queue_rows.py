"""What the verification queue's order depends on, read for every record at once: no names,
numbers nor regions (``verification_store.record_facts`` reads those for the rows shown).

The flags and terms are those ``record_facts`` gives: a service's own; an organization's
its services' (every one of them), around the clock if one of them is; a contact's its
service's, around the clock by its own flag. Retired records are left out. Rows are read
through the driver (days as ISO text on both databases): at 10,000 records the ORM's work
per row would be most of the time.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from referral_desk.domain.verification import QueueRow
from referral_desk.store.raw import raw_connection

__all__ = ["queue_rows"]

Codes = frozenset[tuple[str, str]]  # (taxonomy, code) of a service's terms
_NONE: Codes = frozenset()


def queue_rows(session: Session) -> list[QueueRow]:
    """Every organization, service and contact in the directory with its last verification,
    its around-the-clock flag and the terms it has or takes from its service(s)."""
    raw = raw_connection(session.connection())
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for service_id, taxonomy, code in raw.execute(
        "SELECT a.link_id, t.taxonomy, t.code FROM attribute a "
        "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id"
    ):
        found[service_id].add((taxonomy, code))
    codes: dict[str, Codes] = {i: frozenset(c) for i, c in found.items()}
    org_codes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    org_around: set[str] = set()
    in_force: dict[str, Codes] = {}  # services not retired: their codes
    rows: list[QueueRow] = []
    for service_id, org_id, verified, around, retired in raw.execute(
        "SELECT id, organization_id, verified_at, around_the_clock, retired_at IS NOT NULL "
        "FROM service"
    ):
        own = codes.get(service_id, _NONE)
        org_codes[org_id] |= own  # every service of it counts, as in record_facts
        if around:
            org_around.add(org_id)
        if not retired:
            in_force[service_id] = own
            rows.append((service_id, verified or None, bool(around), own))
    for org_id, verified in raw.execute(
        "SELECT id, verified_at FROM organization WHERE retired_at IS NULL"
    ):
        own = frozenset(org_codes.get(org_id, ()))
        rows.append((org_id, verified or None, org_id in org_around, own))
    for contact_id, service_id, verified, around in raw.execute(
        "SELECT id, service_id, verified_at, around_the_clock FROM contact WHERE retired_at IS NULL"
    ):
        rows.append((contact_id, verified or None, bool(around), in_force.get(service_id, _NONE)))
    return rows
