"""Case references: random, readable aloud, nothing about the person in them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from referral_desk.domain.referral import new_reference

REFERENCE = re.compile(r"^RD-\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")


def test_references_are_random_and_readable() -> None:
    references = {new_reference(datetime(2026, 1, 1, tzinfo=UTC)) for _ in range(200)}
    assert len(references) == 200
    assert all(REFERENCE.match(r) and r.startswith("RD-2026-") for r in references)
