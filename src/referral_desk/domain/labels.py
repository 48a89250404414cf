"""The one vocabulary: a label for every value of the domain's enums, marked for translation.

Screen, command line, sheet, booklet, log and statistics all word a thing with
these labels, so it reads the same everywhere. Labels carry no keyboard
mnemonic: a widget that wants one adds its own. The UI translates with Qt's
``QCoreApplication.translate``; the sheets and the CLI pass their own
translate function; the default leaves English as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    LeftOutReason,
    Means,
    Phase,
    Purpose,
    Timing,
    Urgency,
)
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.domain.referral import Statistics, StatRow
from referral_desk.domain.vocab import (
    CaseType,
    Category,
    Consent,
    ContactWay,
    Dimension,
    FollowUp,
    Freshness,
    GenderServed,
    Kind,
    NationalityStatus,
    Outcome,
    PhoneType,
    Population,
    PostKind,
    ReferralMethod,
    Repeat,
    Role,
    VerifyHow,
)

CONTEXT = "Vocabulary"
E = TypeVar("E", bound=StrEnum)

KIND = {
    Kind.ORGANIZATION: QT_TRANSLATE_NOOP("Vocabulary", "Organization"),
    Kind.SERVICE: QT_TRANSLATE_NOOP("Vocabulary", "Service"),
    Kind.CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "Contact"),
}
KIND_PLURAL = {
    Kind.ORGANIZATION: QT_TRANSLATE_NOOP("Vocabulary", "Organizations"),
    Kind.SERVICE: QT_TRANSLATE_NOOP("Vocabulary", "Services"),
    Kind.CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "Contacts"),
}
CATEGORY = {
    Category.EMERGENCY: QT_TRANSLATE_NOOP("Vocabulary", "Emergency"),
    Category.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    Category.BORDER_MIGRATION: QT_TRANSLATE_NOOP("Vocabulary", "Border and migration"),
    Category.CHILD_PROTECTION: QT_TRANSLATE_NOOP("Vocabulary", "Child protection"),
    Category.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("Vocabulary", "Social services"),
    Category.SHELTER: QT_TRANSLATE_NOOP("Vocabulary", "Shelter"),
    Category.LEGAL_AID: QT_TRANSLATE_NOOP("Vocabulary", "Legal aid"),
    Category.CONSULAR: QT_TRANSLATE_NOOP("Vocabulary", "Consular help"),
    Category.ASYLUM: QT_TRANSLATE_NOOP("Vocabulary", "Asylum"),
    Category.COORDINATION: QT_TRANSLATE_NOOP("Vocabulary", "Coordination"),
    Category.HELPLINE: QT_TRANSLATE_NOOP("Vocabulary", "Helpline"),
    Category.HEALTH_PSYCHOSOCIAL: QT_TRANSLATE_NOOP("Vocabulary", "Health and psychosocial care"),
    Category.RETURN_REINTEGRATION: QT_TRANSLATE_NOOP("Vocabulary", "Return and reintegration"),
    Category.EMPLOYMENT_EDUCATION: QT_TRANSLATE_NOOP("Vocabulary", "Employment and education"),
    Category.ADVOCACY: QT_TRANSLATE_NOOP("Vocabulary", "Advocacy"),
    Category.PREVENTION: QT_TRANSLATE_NOOP("Vocabulary", "Prevention"),
    Category.LABOUR: QT_TRANSLATE_NOOP("Vocabulary", "Labour rights"),
}
POPULATION = {
    Population.CHILDREN: QT_TRANSLATE_NOOP("Vocabulary", "Children"),
    Population.WOMEN: QT_TRANSLATE_NOOP("Vocabulary", "Women"),
    Population.MEN: QT_TRANSLATE_NOOP("Vocabulary", "Men"),
    Population.FAMILIES: QT_TRANSLATE_NOOP("Vocabulary", "Families"),
    Population.ANY: QT_TRANSLATE_NOOP("Vocabulary", "Anyone"),
}
ROLE = {
    Role.EMERGENCY_NUMBER: QT_TRANSLATE_NOOP("Vocabulary", "Emergency number"),
    Role.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    Role.ANTI_TRAFFICKING_POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Anti-trafficking police"),
    Role.BORDER_POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Border police"),
    Role.MIGRATION_AUTHORITY: QT_TRANSLATE_NOOP("Vocabulary", "Migration authority"),
    Role.CHILD_PROTECTION_AUTHORITY: QT_TRANSLATE_NOOP("Vocabulary", "Child protection authority"),
    Role.CHILD_CRISIS_CENTRE: QT_TRANSLATE_NOOP("Vocabulary", "Crisis centre for children"),
    Role.SOCIAL_ASSISTANCE: QT_TRANSLATE_NOOP("Vocabulary", "Social assistance"),
    Role.NATIONAL_COORDINATOR: QT_TRANSLATE_NOOP(
        "Vocabulary", "National anti-trafficking coordinator"
    ),
    Role.LOCAL_COMMISSION: QT_TRANSLATE_NOOP("Vocabulary", "Local commission against trafficking"),
    Role.LIAISON_OFFICER: QT_TRANSLATE_NOOP("Vocabulary", "Liaison officer"),
    Role.CONSULATE: QT_TRANSLATE_NOOP("Vocabulary", "Consulate of the person's country"),
    Role.SHELTER_WOMEN: QT_TRANSLATE_NOOP("Vocabulary", "Support and shelter for women"),
    Role.SHELTER_MEN: QT_TRANSLATE_NOOP("Vocabulary", "Support and shelter for men"),
    Role.SHELTER_CHILDREN: QT_TRANSLATE_NOOP("Vocabulary", "Shelter for children"),
    Role.LEGAL_AID: QT_TRANSLATE_NOOP("Vocabulary", "Legal aid"),
    Role.ASYLUM_AUTHORITY: QT_TRANSLATE_NOOP("Vocabulary", "Asylum authority"),
    Role.REFUGEE_PROTECTION: QT_TRANSLATE_NOOP("Vocabulary", "Refugee protection"),
    Role.CHILD_HELPLINE: QT_TRANSLATE_NOOP("Vocabulary", "Child helpline"),
    Role.MISSING_CHILDREN_HOTLINE: QT_TRANSLATE_NOOP("Vocabulary", "Missing children hotline"),
    Role.TRAFFICKING_HOTLINE: QT_TRANSLATE_NOOP("Vocabulary", "Anti-trafficking hotline"),
    Role.VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Vocabulary", "Victim support"),
    Role.RETURN_REINTEGRATION: QT_TRANSLATE_NOOP("Vocabulary", "Return and reintegration"),
    Role.LABOUR_INSPECTORATE: QT_TRANSLATE_NOOP("Vocabulary", "Labour inspectorate"),
    Role.TRANSNATIONAL_PARTNER: QT_TRANSLATE_NOOP("Vocabulary", "Transnational partner"),
    Role.MEDICAL_CARE: QT_TRANSLATE_NOOP("Vocabulary", "Medical care"),
}
SELF_ROLE_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "You (the caseworker)")
PHONE_TYPE = {
    PhoneType.VOICE: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    PhoneType.CELL: QT_TRANSLATE_NOOP("Vocabulary", "Mobile"),
    PhoneType.TEXT: QT_TRANSLATE_NOOP("Vocabulary", "Text messages"),
    PhoneType.FAX: QT_TRANSLATE_NOOP("Vocabulary", "Fax"),
}
GENDER_SERVED = {
    GenderServed.FEMALE: QT_TRANSLATE_NOOP("Vocabulary", "Women and girls"),
    GenderServed.MALE: QT_TRANSLATE_NOOP("Vocabulary", "Men and boys"),
    GenderServed.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other genders"),
}
NATIONALITY_STATUS = {
    NationalityStatus.NATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Nationals of its country"),
    NationalityStatus.FOREIGN: QT_TRANSLATE_NOOP("Vocabulary", "Foreign nationals"),
}
REPEAT = {Repeat.WEEKLY: QT_TRANSLATE_NOOP("Vocabulary", "Every week")}
CONTACT_WAY = {
    ContactWay.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    ContactWay.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    ContactWay.WEB: QT_TRANSLATE_NOOP("Vocabulary", "Web"),
    ContactWay.ADDRESS: QT_TRANSLATE_NOOP("Vocabulary", "Address"),
    ContactWay.HOURS: QT_TRANSLATE_NOOP("Vocabulary", "Opening hours"),
}
REFERRAL_METHOD = {
    ReferralMethod.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "by phone"),
    ReferralMethod.FORM: QT_TRANSLATE_NOOP("Vocabulary", "with a referral form"),
    ReferralMethod.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "by e-mail"),
    ReferralMethod.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "in person"),
}
VERIFY_HOW = {
    VerifyHow.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "phone call"),
    VerifyHow.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "e-mail"),
    VerifyHow.WEBSITE: QT_TRANSLATE_NOOP("Vocabulary", "website"),
    VerifyHow.LETTER: QT_TRANSLATE_NOOP("Vocabulary", "letter"),
    VerifyHow.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "in person"),
}
OUTCOME = {
    Outcome.CONFIRMED: QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    Outcome.CHANGED: QT_TRANSLATE_NOOP("Vocabulary", "changed"),
    Outcome.UNREACHABLE: QT_TRANSLATE_NOOP("Vocabulary", "unreachable"),
}
FRESHNESS = {
    Freshness.COUNTRY: QT_TRANSLATE_NOOP("Vocabulary", "Country"),
    Freshness.CATEGORY: QT_TRANSLATE_NOOP("Vocabulary", "Category"),
    Freshness.REGION: QT_TRANSLATE_NOOP("Vocabulary", "Region"),
}
NO_REGION = QT_TRANSLATE_NOOP("Vocabulary", "no region recorded")
ASSESSMENT = {
    Assessment.TRAFFICKING: QT_TRANSLATE_NOOP("Vocabulary", "Trafficking in persons indicated"),
    Assessment.POSSIBLE_TRAFFICKING: QT_TRANSLATE_NOOP("Vocabulary", "Possible trafficking"),
    Assessment.SMUGGLING: QT_TRANSLATE_NOOP("Vocabulary", "Smuggling of migrants, not trafficking"),
    Assessment.CHILD_LABOUR: QT_TRANSLATE_NOOP("Vocabulary", "Child labour"),
    Assessment.INSUFFICIENT: QT_TRANSLATE_NOOP("Vocabulary", "Insufficient indicators so far"),
}
CASE_TYPE = {
    CaseType.OWN_NATIONAL_ABROAD: QT_TRANSLATE_NOOP("Vocabulary", "Own national abroad"),
    CaseType.FOREIGN_NATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Foreign national"),
    CaseType.ASYLUM_SEEKER: QT_TRANSLATE_NOOP("Vocabulary", "Asylum seeker"),
    CaseType.NATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "National in own country"),
    CaseType.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Not known"),
}
AGE_GROUP = {
    AgeGroup.CHILD: QT_TRANSLATE_NOOP("Vocabulary", "Child"),
    AgeGroup.ADULT: QT_TRANSLATE_NOOP("Vocabulary", "Adult"),
    AgeGroup.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Not known"),
}
PRESUMED_CHILD = QT_TRANSLATE_NOOP("Vocabulary", "Presumed child (age uncertain)")
FOLLOW_UP = {
    FollowUp.PLANNED: QT_TRANSLATE_NOOP("Vocabulary", "Not referred yet"),
    FollowUp.REFERRED: QT_TRANSLATE_NOOP("Vocabulary", "Referred"),
    FollowUp.ACCEPTED: QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    FollowUp.DECLINED: QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    FollowUp.NO_ANSWER: QT_TRANSLATE_NOOP("Vocabulary", "No answer"),
}
POST_KIND = {
    PostKind.CONSULATE: QT_TRANSLATE_NOOP("Vocabulary", "Consulate"),
    PostKind.EMBASSY: QT_TRANSLATE_NOOP("Vocabulary", "Embassy"),
    PostKind.BORDER_CROSSING: QT_TRANSLATE_NOOP("Vocabulary", "Border crossing point"),
    PostKind.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    PostKind.NGO: QT_TRANSLATE_NOOP("Vocabulary", "NGO"),
    PostKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
CONSENT = {
    Consent.GIVEN: QT_TRANSLATE_NOOP("Vocabulary", "The person agrees to be referred"),
    Consent.REFUSED: QT_TRANSLATE_NOOP("Vocabulary", "The person does not agree"),
    Consent.NOT_ASKED: QT_TRANSLATE_NOOP("Vocabulary", "Not asked yet"),
    Consent.NOT_NEEDED: QT_TRANSLATE_NOOP("Vocabulary", "Not needed for a child"),
}
PHASE = {
    Phase.IMMEDIATE_SAFETY: QT_TRANSLATE_NOOP("Vocabulary", "Immediate safety"),
    Phase.IDENTIFICATION: QT_TRANSLATE_NOOP("Vocabulary", "Identification"),
    Phase.FIRST_ASSISTANCE: QT_TRANSLATE_NOOP("Vocabulary", "First assistance and protection"),
    Phase.RETURN_INCLUSION: QT_TRANSLATE_NOOP("Vocabulary", "Return and social inclusion"),
    Phase.LONG_TERM: QT_TRANSLATE_NOOP("Vocabulary", "Long-term assistance"),
    Phase.PROCEEDINGS: QT_TRANSLATE_NOOP("Vocabulary", "Criminal and civil proceedings"),
}
TIMING = {
    Timing.NOW: QT_TRANSLATE_NOOP("Vocabulary", "Now"),
    Timing.WITHIN_24_HOURS: QT_TRANSLATE_NOOP("Vocabulary", "Within 24 hours"),
    Timing.WITHIN_DAYS: QT_TRANSLATE_NOOP("Vocabulary", "Within days"),
    Timing.WHEN_READY: QT_TRANSLATE_NOOP("Vocabulary", "When the person is ready"),
}
URGENCY = {
    Urgency.IMMEDIATE_DANGER: QT_TRANSLATE_NOOP("Vocabulary", "Immediate danger"),
    Urgency.MEDICAL_EMERGENCY: QT_TRANSLATE_NOOP("Vocabulary", "Medical emergency"),
    Urgency.SHELTER_TONIGHT: QT_TRANSLATE_NOOP("Vocabulary", "Needs a safe place to sleep tonight"),
    Urgency.FAMILY_THREATENED: QT_TRANSLATE_NOOP("Vocabulary", "Family at home is threatened"),
}
ACT = {
    Act.RECRUITMENT: QT_TRANSLATE_NOOP(
        "Vocabulary", "Recruited (offered a job, a trip, a marriage…)"
    ),
    Act.TRANSPORTATION: QT_TRANSLATE_NOOP("Vocabulary", "Transported (taken somewhere)"),
    Act.TRANSFER: QT_TRANSLATE_NOOP("Vocabulary", "Handed over to someone else"),
    Act.HARBOURING: QT_TRANSLATE_NOOP("Vocabulary", "Harboured (kept or hidden somewhere)"),
    Act.RECEIPT: QT_TRANSLATE_NOOP("Vocabulary", "Received on arrival"),
}
MEANS = {
    Means.THREAT_OR_FORCE: QT_TRANSLATE_NOOP("Vocabulary", "Threats or violence"),
    Means.COERCION: QT_TRANSLATE_NOOP("Vocabulary", "Pressure or control (documents taken, debts)"),
    Means.ABDUCTION: QT_TRANSLATE_NOOP("Vocabulary", "Abducted"),
    Means.FRAUD: QT_TRANSLATE_NOOP("Vocabulary", "Cheated (fraud)"),
    Means.DECEPTION: QT_TRANSLATE_NOOP("Vocabulary", "Lied to about the work or the conditions"),
    Means.ABUSE_OF_POWER: QT_TRANSLATE_NOOP(
        "Vocabulary", "Abuse of power (an employer, official or relative)"
    ),
    Means.ABUSE_OF_VULNERABILITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "Their difficult situation was exploited"
    ),
    Means.PAYMENTS_TO_CONTROLLER: QT_TRANSLATE_NOOP(
        "Vocabulary", "Someone was paid to hand the person over"
    ),
}
PURPOSE = {
    Purpose.SEXUAL_EXPLOITATION: QT_TRANSLATE_NOOP(
        "Vocabulary", "Sexual exploitation or prostitution"
    ),
    Purpose.FORCED_LABOUR: QT_TRANSLATE_NOOP("Vocabulary", "Forced labour"),
    Purpose.FORCED_BEGGING: QT_TRANSLATE_NOOP("Vocabulary", "Forced begging"),
    Purpose.FORCED_CRIMINALITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "Forced to commit crimes (theft, drugs…)"
    ),
    Purpose.DOMESTIC_SERVITUDE: QT_TRANSLATE_NOOP("Vocabulary", "Domestic servitude"),
    Purpose.SLAVERY_OR_SERVITUDE: QT_TRANSLATE_NOOP("Vocabulary", "Slavery or servitude"),
    Purpose.ORGAN_REMOVAL: QT_TRANSLATE_NOOP("Vocabulary", "Removal of organs"),
    Purpose.FORCED_MARRIAGE: QT_TRANSLATE_NOOP("Vocabulary", "Forced marriage"),
    Purpose.ILLEGAL_ADOPTION: QT_TRANSLATE_NOOP("Vocabulary", "Illegal adoption"),
    Purpose.WORST_FORMS_CHILD_LABOUR: QT_TRANSLATE_NOOP(
        "Vocabulary", "Worst forms of child labour"
    ),
}
REACH = {
    Reach.ALWAYS: QT_TRANSLATE_NOOP("Vocabulary", "Reachable around the clock"),
    Reach.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Reachable now"),
    Reach.CLOSED: QT_TRANSLATE_NOOP("Vocabulary", "Closed now"),
    Reach.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Opening hours not known – call to check"),
}
REACH_SHORT = {  # the answer in a column headed "Reachable now"
    Reach.ALWAYS: QT_TRANSLATE_NOOP("Vocabulary", "24/7"),
    Reach.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Yes"),
    Reach.CLOSED: QT_TRANSLATE_NOOP("Vocabulary", "No"),
    Reach.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Not known"),
}
OPEN_UNTIL = QT_TRANSLATE_NOOP("Vocabulary", "Reachable now (until %1 local time)")
OPENS_AT = QT_TRANSLATE_NOOP("Vocabulary", "Closed now – opens %1 local time")
DIMENSION = {
    Dimension.MONTH: QT_TRANSLATE_NOOP("Vocabulary", "Month"),
    Dimension.CASE_TYPE: QT_TRANSLATE_NOOP("Vocabulary", "Case type"),
    Dimension.ASSESSMENT: QT_TRANSLATE_NOOP("Vocabulary", "Assessment"),
    Dimension.AGE_GROUP: QT_TRANSLATE_NOOP("Vocabulary", "Child or adult"),
    Dimension.PURPOSE: QT_TRANSLATE_NOOP("Vocabulary", "Purpose"),
    Dimension.URGENT: QT_TRANSLATE_NOOP("Vocabulary", "Urgent need"),
    Dimension.BODY: QT_TRANSLATE_NOOP("Vocabulary", "Body"),
    Dimension.STATUS: QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    Dimension.BODY_STATUS: QT_TRANSLATE_NOOP("Vocabulary", "Body and follow-up"),
}
# words that go with contact rows and opening hours
EXTENSION = QT_TRANSLATE_NOOP("Vocabulary", "ext. %1")
WITHHELD = QT_TRANSLATE_NOOP("Vocabulary", "confidential, not shown")
# Shown instead of a number that stands in for one (sample data): nothing to dial.
PLACEHOLDER = QT_TRANSLATE_NOOP("Vocabulary", "placeholder – not a real number")
# The first line of text copied or printed from a sample directory.
SAMPLE_DATA = QT_TRANSLATE_NOOP("Vocabulary", "SAMPLE DATA – not for operational use")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Vocabulary", "CONFIDENTIAL")
LEFT_OUT = {
    LeftOutReason.GENDER: QT_TRANSLATE_NOOP("Vocabulary", "serves other genders only"),
    LeftOutReason.AGE: QT_TRANSLATE_NOOP("Vocabulary", "serves other ages"),
    LeftOutReason.REGION_UNKNOWN: QT_TRANSLATE_NOOP(
        "Vocabulary", "covers some regions only, and the person's region is not known"
    ),
    LeftOutReason.OTHER_REGION: QT_TRANSLATE_NOOP("Vocabulary", "covers other regions only"),
    LeftOutReason.NATIONALITY_STATUS: QT_TRANSLATE_NOOP(
        "Vocabulary", "serves only nationals, or only foreign nationals, of its country"
    ),
    LeftOutReason.NATIONALITY: QT_TRANSLATE_NOOP(
        "Vocabulary", "serves nationals of another country"
    ),
}
AROUND_THE_CLOCK = QT_TRANSLATE_NOOP("Vocabulary", "Around the clock, every day")
ALL_DAY = QT_TRANSLATE_NOOP("Vocabulary", "all day")
WEEKDAYS = (  # 0 = Monday, as datetime.weekday() counts
    QT_TRANSLATE_NOOP("Vocabulary", "Mon"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tue"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Thu"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fri"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sun"),
)

TABLES: Mapping[type[StrEnum], Mapping[Any, str]] = {
    Kind: KIND,
    Category: CATEGORY,
    Population: POPULATION,
    Role: ROLE,
    PhoneType: PHONE_TYPE,
    GenderServed: GENDER_SERVED,
    NationalityStatus: NATIONALITY_STATUS,
    Repeat: REPEAT,
    ContactWay: CONTACT_WAY,
    ReferralMethod: REFERRAL_METHOD,
    Assessment: ASSESSMENT,
    CaseType: CASE_TYPE,
    AgeGroup: AGE_GROUP,
    FollowUp: FOLLOW_UP,
    Consent: CONSENT,
    PostKind: POST_KIND,
    Phase: PHASE,
    Timing: TIMING,
    Urgency: URGENCY,
    Act: ACT,
    Means: MEANS,
    Purpose: PURPOSE,
    Reach: REACH,
    Dimension: DIMENSION,
    LeftOutReason: LEFT_OUT,
    VerifyHow: VERIFY_HOW,
    Outcome: OUTCOME,
    Freshness: FRESHNESS,
}


def label(value: StrEnum, tr: Translate = untranslated) -> str:
    """The label of any value of the vocabulary's enums, translated by ``tr``."""
    return tr(CONTEXT, TABLES[type(value)][value])


def code_label(enum: type[E], code: str, tr: Translate = untranslated) -> str:
    """The label of a stored code (a category, a logged status); an unknown code as it is."""
    try:
        value = enum(code)
    except ValueError:
        return code
    return label(value, tr)


def role_label(role: str, tr: Translate = untranslated) -> str:
    """A pathway step's role: the caseworker's own steps included; an unknown role as it is."""
    from referral_desk.domain.rules.model import SELF_ROLE  # the rule engine stays off start-up

    if role == SELF_ROLE:
        return tr(CONTEXT, SELF_ROLE_LABEL)
    return code_label(Role, role, tr)


def day_name(day: int, tr: Translate = untranslated) -> str:
    """A weekday's short name, 0 = Monday: ``Mon`` / ``Mo`` / ``Пн``."""
    return tr(CONTEXT, WEEKDAYS[day])


def moment_text(moment: datetime, with_day: bool, tr: Translate = untranslated) -> str:
    """``Mon 09:00`` or ``09:00``, as the moment reads where it was taken."""
    time = f"{moment:%H:%M}"
    return f"{day_name(moment.weekday(), tr)} {time}" if with_day else time


def reach_text(reach: Reachability, tr: Translate = untranslated) -> str:
    """Whether a body can be reached now, and until or from when, in the body's local time."""
    if reach.reach is Reach.OPEN and reach.until is not None:
        return tr(CONTEXT, OPEN_UNTIL).replace("%1", moment_text(reach.until, False, tr))
    if reach.reach is Reach.CLOSED and reach.next_open is not None:
        return tr(CONTEXT, OPENS_AT).replace("%1", moment_text(reach.next_open, True, tr))
    return label(reach.reach, tr)


# what the values counted under each statistics dimension are; months and body names as they are
COUNTED: dict[str, type[StrEnum]] = {
    Dimension.CASE_TYPE: CaseType,
    Dimension.ASSESSMENT: Assessment,
    Dimension.AGE_GROUP: AgeGroup,
    Dimension.PURPOSE: Purpose,
    Dimension.URGENT: Urgency,
    Dimension.STATUS: FollowUp,
}


def statistic_value(
    row: StatRow, tr: Translate = untranslated, stats: Statistics | None = None, lang: str = "en"
) -> str:
    """A counted value in words: a case type, an assessment, a purpose, a body's follow-up.

    With ``stats`` a body is named in ``lang`` where the log kept that name.
    """
    if row.body is not None and row.status is not None:
        body = stats.body_name(row.body, lang) if stats is not None else row.body
        return f"{body} | {label(row.status, tr)}"
    if row.dimension == Dimension.BODY and stats is not None:
        return stats.body_name(row.value, lang)
    counted = COUNTED.get(row.dimension)
    return row.value if counted is None else code_label(counted, row.value, tr)
