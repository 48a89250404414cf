"""What a referral sheet says about itself: who printed it, where, when, under which reference."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
