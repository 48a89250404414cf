"""The referral log's records: a sheet's header, a logged referral, its bodies, the counts."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from referral_desk.domain.vocab import FollowUp

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
    record_name: str
    role: str
    status: FollowUp
    feedback: str
    updated_at: datetime


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


@dataclass(frozen=True)
class LogFilter:
    """None means any; dates are inclusive, in UTC."""

    text: str = ""  # reference, post, caseworker or a body's name
    date_from: date | None = None
    date_to: date | None = None
    age_group: str | None = None
    case_type: str | None = None
    assessment: str | None = None
    status: FollowUp | None = None  # referrals with at least one body in this status


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

    def of(self, dimension: str) -> dict[str, int]:
        return {r.value: r.count for r in self.rows if r.dimension == dimension}


def new_reference(now: datetime | None = None) -> str:
    """A random case reference such as ``RD-2026-7KQ3-9F2M``; nothing in it is about the person."""
    year = (now or datetime.now(UTC)).year
    chars = [secrets.choice(REFERENCE_ALPHABET) for _ in range(8)]
    return f"RD-{year}-{''.join(chars[:4])}-{''.join(chars[4:])}"
