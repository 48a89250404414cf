"""What an HSDS import is given and what it hands back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from referral_desk.domain.directory_data import DirectoryFile
from referral_desk.domain.vocab import Category, Population, Role
from referral_desk.exchange.hsds.problems import Problem
from referral_desk.exchange.hsds.terms import derived_id

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class ImportOptions:
    """What an import from elsewhere needs and an HSDS file may not say.

    ``country`` and ``timezone`` place organizations and locations the file
    does not place; ``category`` is given to services without one of ours;
    ``taxonomy`` (the directory's own terms) labels categories, roles and
    populations; ``directory`` describes the data set. A file exported by
    Referral Desk carries all of these itself. ``kept_addresses`` holds, by
    location id, the confidential places already in the directory (their
    ``address``, ``latitude`` and ``longitude``): a file exported without
    confidential addresses takes them from here.
    """

    today: date
    country: str | None = None
    timezone: str | None = None
    category: str = Category.SOCIAL_SERVICES.value
    taxonomy: tuple[JsonObject, ...] | None = None
    directory: JsonObject | None = None
    kept_addresses: Mapping[str, JsonObject] = field(default_factory=dict)


@dataclass(frozen=True)
class HsdsImport:
    """A checked directory made from an HSDS file, and what could not be kept."""

    directory: DirectoryFile
    report: tuple[Problem, ...]
    from_referral_desk: bool  # the file carries Referral Desk's own block
    confidential_addresses: bool  # the file holds confidential addresses


def default_taxonomy() -> list[JsonObject]:
    """Terms for every category, role and population, labelled in English by their code."""
    terms = []
    for taxonomy, codes in (
        ("category", list(Category)),
        ("role", list(Role)),
        ("population", list(Population)),
    ):
        for code in codes:
            label = code.value.replace("_", " ").capitalize()
            terms.append(
                {
                    "id": derived_id("default-term", taxonomy, code.value),
                    "taxonomy": taxonomy,
                    "code": code.value,
                    "name": {"en": label},
                }
            )
    return terms
