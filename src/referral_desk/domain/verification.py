"""Checks of the directory's records: history rows, the queue of records due, and its order."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from referral_desk.domain.entities import Texts
from referral_desk.domain.staleness import fresh_since, is_stale
from referral_desk.domain.vocab import Category, Kind, Outcome, Role, VerifyHow

MAX_NOTE = 2000  # characters of a verification note, a correction's text or a caseworker's note


@dataclass(frozen=True)
class Check:
    """One check of a record as the coordinator's team did it: a row of its history."""

    record_id: str
    on: date  # the day the body was reached (or tried)
    by: str
    how: VerifyHow
    outcome: Outcome
    note: str = ""
    recorded_at: datetime | None = None  # UTC, when it was written down


@dataclass(frozen=True)
class CallNumber:
    """A number to call in the queue; written for people only when shown (formatting every
    number of a large directory up front would take seconds)."""

    number: str  # E.164, or a short code
    extension: str | None = None
    placeholder: bool = False  # cannot be dialled

    @property
    def display(self) -> str:
        from referral_desk.domain.phones import display_phone  # phonenumbers: off start-up

        return display_phone(self.number)


@dataclass(frozen=True)
class RecordFacts:
    """What the queue and the freshness view need of one record."""

    kind: Kind
    id: str
    name: Texts
    organization: Texts
    country: str
    verified_at: date | None
    around_the_clock: bool = False
    emergency: bool = False  # an emergency category or the emergency number's role
    roles: tuple[str, ...] = ()  # the roles it plays in pathways (an organization: its services')
    categories: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    phones: tuple[CallNumber, ...] = ()


@dataclass(frozen=True)
class QueueItem:
    """A record due for a check, with what the caller needs to make it."""

    facts: RecordFacts
    uses: int  # how many pathway steps name a role it plays
    last_check: Check | None = None  # the newest check of any outcome
    corrections: tuple[str, ...] = field(default_factory=tuple)  # ids of open corrections

    @property
    def urgent_line(self) -> bool:
        """A 24-hour or emergency line: checked first, people call these at night."""
        return self.facts.around_the_clock or self.facts.emergency


def is_due(verified_at: date | None, today: date, months: int) -> bool:
    """Due for a check: never verified, or not within ``months`` months of ``today``."""
    return is_stale(verified_at, today, months)


def queue_key(item: QueueItem) -> tuple[int, int, date, str]:
    """The queue's order: 24-hour and emergency lines, then the most used in pathways, then
    the longest unchecked (never checked first), then by id."""
    oldest = item.facts.verified_at or date.min
    return (0 if item.urgent_line else 1, -item.uses, oldest, item.facts.id)


# What a record's place in the queue depends on, read for every record at once: its id, the
# day it was last verified as ISO text (None: never), whether it answers around the clock,
# and the (taxonomy, code) pairs of the terms it has or takes from its service(s).
QueueRow = tuple[str, str | None, bool, frozenset[tuple[str, str]]]

EMERGENCY_CODES = (("category", Category.EMERGENCY.value), ("role", Role.EMERGENCY_NUMBER.value))


def queue_order(
    rows: Iterable[QueueRow],
    corrections: Collection[str],
    uses_by_role: dict[str, int],
    today: date,
    months: int,
) -> list[str]:
    """The ids of the records due (or with a correction reported), in ``queue_key``'s order.

    Days are compared as ISO text, which sorts as the days do; "" stands for ``date.min``.
    """
    since = fresh_since(today, months).isoformat()
    flags: dict[frozenset[tuple[str, str]], tuple[int, int]] = {}  # per set of codes
    keys = []
    for record_id, verified, around, codes in rows:
        if verified is not None and verified >= since and record_id not in corrections:
            continue
        found = flags.get(codes)
        if found is None:
            emergency = any(code in codes for code in EMERGENCY_CODES)
            roles = {code for taxonomy, code in codes if taxonomy == "role"}
            found = flags[codes] = (
                0 if emergency else 1,
                -sum(uses_by_role.get(r, 0) for r in roles),
            )
        keys.append((0 if around else found[0], found[1], verified or "", record_id))
    keys.sort()
    return [key[3] for key in keys]


def role_uses(step_roles: list[str]) -> dict[str, int]:
    """How many pathway steps name each role."""
    counts: dict[str, int] = {}
    for role in step_roles:
        counts[role] = counts.get(role, 0) + 1
    return counts


def uses_of(facts: RecordFacts, uses_by_role: dict[str, int]) -> int:
    """How many pathway steps a record may be chosen for (through the roles it plays)."""
    return sum(uses_by_role.get(role, 0) for role in facts.roles)
