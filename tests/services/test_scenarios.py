"""Scenarios from the domain guide, run against the sample directory: assessment, roles, bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    Case,
    Gender,
    Means,
    Pathway,
    Purpose,
    Urgency,
)
from referral_desk.domain.pathway_steps import rule_ids
from referral_desk.domain.rules import RuleSet, case_facts
from referral_desk.domain.vocab import Role
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import load_rules

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)  # a Wednesday morning in Vienna and Sofia
R = Role
ME = "caseworker"  # the consent gate and other steps the caseworker does personally

BG_EMBASSY_VIENNA = "Embassy of the Republic of Bulgaria in Vienna"
AT_EMBASSY_SOFIA = "Austrian Embassy Sofia"


def A(*items: Act) -> frozenset[Act]:
    return frozenset(items)


def M(*items: Means) -> frozenset[Means]:
    return frozenset(items)


def P(*items: Purpose) -> frozenset[Purpose]:
    return frozenset(items)


@dataclass(frozen=True)
class Scenario:
    name: str
    case: Case
    assessment: Assessment
    roles: tuple[str, ...]  # these roles, in this order (others may come between)
    bodies: tuple[str, ...] = ()  # names (or parts of names) that must appear
    absent_bodies: tuple[str, ...] = ()
    absent_roles: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    absent_rules: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


def child_in(country: str, **kw: object) -> Case:
    return Case(country=country, age_group=AgeGroup.CHILD, **kw)  # type: ignore[arg-type]


def adult_in(country: str, **kw: object) -> Case:
    return Case(country=country, age_group=AgeGroup.ADULT, consents_to_referral=True, **kw)  # type: ignore[arg-type]


EXPLOITED = {"acts": A(Act.RECRUITMENT, Act.TRANSPORTATION), "crossed_border": True}
CONTROLLED = {**EXPLOITED, "means": M(Means.DECEPTION, Means.COERCION), "free_to_leave": False}

SCENARIOS = [
    Scenario(
        "bulgarian child begging in Vienna",
        child_in(
            "AT",
            region="Vienna",
            age=12,
            gender=Gender.MALE,
            nationality="BG",
            unaccompanied=True,
            acts=A(Act.TRANSPORTATION, Act.HARBOURING),
            purposes=P(Purpose.FORCED_BEGGING),
            languages=("bg",),
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.CHILD_HELPLINE,
            R.CHILD_CRISIS_CENTRE,
            R.LIAISON_OFFICER,
            R.NATIONAL_COORDINATOR,
            R.NATIONAL_COORDINATOR,
            R.CHILD_PROTECTION_AUTHORITY,
            R.SOCIAL_ASSISTANCE,
            R.CHILD_CRISIS_CENTRE,
        ),
        bodies=(
            "Drehscheibe",
            BG_EMBASSY_VIENNA,
            "Vienna Child and Youth Welfare",
            "State Agency for Child Protection",
            "Bundeskriminalamt",
        ),
        absent_bodies=("LEFÖ", "MEN VIA"),
        absent_rules=("informed_consent",),
        warnings=(
            "child_no_consent_needed",
            "child_not_detained",
            "child_no_return_before_assessment",
            "non_punishment",
        ),
        reasons=("trafficking_child",),
    ),
    Scenario(
        "bulgarian girl of 16 sexually exploited in Vienna",
        child_in(
            "AT",
            region="Vienna",
            age=16,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.CONSULATE,
            R.CHILD_CRISIS_CENTRE,
            R.SHELTER_WOMEN,
            R.CHILD_PROTECTION_AUTHORITY,
        ),
        bodies=("LEFÖ", "Drehscheibe", BG_EMBASSY_VIENNA),
        absent_bodies=("MEN VIA",),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "bulgarian girl of 14 in Vienna: youth welfare, not the women's centre",
        child_in(
            "AT",
            region="Vienna",
            age=14,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (R.CHILD_PROTECTION_AUTHORITY, R.CHILD_CRISIS_CENTRE),
        bodies=("Drehscheibe",),
        absent_roles=(R.SHELTER_WOMEN,),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "adult bulgarian woman exploited in Austria, shelter tonight",
        adult_in(
            "AT",
            region="Vienna",
            age=24,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            urgent=frozenset({Urgency.SHELTER_TONIGHT}),
            consented_to_move=True,
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (
            R.SHELTER_WOMEN,
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.TRAFFICKING_HOTLINE,
            R.LEGAL_AID,
            R.LIAISON_OFFICER,
            R.NATIONAL_COORDINATOR,
            R.RETURN_REINTEGRATION,
            R.SOCIAL_ASSISTANCE,
            R.VICTIM_SUPPORT,
            R.LEGAL_AID,
        ),
        bodies=("LEFÖ", BG_EMBASSY_VIENNA, "IOM", "National Commission for Combating Trafficking"),
        absent_bodies=("MEN VIA", "Drehscheibe"),
        warnings=("adult_informed_consent", "reflection_period", "assistance_not_conditional"),
        reasons=("trafficking_adult", "consent_irrelevant"),
        absent_rules=("smuggled_then_exploited",),  # an EU citizen is never smuggled in the EU
    ),
    Scenario(
        "adult bulgarian man in forced labour in Austria",
        adult_in(
            "AT",
            gender=Gender.MALE,
            nationality="BG",
            purposes=P(Purpose.FORCED_LABOUR),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.SHELTER_MEN,
            R.LABOUR_INSPECTORATE,
            R.LIAISON_OFFICER,
        ),
        bodies=("MEN VIA", BG_EMBASSY_VIENNA, "Labour Inspectorate"),
        absent_bodies=("LEFÖ",),
    ),
    Scenario(
        "adult woman not yet asked for consent: the consent gate comes first",
        Case(
            country="AT",
            age_group=AgeGroup.ADULT,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.TRAFFICKING_HOTLINE, R.VICTIM_SUPPORT),  # consent first; anonymous counselling
        bodies=("LEFÖ",),
        absent_roles=(R.ANTI_TRAFFICKING_POLICE, R.SHELTER_WOMEN, R.CONSULATE),
        warnings=("adult_informed_consent", "consent_not_asked"),
    ),
    Scenario(
        "adult who refuses referral gets only what passes on nothing",
        Case(
            country="AT",
            age_group=AgeGroup.ADULT,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            consents_to_referral=False,
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (R.TRAFFICKING_HOTLINE, R.VICTIM_SUPPORT),
        bodies=("Human trafficking hotline", "LEFÖ"),  # LEFÖ's anonymous counselling
        absent_bodies=(BG_EMBASSY_VIENNA,),
        absent_rules=("informed_consent",),
        absent_roles=(
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.SHELTER_WOMEN,
            R.LIAISON_OFFICER,
            R.NATIONAL_COORDINATOR,
        ),
        warnings=("consent_refused",),
    ),
    Scenario(
        "austrian child in forced criminality found in Sofia",
        child_in(
            "BG",
            region="Sofia City",
            age=13,
            gender=Gender.MALE,
            nationality="AT",
            unaccompanied=True,
            purposes=P(Purpose.FORCED_CRIMINALITY),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.CHILD_HELPLINE,
            R.CHILD_CRISIS_CENTRE,
            R.SOCIAL_ASSISTANCE,
            R.SOCIAL_ASSISTANCE,
            R.LIAISON_OFFICER,
            R.CHILD_PROTECTION_AUTHORITY,
        ),
        bodies=(
            AT_EMBASSY_SOFIA,
            "State Agency for Child Protection",
            "Crisis placement",
            "Social Assistance Directorate – Sofia",
        ),
        absent_bodies=("Drehscheibe",),
        absent_rules=("informed_consent",),
        warnings=("child_no_return_before_assessment", "non_punishment"),
    ),
    Scenario(
        "austrian man in forced labour in Bulgaria",
        adult_in(
            "BG",
            gender=Gender.MALE,
            nationality="AT",
            purposes=P(Purpose.FORCED_LABOUR),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.SHELTER_MEN,
            R.LABOUR_INSPECTORATE,
            R.LIAISON_OFFICER,
            R.NATIONAL_COORDINATOR,
            R.NATIONAL_COORDINATOR,
        ),
        bodies=(
            AT_EMBASSY_SOFIA,
            "General Labour Inspectorate",
            "Accommodation for adult male",
            "National Coordinator on Combating Human Trafficking (Austria)",
        ),
        absent_bodies=("MEN VIA", BG_EMBASSY_VIENNA),
    ),
    Scenario(
        "austrian woman sexually exploited in Sofia",
        adult_in(
            "BG",
            region="Sofia City",
            gender=Gender.FEMALE,
            nationality="AT",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.CONSULATE, R.TRAFFICKING_HOTLINE, R.SHELTER_WOMEN, R.LIAISON_OFFICER),
        bodies=(AT_EMBASSY_SOFIA, "Animus", "Police attaché"),
        absent_bodies=("LEFÖ",),
    ),
    Scenario(
        "asylum seeker in Bulgaria: no embassy, nothing in the country of origin",
        adult_in(
            "BG",
            region="Sofia City",
            gender=Gender.MALE,
            nationality="UA",
            seeks_asylum=True,
            irregular_stay=True,
            purposes=P(Purpose.FORCED_LABOUR),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.ASYLUM_AUTHORITY,
            R.REFUGEE_PROTECTION,
            R.TRAFFICKING_HOTLINE,
            R.SHELTER_MEN,
            R.LEGAL_AID,
            R.LABOUR_INSPECTORATE,
        ),
        bodies=("State Agency for Refugees", "UNHCR"),
        absent_bodies=("Embassy of Ukraine",),
        absent_roles=(R.CONSULATE, R.MIGRATION_AUTHORITY, R.LIAISON_OFFICER),
        warnings=("no_embassy_for_asylum_seeker",),
        extra={"no_origin": True},
    ),
    Scenario(
        "unaccompanied child seeking asylum in Bulgaria",
        child_in(
            "BG",
            age=15,
            gender=Gender.FEMALE,
            nationality="UA",
            unaccompanied=True,
            seeks_asylum=True,
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.CHILD_PROTECTION_AUTHORITY,
            R.ASYLUM_AUTHORITY,
            R.CHILD_CRISIS_CENTRE,
        ),
        bodies=("State Agency for Refugees", "State Agency for Child Protection"),
        absent_bodies=("Embassy of Ukraine",),
        absent_roles=(R.CONSULATE,),
        absent_rules=("informed_consent",),
        warnings=("no_embassy_for_asylum_seeker", "child_no_consent_needed"),
        extra={"no_origin": True},
    ),
    Scenario(
        "asylum seeker in Austria",
        adult_in(
            "AT",
            region="Vienna",
            gender=Gender.FEMALE,
            nationality="UA",
            seeks_asylum=True,
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.ASYLUM_AUTHORITY, R.REFUGEE_PROTECTION, R.SHELTER_WOMEN),
        bodies=("Federal Office for Immigration and Asylum", "LEFÖ", "UNHCR"),
        absent_bodies=("Embassy of Ukraine",),
        absent_roles=(R.CONSULATE,),
        extra={"no_origin": True},
    ),
    Scenario(
        "smuggled adult with no exploitation",
        adult_in(
            "BG",
            gender=Gender.MALE,
            nationality="UA",
            irregular_stay=True,
            acts=A(Act.TRANSPORTATION),
            crossed_border=True,
            consented_to_move=True,
            free_to_leave=True,
        ),
        Assessment.SMUGGLING,
        (ME, R.MIGRATION_AUTHORITY, R.MIGRATION_AUTHORITY, R.CONSULATE, R.TRAFFICKING_HOTLINE),
        bodies=("Migration Directorate", "Embassy of Ukraine in Bulgaria"),
        absent_roles=(
            R.ANTI_TRAFFICKING_POLICE,
            R.SHELTER_MEN,
            R.NATIONAL_COORDINATOR,
            R.LIAISON_OFFICER,
            R.VICTIM_SUPPORT,  # outside the referral mechanism
        ),
        warnings=("smuggling_not_trafficking",),
        reasons=("smuggling_only",),
    ),
    Scenario(
        "smuggled adult who seeks asylum",
        adult_in(
            "BG",
            gender=Gender.MALE,
            nationality="UA",
            seeks_asylum=True,
            acts=A(Act.TRANSPORTATION),
            crossed_border=True,
            consented_to_move=True,
            free_to_leave=True,
        ),
        Assessment.SMUGGLING,
        (ME, R.ASYLUM_AUTHORITY, R.REFUGEE_PROTECTION),
        bodies=("State Agency for Refugees",),
        absent_bodies=("Embassy of Ukraine",),
        absent_roles=(R.CONSULATE, R.MIGRATION_AUTHORITY, R.ANTI_TRAFFICKING_POLICE),
    ),
    Scenario(
        "smuggled unaccompanied child in Vienna: child protection still leads",
        child_in(
            "AT",
            region="Vienna",
            age=15,
            gender=Gender.MALE,
            nationality="UA",
            unaccompanied=True,
            acts=A(Act.TRANSPORTATION),
            crossed_border=True,
            consented_to_move=True,
            free_to_leave=True,
        ),
        Assessment.SMUGGLING,
        (R.CHILD_PROTECTION_AUTHORITY, R.CHILD_PROTECTION_AUTHORITY, R.CHILD_CRISIS_CENTRE),
        bodies=("Drehscheibe", "Embassy of Ukraine in Austria"),
        absent_roles=(R.ANTI_TRAFFICKING_POLICE,),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "bulgarian embassy in Vienna handles its own national",
        adult_in(
            "AT",
            region="Vienna",
            gender=Gender.MALE,
            nationality="BG",
            post_represents="BG",
            purposes=P(Purpose.FORCED_LABOUR),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.CONSULATE,
            R.SHELTER_MEN,
            R.NATIONAL_COORDINATOR,
            R.NATIONAL_COORDINATOR,
            R.RETURN_REINTEGRATION,
            R.SOCIAL_ASSISTANCE,
        ),
        bodies=(
            BG_EMBASSY_VIENNA,
            "MEN VIA",
            "National Commission for Combating Trafficking",
            "Social Assistance Agency",
        ),
        warnings=("own_national_abroad",),
        absent_rules=("consulate_identity",),
    ),
    Scenario(
        "austrian embassy in Sofia handles its own national",
        adult_in(
            "BG",
            gender=Gender.FEMALE,
            nationality="AT",
            post_represents="AT",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.CONSULATE, R.SHELTER_WOMEN),
        bodies=(AT_EMBASSY_SOFIA,),
        absent_bodies=("Vienna Social Services",),  # her home region is not known
        warnings=("own_national_abroad",),
        absent_rules=("consulate_identity",),
    ),
    Scenario(
        "austrian embassy in Sofia, own national from Vienna: her home region takes over",
        adult_in(
            "BG",
            gender=Gender.FEMALE,
            nationality="AT",
            home_region="Vienna",
            post_represents="AT",
            post_location="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.CONSULATE, R.SHELTER_WOMEN, R.SOCIAL_ASSISTANCE),
        bodies=(AT_EMBASSY_SOFIA, "Vienna Social Services"),
        warnings=("own_national_abroad",),
    ),
    Scenario(
        "bulgarian embassy in Vienna handles a bulgarian child",
        child_in(
            "AT",
            region="Vienna",
            age=10,
            gender=Gender.FEMALE,
            nationality="BG",
            post_represents="BG",
            purposes=P(Purpose.FORCED_BEGGING),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.CONSULATE,
            R.CHILD_CRISIS_CENTRE,
            R.CHILD_PROTECTION_AUTHORITY,
            R.CHILD_CRISIS_CENTRE,
        ),
        bodies=("Drehscheibe", BG_EMBASSY_VIENNA),
        absent_roles=(R.SHELTER_WOMEN,),
        absent_rules=("informed_consent",),
        warnings=("own_national_abroad", "child_no_return_before_assessment"),
    ),
    Scenario(
        "uncertain age: presumed a child, so act and purpose are enough",
        Case(
            country="AT",
            region="Vienna",
            age=19,
            age_uncertain=True,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (R.CHILD_PROTECTION_AUTHORITY, R.CHILD_CRISIS_CENTRE, R.SHELTER_WOMEN),
        bodies=("Drehscheibe", "LEFÖ"),
        absent_rules=("informed_consent",),
        warnings=("presumed_child", "child_no_consent_needed"),
        reasons=("trafficking_child", "presumption_of_minority"),
    ),
    Scenario(
        "same person without doubt about the age: an adult, means missing",
        adult_in(
            "AT",
            region="Vienna",
            age=19,
            gender=Gender.FEMALE,
            nationality="BG",
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **EXPLOITED,
        ),
        Assessment.POSSIBLE_TRAFFICKING,
        (ME, R.ANTI_TRAFFICKING_POLICE, R.SHELTER_WOMEN),
        bodies=("LEFÖ",),
        absent_roles=(R.CHILD_PROTECTION_AUTHORITY,),
        reasons=("possible_exploitation", "missing_means_adult"),
    ),
    Scenario(
        "bulgarian child working in Bulgaria: child labour",
        child_in(
            "BG",
            region="Sliven",
            age=11,
            gender=Gender.MALE,
            nationality="BG",
            purposes=P(Purpose.WORST_FORMS_CHILD_LABOUR),
        ),
        Assessment.CHILD_LABOUR,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.ANTI_TRAFFICKING_POLICE,
            R.CHILD_HELPLINE,
            R.SOCIAL_ASSISTANCE,
            R.SOCIAL_ASSISTANCE,
            R.LABOUR_INSPECTORATE,
            R.CHILD_PROTECTION_AUTHORITY,
            R.CHILD_PROTECTION_AUTHORITY,
        ),
        bodies=(
            "General Labour Inspectorate",
            "Social Assistance Directorate – Sliven",
            "State Agency for Child Protection",
        ),
        absent_roles=(
            R.CONSULATE,
            R.LIAISON_OFFICER,
        ),
        absent_rules=("informed_consent",),
        reasons=("child_labour",),
    ),
    Scenario(
        "romanian woman in domestic servitude in Vienna: no AT–BG liaison",
        adult_in(
            "AT",
            region="Vienna",
            gender=Gender.FEMALE,
            nationality="RO",
            purposes=P(Purpose.DOMESTIC_SERVITUDE),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.CONSULATE, R.SHELTER_WOMEN, R.NATIONAL_COORDINATOR),
        bodies=("Embassy of Romania in Austria", "LEFÖ"),
        absent_bodies=(BG_EMBASSY_VIENNA,),
        absent_roles=(R.LIAISON_OFFICER, R.LABOUR_INSPECTORATE),  # not competent in households
    ),
    Scenario(
        "bulgarian man, organ removal, in Bulgaria",
        adult_in(
            "BG",
            gender=Gender.MALE,
            nationality="BG",
            acts=A(Act.RECRUITMENT),
            means=M(Means.ABUSE_OF_VULNERABILITY, Means.PAYMENTS_TO_CONTROLLER),
            purposes=P(Purpose.ORGAN_REMOVAL),
        ),
        Assessment.TRAFFICKING,
        (
            ME,
            R.ANTI_TRAFFICKING_POLICE,
            R.TRAFFICKING_HOTLINE,
            R.SHELTER_MEN,
            R.LEGAL_AID,
            R.NATIONAL_COORDINATOR,
            R.VICTIM_SUPPORT,
            R.LEGAL_AID,
        ),
        bodies=("Animus", "National Legal Aid Bureau"),
        absent_roles=(R.CONSULATE, R.LIAISON_OFFICER, R.RETURN_REINTEGRATION),
    ),
    Scenario(
        "bulgarian girl of 15 forced into marriage in Bulgaria",
        child_in(
            "BG",
            region="Plovdiv",
            age=15,
            gender=Gender.FEMALE,
            nationality="BG",
            acts=A(Act.TRANSFER),
            purposes=P(Purpose.FORCED_MARRIAGE),
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.SOCIAL_ASSISTANCE,
            R.SOCIAL_ASSISTANCE,
            R.CHILD_PROTECTION_AUTHORITY,
        ),
        bodies=("Social Assistance Directorate – Plovdiv", "State Agency for Child Protection"),
        absent_roles=(
            R.SHELTER_WOMEN,
            R.CONSULATE,
        ),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "bulgarian baby moved to Austria for illegal adoption",
        child_in(
            "AT",
            region="Vienna",
            age=0,
            gender=Gender.UNKNOWN,
            nationality="BG",
            acts=A(Act.TRANSFER),
            crossed_border=True,
            purposes=P(Purpose.ILLEGAL_ADOPTION),
        ),
        Assessment.TRAFFICKING,
        (
            R.CHILD_PROTECTION_AUTHORITY,
            R.CONSULATE,
            R.CHILD_CRISIS_CENTRE,
            R.CHILD_PROTECTION_AUTHORITY,
        ),
        bodies=("Drehscheibe", BG_EMBASSY_VIENNA),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "ukrainian man held in servitude in Austria",
        adult_in(
            "AT",
            gender=Gender.MALE,
            nationality="UA",
            languages=("uk",),
            purposes=P(Purpose.SLAVERY_OR_SERVITUDE),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (ME, R.ANTI_TRAFFICKING_POLICE, R.CONSULATE, R.SHELTER_MEN),
        bodies=("Embassy of Ukraine in Austria", "MEN VIA"),
        absent_roles=(R.LIAISON_OFFICER,),
    ),
    Scenario(
        "bulgarian boy of 16 forced to steal in Vienna",
        child_in(
            "AT",
            region="Vienna",
            age=16,
            gender=Gender.MALE,
            nationality="BG",
            purposes=P(Purpose.FORCED_CRIMINALITY),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (R.CHILD_PROTECTION_AUTHORITY, R.CONSULATE, R.CHILD_CRISIS_CENTRE, R.LIAISON_OFFICER),
        bodies=("Drehscheibe",),
        absent_bodies=("LEFÖ",),
        absent_roles=(R.SHELTER_WOMEN,),
        absent_rules=("informed_consent",),
        warnings=("non_punishment",),
        reasons=("child_worst_forms",),
    ),
    Scenario(
        "bulgarian child in the worst forms of child labour in Austria",
        child_in(
            "AT",
            region="Vienna",
            age=13,
            gender=Gender.MALE,
            nationality="BG",
            purposes=P(Purpose.WORST_FORMS_CHILD_LABOUR),
            **EXPLOITED,
        ),
        Assessment.TRAFFICKING,
        (R.CHILD_PROTECTION_AUTHORITY, R.CHILD_CRISIS_CENTRE, R.LABOUR_INSPECTORATE),
        bodies=("Drehscheibe", "Labour Inspectorate"),
        absent_rules=("informed_consent",),
        reasons=("trafficking_child", "child_worst_forms"),
    ),
    Scenario(
        "immediate danger with few indicators: 112 and police first",
        adult_in(
            "AT", region="Vienna", gender=Gender.MALE, urgent=frozenset({Urgency.IMMEDIATE_DANGER})
        ),
        Assessment.INSUFFICIENT,
        (R.EMERGENCY_NUMBER, R.POLICE, ME, R.TRAFFICKING_HOTLINE),
        bodies=("Emergency number 112", "Police emergency response (Vienna)"),
        absent_roles=(R.ANTI_TRAFFICKING_POLICE, R.SHELTER_MEN, R.VICTIM_SUPPORT),
        reasons=("insufficient",),
    ),
    Scenario(
        "medical emergency of a child in Sofia",
        child_in(
            "BG",
            region="Sofia City",
            age=9,
            gender=Gender.FEMALE,
            nationality="BG",
            urgent=frozenset({Urgency.MEDICAL_EMERGENCY}),
            purposes=P(Purpose.FORCED_BEGGING),
            acts=A(Act.HARBOURING),
        ),
        Assessment.TRAFFICKING,
        (R.EMERGENCY_NUMBER, R.MEDICAL_CARE, R.CHILD_PROTECTION_AUTHORITY),
        bodies=("Children's emergency department", "Emergency number 112"),
        absent_rules=("informed_consent",),
    ),
    Scenario(
        "family threatened in Bulgaria while the woman is in Vienna",
        adult_in(
            "AT",
            region="Vienna",
            gender=Gender.FEMALE,
            nationality="BG",
            urgent=frozenset({Urgency.FAMILY_THREATENED}),
            purposes=P(Purpose.SEXUAL_EXPLOITATION),
            **CONTROLLED,
        ),
        Assessment.TRAFFICKING,
        (R.POLICE, ME, R.ANTI_TRAFFICKING_POLICE),
        bodies=("General Directorate National Police",),
    ),
    Scenario(
        "nothing indicated: a helpline and general help, not the referral mechanism",
        adult_in("BG", gender=Gender.FEMALE),
        Assessment.INSUFFICIENT,
        (ME, R.TRAFFICKING_HOTLINE),
        bodies=("Animus",),
        absent_roles=(R.ANTI_TRAFFICKING_POLICE, R.SHELTER_WOMEN, R.CONSULATE, R.VICTIM_SUPPORT),
        reasons=("insufficient",),
    ),
    Scenario(
        "ukrainian woman staying irregularly in Bulgaria: migration and embassy",
        adult_in(
            "BG",
            gender=Gender.FEMALE,
            nationality="UA",
            irregular_stay=True,
            purposes=P(Purpose.FORCED_LABOUR),
            acts=A(Act.RECRUITMENT),
            means=M(Means.FRAUD),
        ),
        Assessment.TRAFFICKING,
        (ME, R.ANTI_TRAFFICKING_POLICE, R.MIGRATION_AUTHORITY, R.CONSULATE),
        bodies=("Migration Directorate", "Embassy of Ukraine in Bulgaria"),
        warnings=("reflection_period",),
    ),
    Scenario(
        "deception only: possible trafficking",
        adult_in("AT", gender=Gender.FEMALE, nationality="BG", means=M(Means.DECEPTION)),
        Assessment.POSSIBLE_TRAFFICKING,
        (ME, R.ANTI_TRAFFICKING_POLICE, R.SHELTER_WOMEN),
        reasons=("possible_means",),
    ),
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    loaded = load_rules()
    assert loaded.error is None and loaded.rules is not None
    return loaded.rules


def names_in(pathway: Pathway) -> list[str]:
    names = []
    for step in pathway.steps:
        for body in step.bodies:
            names += body.ref.name.all_names("en")
            if body.organization:
                names += body.organization.name.all_names("en")
    return names


def is_subsequence(wanted: tuple[str, ...], seen: list[str]) -> bool:
    remaining = iter(seen)
    return all(any(role == item for item in remaining) for role in wanted)


def test_enough_scenarios_covering_every_purpose() -> None:
    assert len(SCENARIOS) >= 30
    assert set().union(*(s.case.purposes for s in SCENARIOS)) == set(Purpose)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(sample_desk: Desk, rules: RuleSet, scenario: Scenario) -> None:
    pathway = sample_desk.pathways.make(scenario.case, NOW, rules)
    roles = [step.role for step in pathway.steps for _rule in rule_ids(step)]
    assert pathway.assessment is scenario.assessment, [r.code for r in pathway.reasons]
    assert is_subsequence(scenario.roles, roles), roles
    names = names_in(pathway)
    for wanted in scenario.bodies:
        assert any(wanted in name for name in names), f"{wanted!r} missing from {names}"
    for unwanted in scenario.absent_bodies:
        assert not any(unwanted in name for name in names), f"{unwanted!r} must not appear"
    assert not set(scenario.absent_roles) & set(roles)
    assert not set(scenario.absent_rules) & {r for s in pathway.steps for r in rule_ids(s)}
    codes = {w.code for w in pathway.warnings}
    assert set(scenario.warnings) <= codes, codes
    assert set(scenario.reasons) <= {r.code for r in pathway.reasons}
    if scenario.extra.get("no_origin"):
        assert {s.country for s in pathway.steps} == {scenario.case.country}
    assert any(b.reach.reachable for s in pathway.steps for b in s.bodies)


# -- properties over random cases, against the sample directory

SOME = st.sampled_from
cases = st.builds(
    Case,
    country=SOME(["AT", "BG"]),
    region=SOME([None, "Vienna", "Sofia City", "Varna"]),
    age=st.one_of(st.none(), st.integers(0, 80)),
    age_group=SOME(AgeGroup),
    age_uncertain=st.booleans(),
    gender=SOME(Gender),
    nationality=SOME(["AT", "BG", "RO", "UA", "SY", None]),
    unaccompanied=st.booleans(),
    seeks_asylum=st.booleans(),
    irregular_stay=st.booleans(),
    languages=st.lists(SOME(["bg", "de", "en", "uk"]), max_size=2, unique=True).map(tuple),
    acts=st.frozensets(SOME(Act)),
    means=st.frozensets(SOME(Means)),
    purposes=st.frozensets(SOME(Purpose)),
    crossed_border=st.booleans(),
    consented_to_move=SOME([None, True, False]),
    free_to_leave=SOME([None, True, False]),
    urgent=st.frozensets(SOME(Urgency)),
    consents_to_referral=SOME([None, True, False]),
    post_represents=SOME([None, "AT", "BG", "RO", "UA"]),
)
moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=cases, now=moments)
def test_pathway_properties(sample_desk: Desk, rules: RuleSet, case: Case, now: datetime) -> None:
    pathway = sample_desk.pathways.make(case, now, rules)
    gates = {r.id for r in rules.steps if r.gate == "consent"}
    if case_facts(case)["is_child"]:
        assert not gates & {s.rule_id for s in pathway.steps}, "a child never gets a consent gate"
    if case.seeks_asylum and case.nationality:
        for body in (b for s in pathway.steps for b in s.bodies):
            detail = sample_desk.directory.show(body.ref.id)
            assert detail is not None
            assert case.nationality not in detail.serves_nationals_of, "never their own embassy"
    assert any(b.reach.reachable for s in pathway.steps for b in s.bodies), "a reachable step"
    assert sample_desk.pathways.make(case, now, rules) == pathway
