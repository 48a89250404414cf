"""The case as the caseworker describes it, and the pathway the rules make of it.

These records are the contract between the screening rules (domain.rules),
the pathway resolution against the directory (services.pathway), the wizard,
the referral sheet and the referral log. They hold no name, birth date or
other identifier of the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from referral_desk.domain.entities import Phone, RecordRef
from referral_desk.domain.hours import Reachability


class AgeGroup(StrEnum):
    CHILD = "child"  # under 18
    ADULT = "adult"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Act(StrEnum):
    """Palermo Protocol Art. 3(a): the act."""

    RECRUITMENT = "recruitment"
    TRANSPORTATION = "transportation"
    TRANSFER = "transfer"
    HARBOURING = "harbouring"
    RECEIPT = "receipt"


class Means(StrEnum):
    """Palermo Protocol Art. 3(a): the means (not needed for a child, 3(c))."""

    THREAT_OR_FORCE = "threat_or_force"
    COERCION = "coercion"
    ABDUCTION = "abduction"
    FRAUD = "fraud"
    DECEPTION = "deception"
    ABUSE_OF_POWER = "abuse_of_power"
    ABUSE_OF_VULNERABILITY = "abuse_of_vulnerability"
    PAYMENTS_TO_CONTROLLER = "payments_to_controller"


class Purpose(StrEnum):
    """The purpose of exploitation (Palermo Art. 3(a); EU Directives 2011/36 and 2024/1712)."""

    SEXUAL_EXPLOITATION = "sexual_exploitation"
    FORCED_LABOUR = "forced_labour"
    FORCED_BEGGING = "forced_begging"
    FORCED_CRIMINALITY = "forced_criminality"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    SLAVERY_OR_SERVITUDE = "slavery_or_servitude"
    ORGAN_REMOVAL = "organ_removal"
    FORCED_MARRIAGE = "forced_marriage"
    ILLEGAL_ADOPTION = "illegal_adoption"
    WORST_FORMS_CHILD_LABOUR = "worst_forms_child_labour"


class Urgency(StrEnum):
    IMMEDIATE_DANGER = "immediate_danger"
    MEDICAL_EMERGENCY = "medical_emergency"
    SHELTER_TONIGHT = "shelter_tonight"
    FAMILY_THREATENED = "family_threatened"


class Assessment(StrEnum):
    TRAFFICKING = "trafficking"  # Act + Means + Purpose, or Act + Purpose for a child
    POSSIBLE_TRAFFICKING = "possible_trafficking"  # some elements
    SMUGGLING = "smuggling"  # consensual crossing, free to leave, no exploitation
    CHILD_LABOUR = "child_labour"
    INSUFFICIENT = "insufficient"


class Phase(StrEnum):
    """Referral phases (ICMPD TRM SOPs, with urgent safety first)."""

    IMMEDIATE_SAFETY = "immediate_safety"
    IDENTIFICATION = "identification"
    FIRST_ASSISTANCE = "first_assistance"
    RETURN_INCLUSION = "return_inclusion"
    LONG_TERM = "long_term"
    PROCEEDINGS = "proceedings"


class Timing(StrEnum):
    NOW = "now"
    WITHIN_24_HOURS = "within_24_hours"
    WITHIN_DAYS = "within_days"
    WHEN_READY = "when_ready"


@dataclass(frozen=True)
class Case:
    """What the caseworker knows; every field optional except where the person is now."""

    country: str  # ISO code of the country where the person is now
    region: str | None = None
    age: int | None = None
    age_group: AgeGroup = AgeGroup.UNKNOWN
    age_uncertain: bool = False  # reasons to believe a child: presumption of minority
    gender: Gender = Gender.UNKNOWN
    nationality: str | None = None  # ISO code
    unaccompanied: bool = False
    seeks_asylum: bool = False
    irregular_stay: bool = False  # a foreign national without a right to stay (domain guide §4)
    languages: tuple[str, ...] = ()
    acts: frozenset[Act] = frozenset()
    means: frozenset[Means] = frozenset()
    purposes: frozenset[Purpose] = frozenset()
    crossed_border: bool = False
    consented_to_move: bool | None = None  # agreed to be moved across a border
    free_to_leave: bool | None = None
    urgent: frozenset[Urgency] = frozenset()
    consents_to_referral: bool | None = None  # adults only: None is "not asked yet"
    post_represents: str | None = None  # the country the post represents; None: police, border
    post_location: str | None = None  # the country where the post sits
    at_border_crossing: bool = False  # met at a border crossing point (region: the point's)
    medical_needs: bool = False  # untreated injuries or other non-emergency medical needs
    documents_withheld: bool = False  # identity documents taken away, or none at all
    wages_withheld: bool = False
    debt_bondage: bool = False  # a debt used to control the person
    age_estimated: bool = False  # the age is the caseworker's estimate, not what was stated
    separated_child: bool = False  # with an adult who is not a verified parent or carer
    exploitation_country: str | None = None  # where the exploitation happened, if elsewhere
    home_region: str | None = None  # the home region in the country of nationality


@dataclass(frozen=True)
class Body:
    """A directory record matched to a step: how to reach it, and whether now."""

    ref: RecordRef
    organization: RecordRef | None
    phones: tuple[Phone, ...]
    email: str | None
    website: str | None
    reach: Reachability
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Text:
    """A text from the rule files, in the languages they provide (at least "en")."""

    by_lang: dict[str, str]

    def get(self, lang: str) -> str:
        return (
            self.by_lang.get(lang)
            or self.by_lang.get("en")
            or next(iter(self.by_lang.values()), "")
        )


@dataclass(frozen=True)
class Reason:
    code: str  # e.g. "act_means_purpose", "child_no_means_needed"
    text: Text


@dataclass(frozen=True)
class Step:
    rule_id: str
    phase: Phase
    role: str
    country: str  # where the role is resolved: where the person is, or the country of origin
    action: Text  # what to do
    why: Text  # the rule's legal or procedural basis
    timing: Timing
    bodies: tuple[Body, ...] = ()
    shares_data: bool = True  # the step passes the person's details to a body
    merged: tuple[str, ...] = ()  # ids of later rules merged into this step (same bodies)


class LeftOutReason(StrEnum):
    """Why a body that plays a step's role was not suggested for this person."""

    GENDER = "gender"  # serves other genders only
    AGE = "age"  # serves other ages (or the person's age is not known to fit)
    REGION_UNKNOWN = "region_unknown"  # covers some regions only, and the region is not known
    OTHER_REGION = "other_region"  # covers only regions other than the person's
    NATIONALITY_STATUS = "nationality_status"  # serves only nationals, or only foreign nationals
    NATIONALITY = "nationality"  # a return programme for nationals of another country


@dataclass(frozen=True)
class LeftOut:
    """A body that plays a step's role but was not suggested, and why."""

    rule_id: str
    ref: RecordRef
    reason: LeftOutReason


@dataclass(frozen=True)
class Warning:
    code: str  # e.g. "no_embassy_asylum", "child_no_consent_needed", "reflection_period"
    text: Text


@dataclass(frozen=True)
class Pathway:
    case: Case
    assessment: Assessment
    reasons: tuple[Reason, ...]
    steps: tuple[Step, ...]
    warnings: tuple[Warning, ...]
    is_child: bool  # a child or presumed child
    rules_version: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    left_out: tuple[LeftOut, ...] = field(default_factory=tuple)
