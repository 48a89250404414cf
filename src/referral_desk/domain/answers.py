"""The wizard's answers, typed: filled page by page, checked by domain rules, made into a Case."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Case,
    Gender,
    Means,
    Purpose,
    Urgency,
)
from referral_desk.domain.codes import find_country, find_languages
from referral_desk.domain.person import age_fits_group, treated_as_child
from referral_desk.domain.region_names import known_region

MAX_AGE = 120


class Issue(StrEnum):
    """What is wrong with an answer; the screen words it."""

    NO_COUNTRY = "no_country"  # where the person is: required
    NOT_A_COUNTRY_CODE = "not_a_country_code"
    NOT_LANGUAGE_CODES = "not_language_codes"
    AGE_OUT_OF_RANGE = "age_out_of_range"
    AGE_AND_GROUP_DISAGREE = "age_and_group_disagree"
    NOT_A_REGION = "not_a_region"  # the country's regions are known, and this is none


@dataclass(frozen=True)
class Problem:
    """One answer that cannot be used: the field, what is wrong, and what was typed."""

    field: str
    issue: Issue
    text: str = ""


def country_code(text: str) -> str | None:
    """The ISO 3166-1 code of a typed code or country name, or None when it is neither."""
    return find_country(text)


def language_codes(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(ISO 639 codes of the languages typed, each once in order; the parts that are none)."""
    return find_languages(text)


@dataclass
class CaseAnswers:
    """What the caseworker answered so far; every field has the type the Case will hold."""

    country: str | None = None  # None: not given, or not a country code
    region: str | None = None
    post_represents: str | None = None
    post_location: str | None = None
    at_border_crossing: bool = False
    exploitation_country: str | None = None
    age: int | None = None
    age_group: AgeGroup = AgeGroup.UNKNOWN
    age_uncertain: bool = False
    gender: Gender = Gender.UNKNOWN
    nationality: str | None = None
    unaccompanied: bool = False
    seeks_asylum: bool = False
    irregular_stay: bool = False
    languages: tuple[str, ...] = ()
    acts: frozenset[Act] = frozenset()
    means: frozenset[Means] = frozenset()
    purposes: frozenset[Purpose] = frozenset()
    crossed_border: bool = False
    consented_to_move: bool | None = None
    free_to_leave: bool | None = None
    urgent: frozenset[Urgency] = frozenset()
    consents_to_referral: bool | None = None
    medical_needs: bool = False
    documents_withheld: bool = False
    wages_withheld: bool = False
    debt_bondage: bool = False
    age_estimated: bool = False
    separated_child: bool = False
    home_region: str | None = None
    unreadable: dict[str, str] = field(default_factory=dict)  # field: text that is not a code

    def read_country(self, name: str, text: str) -> str | None:
        """The code typed for the country field ``name``; keeps typed text that is not one."""
        code = country_code(text)
        if code is None and text.strip():
            self.unreadable[name] = text.strip()
        else:
            self.unreadable.pop(name, None)
        return code

    def read_region(self, country: str | None, text: str) -> str | None:
        """The directory's name of the region typed for ``country``; keeps typed text that
        names none of the country's regions (a region the directory cannot match)."""
        region = known_region(country, text)
        if region is None:
            self.unreadable["region"] = text.strip()
        else:
            self.unreadable.pop("region", None)
        return region or None

    def read_languages(self, text: str) -> tuple[str, ...]:
        """The language codes typed; keeps the parts that are not codes."""
        codes, rest = language_codes(text)
        if rest:
            self.unreadable["languages"] = ", ".join(rest)
        else:
            self.unreadable.pop("languages", None)
        return codes

    def problems(self) -> list[Problem]:
        """Every answer that cannot be used as it is, in the order the wizard asks."""
        found: list[Problem] = []
        if self.age is not None and not 0 <= self.age <= MAX_AGE:
            found.append(Problem("age", Issue.AGE_OUT_OF_RANGE, str(self.age)))
        if not age_fits_group(self.age, self.age_group):
            found.append(Problem("age_group", Issue.AGE_AND_GROUP_DISAGREE, str(self.age)))
        for name, text in self.unreadable.items():
            issue = {
                "languages": Issue.NOT_LANGUAGE_CODES,
                "region": Issue.NOT_A_REGION,
            }.get(name, Issue.NOT_A_COUNTRY_CODE)
            found.append(Problem(name, issue, text))
        if self.country is None and "country" not in self.unreadable:
            found.append(Problem("country", Issue.NO_COUNTRY))
        return found

    def case(self) -> Case:
        """The case as answered; a child's consent is never asked or used."""
        case = Case(
            country=self.country or "",
            region=self.region,
            age=self.age,
            age_group=self.age_group,
            age_uncertain=self.age_uncertain,
            gender=self.gender,
            nationality=self.nationality,
            unaccompanied=self.unaccompanied,
            seeks_asylum=self.seeks_asylum,
            irregular_stay=self.irregular_stay,
            languages=self.languages,
            acts=self.acts,
            means=self.means,
            purposes=self.purposes,
            crossed_border=self.crossed_border,
            consented_to_move=self.consented_to_move,
            free_to_leave=self.free_to_leave,
            urgent=self.urgent,
            consents_to_referral=self.consents_to_referral,
            post_represents=self.post_represents,
            post_location=self.post_location,
            at_border_crossing=self.at_border_crossing,
            medical_needs=self.medical_needs,
            documents_withheld=self.documents_withheld,
            wages_withheld=self.wages_withheld,
            debt_bondage=self.debt_bondage,
            age_estimated=self.age_estimated,
            separated_child=self.separated_child,
            exploitation_country=self.exploitation_country,
            home_region=self.home_region,
        )
        if treated_as_child(case):
            case = replace(case, consents_to_referral=None)
        return case
