"""A correction a post reports on a record: what is wrong and what they found, never a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from referral_desk.domain.verification import MAX_NOTE


@dataclass(frozen=True)
class Correction:
    """What a caseworker found wrong with a record, as sent to the coordinator.

    It holds no personal data of a victim: the dialog says so, and the file carries only
    these fields.
    """

    id: str  # a UUID made where it was reported: importing a file twice adds it once
    record_id: str
    record_name: str  # as the post saw it, so the coordinator knows it if the id is gone
    country: str
    wrong: str  # what is wrong
    found: str  # what they found instead
    post: str  # who reports it
    reported_at: datetime  # UTC
    imported: bool = False  # came in a file from a post (False: reported here)
    exported_at: datetime | None = None  # when it last went into a file for the coordinator
    closed_at: datetime | None = None  # dealt with in the queue


def correction_problems(wrong: str, found: str, post: str) -> list[str]:
    """What keeps a correction from being kept: an empty or overlong field (English)."""
    problems = []
    if not wrong.strip():
        problems.append("say what is wrong")
    if not post.strip():
        problems.append("say which post reports it")
    for name, text in (("what is wrong", wrong), ("what you found", found), ("post", post)):
        if len(text) > MAX_NOTE:
            problems.append(f"{name} is longer than {MAX_NOTE} characters")
    return problems
