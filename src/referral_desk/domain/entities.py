"""Plain records the services hand to the UI, the CLI and the printers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from referral_desk.domain.hours import Reachability, WeeklyHours
from referral_desk.domain.vocab import Kind

FALLBACK_LANGUAGES = ("en", "de", "bg")


@dataclass(frozen=True)
class Texts:
    """One text in several languages, with the body's own name where there is one."""

    by_lang: dict[str, str] = field(default_factory=dict)
    own: str | None = None
    own_lang: str | None = None

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in the body's own language, else English, else any."""
        if lang in self.by_lang:
            return self.by_lang[lang]
        if self.own and self.own_lang == lang:
            return self.own
        for fallback in FALLBACK_LANGUAGES:
            if fallback in self.by_lang:
                return self.by_lang[fallback]
        if self.own:
            return self.own
        return next(iter(self.by_lang.values()), "")

    def all_names(self, lang: str) -> list[str]:
        """Every distinct form, the one in ``lang`` first, then the body's own."""
        ordered = [self.get(lang)]
        if self.own:
            ordered.append(self.own)
        ordered += list(self.by_lang.values())
        return [t for t in dict.fromkeys(ordered) if t]

    def __bool__(self) -> bool:
        return bool(self.by_lang or self.own)


@dataclass(frozen=True)
class Phone:
    number: str  # E.164, or a short code such as "112"
    display: str  # written for people, international format
    type: str  # voice, cell, text, fax
    extension: str | None = None
    description: Texts = field(default_factory=Texts)
    placeholder: bool = False  # stands in for a number not known: it cannot be dialled


@dataclass(frozen=True)
class Address:
    address_1: str
    city: str
    country: str
    address_2: str | None = None
    region: str | None = None
    postal_code: str | None = None

    def lines(self) -> list[str]:
        city = " ".join(p for p in (self.postal_code, self.city) if p)
        return [p for p in (self.address_1, self.address_2, city, self.region, self.country) if p]


@dataclass(frozen=True)
class Location:
    id: str
    name: Texts
    timezone: str
    confidential: bool
    address: Address | None  # present even when confidential: the UI decides to show it
    hours: tuple[WeeklyHours, ...] = ()


@dataclass(frozen=True)
class Verification:
    at: date | None
    by: str | None
    source: str | None
    how: str | None = None  # a VerifyHow code: phone, email, website, letter, in_person
    note: str | None = None


@dataclass(frozen=True)
class RecordRef:
    """A link to another record: enough to show it in a list and open it."""

    kind: Kind
    id: str
    name: Texts
    country: str


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    id: str
    name: Texts
    organization: Texts
    organization_id: str
    country: str
    reach: Reachability
    tier: int  # a domain.search_tiers.Tier: how the hit matched
    phone: str | None = None  # the main number (E.164 or a short code)
    phone_placeholder: bool = False  # the main number stands in for one (sample data)


@dataclass(frozen=True)
class Detail:
    """Everything known about one organization, service or contact."""

    kind: Kind
    id: str
    name: Texts
    description: Texts
    country: str
    organization: RecordRef | None  # for services and contacts; the parent for organizations
    phones: tuple[Phone, ...]
    email: str | None
    website: str | None
    locations: tuple[Location, ...]
    hours: tuple[WeeklyHours, ...]
    timezone: str | None
    reach: Reachability
    around_the_clock: bool
    languages: tuple[str, ...]
    verification: Verification
    # services
    categories: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    eligibility: Texts = field(default_factory=Texts)
    referral_methods: tuple[str, ...] = ()
    referral_notes: Texts = field(default_factory=Texts)
    serves_nationals_of: tuple[str, ...] = ()
    minimum_age: int | None = None
    maximum_age: int | None = None
    genders: tuple[str, ...] = ()  # empty: everyone
    nationality_status: tuple[str, ...] = ()  # national, foreign; empty: both
    service_areas: tuple[tuple[str, str | None], ...] = ()
    # contacts
    person: str | None = None
    department: str | None = None
    liaison: bool = False
    counterpart_country: str | None = None
    counterpart: RecordRef | None = None
    service: RecordRef | None = None
    # related records one click away
    children: tuple[RecordRef, ...] = ()  # sub-organizations
    services: tuple[RecordRef, ...] = ()
    contacts: tuple[RecordRef, ...] = ()
    alternate_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DirectoryInfo:
    name: Texts
    version: str
    published: date
    publisher: str
    sample: bool
    notice: Texts
    counts: dict[str, int] = field(default_factory=dict)
