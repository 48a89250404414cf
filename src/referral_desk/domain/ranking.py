"""Which bodies a pathway step names, best first: area, who the service is for, languages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from referral_desk.domain.case import Case, Gender
from referral_desk.domain.person import aged_15_plus, treated_as_child
from referral_desk.domain.vocab import Population, Role

MAX_BODIES = 3  # bodies shown per step, best match first
OTHER_REGION = 2  # area rank of a service that covers only other regions


@dataclass(frozen=True)
class Candidate:
    """A service that plays the step's role in the step's country, as the ranking sees it."""

    id: str
    name: str  # the English name: the last tie-breaker before the id
    populations: frozenset[str]  # empty: for anyone
    regions: frozenset[str | None]  # regions of its service areas; None: the whole country
    languages: frozenset[str] = frozenset()
    serves_nationals_of: frozenset[str] = frozenset()


def wanted_populations(case: Case) -> tuple[set[str], set[str]]:
    """(populations that fit best, populations that also fit) for this person."""
    child = treated_as_child(case)
    best: set[str] = set()
    if child:
        best.add(Population.CHILDREN.value)
        if case.gender is Gender.FEMALE and aged_15_plus(case):
            best.add(Population.WOMEN.value)
    elif case.gender is Gender.FEMALE:
        best.add(Population.WOMEN.value)
    elif case.gender is Gender.MALE:
        best.add(Population.MEN.value)
    else:
        best |= {Population.WOMEN.value, Population.MEN.value}
    also = {Population.ANY.value}
    if child:
        also.add(Population.FAMILIES.value)  # a family service reaches a child through the family
    return best, also


def other_gender_only(populations: set[str], gender: Gender) -> bool:
    """A service for women (and girls) only, for a male person; or for men only, for a female."""
    general = {Population.ANY.value, Population.FAMILIES.value}
    if gender is Gender.MALE:
        return Population.WOMEN.value in populations and not populations & (general | {"men"})
    if gender is Gender.FEMALE:
        return Population.MEN.value in populations and not populations & (general | {"women"})
    return False


def _area_rank(regions: frozenset[str | None], region: str | None) -> int:
    """0: covers the person's region (or, without one, the whole country); 1: the whole country."""
    folded = {r.casefold() if r else None for r in regions}
    if region is None:
        return 0 if None in folded else 1
    return 0 if region in folded else 1 if None in folded else OTHER_REGION


def rank_bodies(
    role: str, country: str, case: Case, candidates: Iterable[Candidate], limit: int = MAX_BODIES
) -> list[str]:
    """Ids of the candidates that fit the person, best match first, at most ``limit``.

    A consulate serves only its own nationals; a service only for the other gender or
    for nobody this person is never named. Then: the person's region before the whole
    country before another region (named only when nothing nearer plays the role); a
    service for exactly this person before one for anyone; more shared languages; name.
    """
    best, also = wanted_populations(case)
    region = case.region.casefold() if case.region and country == case.country else None
    ranked: list[tuple[tuple[int, int, int, str, str], str]] = []
    for candidate in candidates:
        if role == Role.CONSULATE and case.nationality not in candidate.serves_nationals_of:
            continue
        populations = set(candidate.populations) or {Population.ANY.value}
        if not populations & (best | also) or other_gender_only(populations, case.gender):
            continue
        spoken = len(set(case.languages) & candidate.languages)
        key = (
            _area_rank(candidate.regions, region),
            0 if populations & best else 1,
            -spoken,
            candidate.name,
            candidate.id,
        )
        ranked.append((key, candidate.id))
    ranked.sort()
    if ranked and ranked[0][0][0] < OTHER_REGION:  # another region only if nothing nearer
        ranked = [r for r in ranked if r[0][0] < OTHER_REGION]
    return [candidate_id for _key, candidate_id in ranked[:limit]]
