"""Closed vocabularies shared by the directory, the search and the wizard."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a directory record is."""

    ORGANIZATION = "organization"
    SERVICE = "service"
    CONTACT = "contact"


class Population(StrEnum):
    """Who a service is for."""

    CHILDREN = "children"
    WOMEN = "women"
    MEN = "men"
    FAMILIES = "families"
    ANY = "any"


class PhoneType(StrEnum):
    """RFC 6350 (vCard 4) TYPE values used for telephone numbers."""

    VOICE = "voice"
    CELL = "cell"
    TEXT = "text"
    FAX = "fax"


class GenderServed(StrEnum):
    """The genders a service is for (the file's ``genders``); none listed: everyone."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class NationalityStatus(StrEnum):
    """Whom a service covers: nationals of its country, foreign nationals; none listed: both."""

    NATIONAL = "national"
    FOREIGN = "foreign"


class Repeat(StrEnum):
    """How opening hours repeat (the file's ``freq``, as iCalendar writes it)."""

    WEEKLY = "WEEKLY"


class ReferralMethod(StrEnum):
    """How a body accepts a referral."""

    PHONE = "phone"
    FORM = "form"
    EMAIL = "email"
    IN_PERSON = "in_person"


class Category(StrEnum):
    """Service categories: the directory's filter taxonomy."""

    EMERGENCY = "emergency"
    POLICE = "police"
    BORDER_MIGRATION = "border_migration"
    CHILD_PROTECTION = "child_protection"
    SOCIAL_SERVICES = "social_services"
    SHELTER = "shelter"
    LEGAL_AID = "legal_aid"
    CONSULAR = "consular"
    ASYLUM = "asylum"
    COORDINATION = "coordination"
    HELPLINE = "helpline"
    HEALTH_PSYCHOSOCIAL = "health_psychosocial"
    RETURN_REINTEGRATION = "return_reintegration"
    EMPLOYMENT_EDUCATION = "employment_education"
    ADVOCACY = "advocacy"
    PREVENTION = "prevention"
    LABOUR = "labour"


class Role(StrEnum):
    """Roles a service plays in a referral pathway; rules name roles, never bodies."""

    EMERGENCY_NUMBER = "emergency_number"
    POLICE = "police"
    ANTI_TRAFFICKING_POLICE = "anti_trafficking_police"
    BORDER_POLICE = "border_police"
    MIGRATION_AUTHORITY = "migration_authority"
    CHILD_PROTECTION_AUTHORITY = "child_protection_authority"
    CHILD_CRISIS_CENTRE = "child_crisis_centre"
    SOCIAL_ASSISTANCE = "social_assistance"
    NATIONAL_COORDINATOR = "national_coordinator"
    LOCAL_COMMISSION = "local_commission"  # Bulgaria: local commissions against trafficking
    LIAISON_OFFICER = "liaison_officer"
    CONSULATE = "consulate"
    SHELTER_WOMEN = "shelter_women"
    SHELTER_MEN = "shelter_men"
    SHELTER_CHILDREN = "shelter_children"
    LEGAL_AID = "legal_aid"
    ASYLUM_AUTHORITY = "asylum_authority"
    REFUGEE_PROTECTION = "refugee_protection"
    CHILD_HELPLINE = "child_helpline"
    MISSING_CHILDREN_HOTLINE = "missing_children_hotline"
    TRAFFICKING_HOTLINE = "trafficking_hotline"
    VICTIM_SUPPORT = "victim_support"
    RETURN_REINTEGRATION = "return_reintegration"
    LABOUR_INSPECTORATE = "labour_inspectorate"
    TRANSNATIONAL_PARTNER = "transnational_partner"
    MEDICAL_CARE = "medical_care"


class CaseType(StrEnum):
    """The situation that shapes the pathway (domain guide §4), derived, never typed in."""

    OWN_NATIONAL_ABROAD = "own_national_abroad"
    FOREIGN_NATIONAL = "foreign_national"
    ASYLUM_SEEKER = "asylum_seeker"
    NATIONAL = "national"  # met in their own country
    UNKNOWN = "unknown"


class FollowUp(StrEnum):
    """What became of a referral to one body, as the caseworker records it."""

    PLANNED = "planned"  # on the sheet, but the caseworker has not referred the person yet
    REFERRED = "referred"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


class PostKind(StrEnum):
    """What kind of post the caseworker works at (set up on first start)."""

    CONSULATE = "consulate"
    EMBASSY = "embassy"
    BORDER_CROSSING = "border_crossing"
    POLICE = "police"
    NGO = "ngo"
    OTHER = "other"

    @property
    def represents_a_country(self) -> bool:
        """Whether such a post speaks for a country (police and border posts don't)."""
        return self not in (PostKind.BORDER_CROSSING, PostKind.POLICE)


class Consent(StrEnum):
    """An adult's consent to be referred; a child is referred without it."""

    GIVEN = "given"
    REFUSED = "refused"
    NOT_ASKED = "not_asked"
    NOT_NEEDED = "not_needed"


class VerifyHow(StrEnum):
    """How a record's details were checked with the body."""

    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"
    LETTER = "letter"
    IN_PERSON = "in_person"


class Outcome(StrEnum):
    """What a check of a record found: all as written, something changed, nobody answered."""

    CONFIRMED = "confirmed"
    CHANGED = "changed"
    UNREACHABLE = "unreachable"


class Freshness(StrEnum):
    """What the freshness view counts records by."""

    COUNTRY = "country"
    CATEGORY = "category"
    REGION = "region"


class Dimension(StrEnum):
    """What the referral log's statistics count referrals by."""

    MONTH = "month"
    CASE_TYPE = "case_type"
    ASSESSMENT = "assessment"
    AGE_GROUP = "age_group"
    PURPOSE = "purpose"
    URGENT = "urgent"
    BODY = "body"
    STATUS = "status"
    BODY_STATUS = "body_status"


class ContactWay(StrEnum):
    """What a contact row of a record holds."""

    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    ADDRESS = "address"
    HOURS = "hours"
