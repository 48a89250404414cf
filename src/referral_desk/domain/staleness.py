"""When a record's last check is too old to rely on: one rule for the pane, search and prints."""

from __future__ import annotations

from datetime import date

from referral_desk.domain.months import months_ago


def fresh_since(today: date, months: int) -> date:
    """The oldest verification date still counted as "verified within ``months`` months"."""
    return months_ago(today, months)


def is_stale(verified: date | None, today: date, months: int) -> bool:
    """Never verified, or verified before ``fresh_since``: older than ``months`` months."""
    return verified is None or verified < fresh_since(today, months)
