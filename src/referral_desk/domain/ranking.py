"""Which bodies a pathway step names, best first, and which it leaves out for the person, why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from referral_desk.domain.case import Case, Gender, LeftOutReason
from referral_desk.domain.person import age_range, aged_15_plus, treated_as_child
from referral_desk.domain.vocab import Population, Role

MAX_BODIES = 3  # bodies shown per step, best match first
GENERAL = frozenset({Population.ANY.value, Population.FAMILIES.value})
MATCH_NATIONALITY = frozenset({Role.CONSULATE.value, Role.RETURN_REINTEGRATION.value})
REGION_REASONS = frozenset({LeftOutReason.REGION_UNKNOWN, LeftOutReason.OTHER_REGION})


@dataclass(frozen=True)
class Candidate:
    """A service that plays the step's role in the step's country, as the ranking sees it."""

    id: str
    name: str  # the English name: the last tie-breaker before the id
    populations: frozenset[str]  # empty: for anyone
    regions: frozenset[str | None]  # regions of its service areas; None: the whole country
    languages: frozenset[str] = frozenset()
    serves_nationals_of: frozenset[str] = frozenset()
    minimum_age: int | None = None
    maximum_age: int | None = None
    genders: frozenset[str] = frozenset()  # empty: everyone
    nationality_status: frozenset[str] = frozenset()  # national, foreign; empty: both


@dataclass(frozen=True)
class Choice:
    """The bodies named for a step, best first, and those left out that a caseworker may miss."""

    ids: list[str]
    left_out: list[tuple[str, LeftOutReason]] = field(default_factory=list)


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
    """A service for one gender only that this person is not known to be.

    A service for women (and girls) only is closed to a man, and one for men only to a
    woman; either is closed to a person whose gender is other or not known.
    """
    if populations & GENERAL:
        return False
    women = Population.WOMEN.value in populations
    men = Population.MEN.value in populations
    if gender is Gender.MALE:
        return women and not men
    if gender is Gender.FEMALE:
        return men and not women
    return women != men


def _gender_fits(candidate: Candidate, populations: set[str], gender: Gender) -> bool:
    if candidate.genders:
        return gender.value in candidate.genders
    return not other_gender_only(populations, gender)


def _age_fits(candidate: Candidate, case: Case) -> bool:
    youngest, oldest = age_range(case)
    return (candidate.minimum_age is None or youngest >= candidate.minimum_age) and (
        candidate.maximum_age is None or oldest <= candidate.maximum_age
    )


def _status_fits(candidate: Candidate, country: str, nationality: str | None) -> bool:
    if not candidate.nationality_status or nationality is None:
        return True  # an unknown nationality is not held against the person
    status = "national" if nationality.upper() == country.upper() else "foreign"
    return status in candidate.nationality_status


def _area_rank(regions: frozenset[str | None], region: str | None) -> int | None:
    """0: covers the person's region; 1: the whole country; None: only other regions.

    Without a known region only bodies for the whole country are named: never a regional
    body picked at random.
    """
    folded = {r.casefold() if r else None for r in regions}
    if region is not None and region.casefold() in folded:
        return 0
    return 1 if None in folded else None


def choose_bodies(
    role: str,
    country: str,
    case: Case,
    candidates: Iterable[Candidate],
    region: str | None = None,
    limit: int = MAX_BODIES,
) -> Choice:
    """The candidates that fit the person, best match first (at most ``limit``), and the rest.

    A consulate or a return programme for nationals of one country serves only them.
    A service is never named when it serves other ages, other genders, the other
    nationality status, or only regions other than ``region`` (the region is matched in
    ``country``; None: not known). Then: the person's region before the whole country;
    a service for exactly this person before one for anyone; more shared languages; name.
    """
    best, also = wanted_populations(case)
    ranked: list[tuple[tuple[int, int, int, str, str], str]] = []
    left_out: list[tuple[str, LeftOutReason]] = []
    for candidate in candidates:
        for_others = case.nationality not in candidate.serves_nationals_of
        if role == Role.CONSULATE and for_others:
            continue  # another country's consulate: not a body the caseworker would expect
        if role in MATCH_NATIONALITY and candidate.serves_nationals_of and for_others:
            left_out.append((candidate.id, LeftOutReason.NATIONALITY))
            continue
        populations = set(candidate.populations) or {Population.ANY.value}
        reason: LeftOutReason | None = None
        area = _area_rank(candidate.regions, region)
        if not _gender_fits(candidate, populations, case.gender):
            reason = LeftOutReason.GENDER
        elif not _age_fits(candidate, case) or not populations & (best | also):
            reason = LeftOutReason.AGE
        elif not _status_fits(candidate, country, case.nationality):
            reason = LeftOutReason.NATIONALITY_STATUS
        elif area is None:
            reason = LeftOutReason.REGION_UNKNOWN if region is None else LeftOutReason.OTHER_REGION
        if reason is not None:
            left_out.append((candidate.id, reason))
            continue
        assert area is not None
        spoken = len(set(case.languages) & candidate.languages)
        key = (area, 0 if populations & best else 1, -spoken, candidate.name, candidate.id)
        ranked.append((key, candidate.id))
    ranked.sort()
    if ranked:  # a body elsewhere is worth a word only when no one nearer was found
        left_out = [item for item in left_out if item[1] not in REGION_REASONS]
    left_out.sort(key=lambda item: (item[1].value, item[0]))
    return Choice([candidate_id for _key, candidate_id in ranked[:limit]], left_out)


def rank_bodies(
    role: str,
    country: str,
    case: Case,
    candidates: Iterable[Candidate],
    limit: int = MAX_BODIES,
) -> list[str]:
    """Ids of the candidates that fit the person, best first; the region counts where they are."""
    region = case.region if country == case.country else None
    return choose_bodies(role, country, case, candidates, region, limit).ids
