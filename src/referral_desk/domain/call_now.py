"""Who to call right now: emergency and 24-hour numbers, then bodies open now, per country."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from referral_desk.domain.entities import Detail
from referral_desk.domain.vocab import PhoneType

EMERGENCY_CATEGORIES = frozenset({"emergency", "helpline"})


class Group(StrEnum):
    """The parts of a country's list, in the order they are shown."""

    EMERGENCY = "emergency"  # emergency numbers and helplines
    AROUND_THE_CLOCK = "around_the_clock"  # other bodies that answer day and night
    OPEN_NOW = "open_now"  # bodies with opening hours that are open at this moment


@dataclass(frozen=True)
class CountryCalls:
    """One country's bodies to call now, by group; each group sorted."""

    country: str
    groups: tuple[tuple[Group, tuple[Detail, ...]], ...]

    def bodies(self) -> list[Detail]:
        return [detail for _group, details in self.groups for detail in details]


def can_be_called(detail: Detail) -> bool:
    """A body with at least one number to speak into (a fax is no use in a hurry)."""
    return any(phone.type != PhoneType.FAX for phone in detail.phones)


def is_emergency(detail: Detail) -> bool:
    """An emergency or 24-hour line: what the booklet's first page and the call-now view list."""
    return can_be_called(detail) and (
        detail.around_the_clock or bool(EMERGENCY_CATEGORIES & set(detail.categories))
    )


def group_of(detail: Detail) -> Group | None:
    """Where a body goes in the call-now list; None when it is not to be called now."""
    if not can_be_called(detail):
        return None
    if EMERGENCY_CATEGORIES & set(detail.categories):
        return Group.EMERGENCY
    if detail.around_the_clock:
        return Group.AROUND_THE_CLOCK
    if detail.reach.reachable:
        return Group.OPEN_NOW
    return None


def _order(detail: Detail, lang: str) -> tuple[int, int, str]:
    # The general emergency number first, then country-wide lines, then by name.
    general = 0 if "emergency" in detail.categories else 1
    reachable = 0 if detail.reach.reachable else 1
    return (general, reachable, detail.name.get(lang).casefold())


def calls_by_country(
    details: Iterable[Detail], countries: Sequence[str], lang: str = "en"
) -> tuple[CountryCalls, ...]:
    """The bodies to call now in each of ``countries`` (in that order), grouped and sorted."""
    chosen: dict[str, dict[Group, list[Detail]]] = {c: {} for c in dict.fromkeys(countries)}
    seen: set[str] = set()
    for detail in details:
        group = group_of(detail)
        if group is None or detail.country not in chosen or detail.id in seen:
            continue
        seen.add(detail.id)
        chosen[detail.country].setdefault(group, []).append(detail)
    return tuple(
        CountryCalls(
            country,
            tuple(
                (group, tuple(sorted(groups[group], key=lambda d: _order(d, lang))))
                for group in Group
                if groups.get(group)
            ),
        )
        for country, groups in chosen.items()
    )
