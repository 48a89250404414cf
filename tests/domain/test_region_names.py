"""The one list of regions: named in every UI language, found from any of its names."""

from __future__ import annotations

import json
from pathlib import Path

from referral_desk.domain.region_names import REGIONS, find_region, region_name, regions_of

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "directory.json"


def test_a_region_is_named_in_the_ui_language_and_kept_in_english() -> None:
    assert region_name("AT", "Vienna", "de") == "Wien"
    assert region_name("BG", "Sofia City", "bg") == "София-град"
    assert region_name("AT", "Vienna", "en") == "Vienna"
    assert region_name(None, "Styria", "bg") == "Щирия", "found without its country"
    assert region_name("AT", "Atlantis", "de") == "Atlantis", "an unknown region as written"


def test_a_region_typed_in_any_language_gives_its_english_name() -> None:
    assert find_region("  steiermark ", "AT") == "Styria"
    assert find_region("Щирия") == "Styria"
    assert find_region("sofia-stadt", "BG") == "Sofia City"
    assert find_region("Somewhere else", "AT") == "Somewhere else"
    assert regions_of(None) == [] and regions_of("at")[0] == "Burgenland"


def test_every_region_of_the_sample_directory_is_listed() -> None:
    """Service areas name regions in English; an address may name one in its own language."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    areas: set[tuple[str, str]] = set()
    addresses: set[tuple[str, str]] = set()

    def walk(value: object, country: str = "") -> None:
        if isinstance(value, dict):
            country = value.get("country") if isinstance(value.get("country"), str) else country
            for area in value.get("service_areas") or ():
                if area.get("region"):
                    areas.add((area["country"], area["region"]))
            address = value.get("address")
            if isinstance(address, dict) and address.get("region"):
                addresses.add((address.get("country") or country, address["region"]))
            for item in value.values():
                walk(item, country)
        elif isinstance(value, list):
            for item in value:
                walk(item, country)

    walk(data)
    assert areas and addresses, "the sample names regions"
    assert not {(c, r) for c, r in areas if c in REGIONS and r not in REGIONS[c]}
    unknown = {(c, r) for c, r in addresses if c in REGIONS and find_region(r, c) not in REGIONS[c]}
    assert not unknown


def test_there_is_one_list_of_regions() -> None:
    domain = Path(__file__).resolve().parents[2] / "src" / "referral_desk" / "domain"
    assert not (domain / "regions.py").exists()
