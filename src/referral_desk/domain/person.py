"""What a case says about the person: treated as a child or as an adult, and the kind of case."""

from __future__ import annotations

from referral_desk.domain.case import AgeGroup, Case
from referral_desk.domain.codes import free_movement
from referral_desk.domain.vocab import CaseType

ADULT_AGE = 18  # Palermo Protocol Art. 3(d): a child is anyone under 18
OLDEST = 120


def treated_as_child(case: Case) -> bool:
    """Under 18 by age or age group, or presumed a child while the age is uncertain.

    Any one of the three is enough (CoE Convention Art. 10(3)): when the age and the
    age group disagree, the person gets a child's protection.
    """
    return (
        case.age_uncertain
        or case.age_group is AgeGroup.CHILD
        or (case.age is not None and case.age < ADULT_AGE)
    )


def treated_as_age_group(case: Case) -> AgeGroup:
    """A child (or presumed child), a known adult, or unknown: how the rules see the age."""
    if treated_as_child(case):
        return AgeGroup.CHILD
    if case.age_group is AgeGroup.ADULT or (case.age is not None and case.age >= ADULT_AGE):
        return AgeGroup.ADULT
    return AgeGroup.UNKNOWN


def aged_15_plus(case: Case) -> bool:
    """Not treated as a child, or a child whose age is known to be 15 or more."""
    return not treated_as_child(case) or (case.age is not None and case.age >= 15)


def age_fits_group(age: int | None, group: AgeGroup) -> bool:
    """Whether an age in years and an age group say the same (either may be unknown)."""
    if age is None or group is AgeGroup.UNKNOWN:
        return True
    return (age < ADULT_AGE) == (group is AgeGroup.CHILD)


def _same_country(first: str | None, second: str | None) -> bool:
    return bool(first) and bool(second) and str(first).upper() == str(second).upper()


def foreign_national(case: Case) -> bool:
    """The nationality is known and is not that of the country where the person is."""
    return bool(case.nationality) and not _same_country(case.nationality, case.country)


def own_national_abroad(case: Case) -> bool:
    """A foreign national here whose nationality is the country the post represents.

    Where the post sits does not matter: an embassy in Sofia represents its own
    country, not Bulgaria, and a police station or border post represents none.
    """
    return foreign_national(case) and _same_country(case.nationality, case.post_represents)


def moves_freely(case: Case) -> bool:
    """An EU/EEA/Swiss citizen in an EU/EEA country or Switzerland: free movement, no smuggling."""
    return (
        foreign_national(case) and free_movement(case.nationality) and free_movement(case.country)
    )


def age_range(case: Case) -> tuple[int, int]:
    """The ages the person may have, as the rules treat them (both ends included)."""
    child = treated_as_child(case)
    if case.age is not None:
        age = min(case.age, ADULT_AGE - 1) if child else case.age  # presumption of minority
        return age, age
    if child:
        return 0, ADULT_AGE - 1
    # Not a child, nor presumed one (no reason to believe so): the rules treat the person as
    # an adult (consent, the services for women or men), so the bodies named must serve adults.
    return ADULT_AGE, OLDEST


def case_type(case: Case) -> CaseType:
    """The one situation the log and the statistics count the case under."""
    if case.seeks_asylum:
        return CaseType.ASYLUM_SEEKER
    if not case.nationality:
        return CaseType.UNKNOWN
    if own_national_abroad(case):
        return CaseType.OWN_NATIONAL_ABROAD
    if foreign_national(case):
        return CaseType.FOREIGN_NATIONAL
    return CaseType.NATIONAL
