"""The referral log's records: a sheet's header, a logged referral, its bodies, the counts."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from referral_desk.domain.vocab import Consent, FollowUp

REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud on the phone


@dataclass(frozen=True)
class ReferralHeader:
    """Who printed the sheet, where and when, under which reference and directory."""

    post: str
    caseworker: str
    created_at: datetime  # timezone-aware
    reference: str
    directory_version: str = ""
    directory_published: date | None = None
    sample: bool = True


@dataclass(frozen=True)
class LoggedBody:
    id: str
    step: int
    record_id: str
    record_name: str  # in English, as first logged
    role: str
    status: FollowUp
    feedback: str
    updated_at: datetime
    names: Mapping[str, str] = field(default_factory=dict)  # language -> name, as printed

    def name(self, lang: str) -> str:
        """The body's name in ``lang``, else in English as logged."""
        return self.names.get(lang) or self.record_name


@dataclass(frozen=True)
class LoggedReferral:
    id: str
    reference: str
    created_at: datetime  # UTC, aware
    post: str
    caseworker: str
    assessment: str
    age_group: str
    case_type: str
    purposes: tuple[str, ...]
    urgent: tuple[str, ...]
    country: str
    directory_version: str
    bodies: tuple[LoggedBody, ...]
    consent: Consent | None = None  # None: logged before the log kept the person's consent


@dataclass(frozen=True)
class LogFilter:
    """None means any; dates are inclusive days on the wall clock of ``zone`` (the post's)."""

    text: str = ""  # reference, post, caseworker or a body's name
    date_from: date | None = None
    date_to: date | None = None
    age_group: str | None = None
    case_type: str | None = None
    assessment: str | None = None
    status: FollowUp | None = None  # referrals with at least one body in this status
    zone: str = "UTC"  # IANA time zone the dates are days of


@dataclass(frozen=True)
class StatRow:
    dimension: (
        str  # month, case_type, assessment, age_group, purpose, urgent, body, status, body_status
    )
    value: str
    count: int
    body: str | None = None  # body_status rows: the body and the follow-up, typed
    status: FollowUp | None = None


@dataclass(frozen=True)
class Statistics:
    referrals: int
    rows: tuple[StatRow, ...] = field(default_factory=tuple)
    # a body's name as logged (English) -> its name in each language, to show it in the reader's
    body_names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def body_name(self, logged: str, lang: str) -> str:
        return self.body_names.get(logged, {}).get(lang) or logged

    def of(self, dimension: str) -> dict[str, int]:
        return {r.value: r.count for r in self.rows if r.dimension == dimension}


class ConsentMissing(ValueError):
    """An adult's referral may not be marked as made: the consent is not asked, or refused."""

    def __init__(self, reference: str, consent: Consent) -> None:
        super().__init__(f"{reference}: consent is {consent.value}; the person cannot be referred")
        self.reference = reference
        self.consent = consent


def may_refer(consent: Consent | None) -> bool:
    """Whether a body may be marked referred: a child, an adult who agreed, or an old entry."""
    return consent in (None, Consent.GIVEN, Consent.NOT_NEEDED)


def consent_of(is_child: bool, consents_to_referral: bool | None) -> Consent:
    """The consent a case records: a child needs none; an adult's None is "not asked yet"."""
    if is_child:
        return Consent.NOT_NEEDED
    if consents_to_referral is None:
        return Consent.NOT_ASKED
    return Consent.GIVEN if consents_to_referral else Consent.REFUSED


def new_reference(now: datetime | None = None) -> str:
    """A random case reference such as ``RD-2026-7KQ3-9F2M``; nothing in it is about the person."""
    year = (now or datetime.now(UTC)).year
    chars = [secrets.choice(REFERENCE_ALPHABET) for _ in range(8)]
    return f"RD-{year}-{''.join(chars[:4])}-{''.join(chars[4:])}"
