"""Our vCards of every record of the sample parse with vobject, a vCard library we did not write."""

from __future__ import annotations

from datetime import UTC, datetime

import vobject

from referral_desk.exchange.vcard import detail_as_vcard
from referral_desk.services.directory import Directory


def test_every_vcard_of_the_sample_parses(sample_directory: Directory) -> None:
    now = datetime(2026, 11, 30, 10, tzinfo=UTC)
    hits = sample_directory.search("", limit=1000, now=now)
    assert len(hits) > 300
    details = sample_directory.details([hit.id for hit in hits], now)
    for lang in ("en", "bg", "de"):
        for detail in details:
            text = detail_as_vcard(detail, lang)
            card = vobject.readOne(text)
            assert card.version.value == "4.0"
            assert card.fn.value.strip()
            numbers = [tel.value for tel in card.contents.get("tel", [])]
            assert len(numbers) <= len(detail.phones)
            for tel in numbers:
                assert tel.startswith("tel:"), tel
            for adr in card.contents.get("adr", []):
                assert adr.value.city or adr.value.street
