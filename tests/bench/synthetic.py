"""A deterministic synthetic directory for benchmarks: Bulgarian, German and English names.

``build_synthetic_db(path, n)`` writes a seeded Referral Desk database with
``n`` services and contacts in all (half each), spread over n/20
organizations, written straight into the tables and indexed like a real import;
``synthetic_directory(n)`` makes the same kind of directory as a directory file's content.
"""

from __future__ import annotations

import random
import statistics
import uuid
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from referral_desk.domain.vocab import Category, Population, Role
from referral_desk.store import db
from referral_desk.store import models as m
from referral_desk.store.search_index import rebuild_search_index

BG_WORDS = [
    "Дирекция",
    "Агенция",
    "Център",
    "Служба",
    "Комисия",
    "Отдел",
    "Фондация",
    "Сдружение",
    "Полиция",
    "Министерство",
    "Социално",
    "Подпомагане",
    "Закрила",
    "Детето",
    "Бежанците",
    "Кризисен",
    "Защита",
    "Правна",
    "Помощ",
    "Гранична",
    "Национална",
    "Регионална",
    "Общинска",
    "Приют",
    "Семейство",
    "Консултации",
    "Интеграция",
    "Миграция",
    "Трафик",
    "Жертви",
    "Пловдив",
    "София",
    "Варна",
    "Бургас",
    "Русе",
    "Плевен",
    "Сливен",
    "Шумен",
    "Ямбол",
    "Хасково",
    "Кърджали",
    "Щастие",
]
DE_WORDS = [
    "Bundesamt",
    "Landespolizei",
    "Jugendhilfe",
    "Kinderschutz",
    "Beratungsstelle",
    "Frauenhaus",
    "Drehscheibe",
    "Krisenzentrum",
    "Opferschutz",
    "Rechtsberatung",
    "Sozialamt",
    "Gesundheit",
    "Integration",
    "Migration",
    "Wohnungslosenhilfe",
    "Männerberatung",
    "Familienhilfe",
    "Straßensozialarbeit",
    "Wien",
    "Graz",
    "Linz",
    "Salzburg",
    "Innsbruck",
    "Klagenfurt",
    "Bregenz",
    "Eisenstadt",
    "St.",
    "Pölten",
    "Übergangswohnung",
    "Schutzeinrichtung",
]
EN_WORDS = [
    "Agency",
    "Centre",
    "Service",
    "Office",
    "Commission",
    "Directorate",
    "Foundation",
    "Association",
    "Police",
    "Ministry",
    "Social",
    "Assistance",
    "Protection",
    "Child",
    "Refugees",
    "Crisis",
    "Legal",
    "Aid",
    "Border",
    "National",
    "Regional",
    "Shelter",
    "Family",
    "Counselling",
    "Integration",
    "Migration",
    "Trafficking",
    "Victims",
    "Support",
    "Helpline",
    "Outreach",
    "Health",
    "Education",
    "Employment",
    "Return",
    "Reintegration",
    "Liaison",
    "Desk",
]
COUNTRIES = (
    ("BG", "Europe/Sofia", "+359 2 000 "),
    ("AT", "Europe/Vienna", "+43 1 000 "),
    ("RO", "Europe/Bucharest", "+40 21 000 "),
    ("DE", "Europe/Berlin", "+49 30 0000 "),
)
LANGS = ("bg", "de", "en", "ro", "ru", "tr", "uk", "fr")
DAYS = ("MO,TU,WE,TH,FR", "MO,TU,WE,TH", "MO,WE,FR", "SA,SU", "MO,TU,WE,TH,FR,SA")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _name(rng: random.Random, words: tuple[str, ...] | list[str], count: int) -> str:
    return " ".join(rng.choice(words) for _ in range(count))


def _fill(engine: Engine, n: int, seed: int) -> None:
    rng = random.Random(seed)
    rows: dict[Any, list[dict[str, Any]]] = {
        t: []
        for t in (
            m.TaxonomyTerm,
            m.LocalizedText,
            m.Organization,
            m.Location,
            m.Address,
            m.Service,
            m.ServiceAtLocation,
            m.Attribute,
            m.ServiceArea,
            m.Contact,
            m.Phone,
            m.Schedule,
            m.Language,
        )
    }
    term_ids: dict[tuple[str, str], str] = {}
    for taxonomy, codes in (("category", Category), ("role", Role), ("population", Population)):
        for code in codes:
            term_id = _uuid(rng)
            term_ids[(taxonomy, code.value)] = term_id
            rows[m.TaxonomyTerm].append({"id": term_id, "taxonomy": taxonomy, "code": code.value})
            rows[m.LocalizedText].append(
                {"owner_id": term_id, "field": "name", "lang": "en", "value": code.value}
            )
    phone_counter = 0

    def phone(owner: str, kind: str, prefix: str) -> None:
        nonlocal phone_counter
        phone_counter += 1
        digits = f"{phone_counter % 10000:04d}"
        national = (prefix + digits).replace(" ", "")
        rows[m.Phone].append(
            {
                "id": _uuid(rng),
                "owner_id": owner,
                "owner_kind": kind,
                "number": national,
                "short_code_country": None,
                "type": rng.choice(("voice", "voice", "cell", "fax")),
                "extension": None,
                "position": 0,
            }
        )

    def texts(owner: str, field: str, country: str) -> None:
        rows[m.LocalizedText].append(
            {
                "owner_id": owner,
                "field": field,
                "lang": "en",
                "value": _name(rng, EN_WORDS, rng.randint(2, 4)),
            }
        )
        if country in ("BG", "RO"):
            rows[m.LocalizedText].append(
                {
                    "owner_id": owner,
                    "field": field,
                    "lang": "bg",
                    "value": _name(rng, BG_WORDS, rng.randint(2, 4)),
                }
            )
        else:
            rows[m.LocalizedText].append(
                {
                    "owner_id": owner,
                    "field": field,
                    "lang": "de",
                    "value": _name(rng, DE_WORDS, rng.randint(1, 3)),
                }
            )

    org_count = max(1, n // 20)
    per_org = n // org_count
    today = date(2026, 11, 1)
    for _ in range(org_count):
        country, tz, prefix = rng.choice(COUNTRIES)
        org_id, location_id = _uuid(rng), _uuid(rng)
        own_words = BG_WORDS if country in ("BG", "RO") else DE_WORDS
        rows[m.Organization].append(
            {
                "id": org_id,
                "parent_organization_id": None,
                "country": country,
                "own_name": _name(rng, own_words, 3),
                "own_name_lang": "bg" if country in ("BG", "RO") else "de",
                "alternate_names": "",
                "website": None,
                "email": None,
                "verified_at": date(2024 + rng.randint(0, 2), rng.randint(1, 12), 1),
                "verified_by": "bench",
                "source": "synthetic",
            }
        )
        texts(org_id, "name", country)
        rows[m.Location].append(
            {
                "id": location_id,
                "organization_id": org_id,
                "timezone": tz,
                "confidential": rng.random() < 0.1,
                "latitude": None,
                "longitude": None,
            }
        )
        rows[m.Address].append(
            {
                "id": _uuid(rng),
                "location_id": location_id,
                "address_1": "Sample street 1",
                "address_2": None,
                "city": rng.choice(BG_WORDS[34:] + DE_WORDS[18:]),
                "region": None,
                "postal_code": None,
                "country": country,
            }
        )
        service_ids = []
        for index in range(per_org):
            owner = _uuid(rng)
            if index % 2 == 0:
                service_ids.append(owner)
                always = rng.random() < 0.15
                rows[m.Service].append(
                    {
                        "id": owner,
                        "organization_id": org_id,
                        "email": None,
                        "url": None,
                        "around_the_clock": always,
                        "populations": rng.choice(("any", "children", "women", "men", "families")),
                        "referral_methods": "phone",
                        "serves_nationals_of": "",
                        "verified_at": today,
                        "verified_by": "bench",
                        "source": "synthetic",
                    }
                )
                texts(owner, "name", country)
                rows[m.ServiceAtLocation].append(
                    {
                        "id": _uuid(rng),
                        "service_id": owner,
                        "location_id": location_id,
                        "position": 0,
                    }
                )
                for taxonomy, code in (
                    ("category", rng.choice(list(Category)).value),
                    ("role", rng.choice(list(Role)).value),
                ):
                    rows[m.Attribute].append(
                        {
                            "id": _uuid(rng),
                            "link_id": owner,
                            "link_type": "service",
                            "taxonomy_term_id": term_ids[(taxonomy, code)],
                        }
                    )
                rows[m.ServiceArea].append(
                    {"id": _uuid(rng), "service_id": owner, "country": country, "region": None}
                )
                kind = "service"
            else:
                rows[m.Contact].append(
                    {
                        "id": owner,
                        "organization_id": org_id,
                        "service_id": rng.choice(service_ids) if service_ids else None,
                        "location_id": location_id,
                        "name": None,
                        "department": None,
                        "email": None,
                        "liaison": rng.random() < 0.05,
                        "counterpart_country": None,
                        "counterpart_id": None,
                        "around_the_clock": rng.random() < 0.1,
                        "verified_at": today,
                        "verified_by": "bench",
                        "source": "synthetic",
                    }
                )
                texts(owner, "title", country)
                kind = "contact"
            phone(owner, kind, prefix)
            rows[m.Schedule].append(
                {
                    "id": _uuid(rng),
                    "owner_id": owner,
                    "owner_kind": kind,
                    "freq": "WEEKLY",
                    "byday": rng.choice(DAYS),
                    "opens_at": f"{rng.randint(7, 10):02}:00",
                    "closes_at": f"{rng.randint(15, 19):02}:00",
                    "valid_from": None,
                    "valid_to": None,
                }
            )
            for code in rng.sample(LANGS, rng.randint(1, 3)):
                rows[m.Language].append(
                    {"id": _uuid(rng), "owner_id": owner, "owner_kind": kind, "code": code}
                )
    with engine.begin() as connection:
        connection.execute(
            insert(m.DirectoryInfo),
            [
                {
                    "id": 1,
                    "name": '{"en": "Synthetic benchmark directory"}',
                    "version": f"synthetic-{n}-{seed}",
                    "published": today,
                    "publisher": "benchmark",
                    "sample": True,
                    "notice_json": "{}",
                    "loaded_at": datetime(2026, 11, 1),
                    "source_sha256": "0" * 64,
                }
            ],
        )
        for table, table_rows in rows.items():
            for start in range(0, len(table_rows), 20_000):
                connection.execute(insert(table), table_rows[start : start + 20_000])
        rebuild_search_index(connection)


def build_synthetic_db(path: Path, n: int = 100_000, seed: int = 1) -> None:
    """Write a seeded database with ``n`` services and contacts to ``path`` (replaced)."""
    if path.exists():
        path.unlink()
    db.create_new(path, lambda engine: _fill(engine, n, seed)).dispose()


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 of timings."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def query_words(n: int = 2000, seed: int = 7) -> list[str]:
    """Words of the synthetic names, for typing prefixes of them."""
    rng = random.Random(seed)
    words = [*BG_WORDS, *DE_WORDS, *EN_WORDS]
    return [rng.choice(words) for _ in range(n)]


# The directory file form: the same seeded bodies, for bundles and loaders.
# Placeholders that cannot be dialled (libphonenumber finds them invalid), as sample data
# must hold; Romania and Germany have no such range in this form, so theirs borrow one.
JSON_PHONE_PREFIXES = {
    "BG": "+359 2 00000 ",
    "AT": "+43 1 00000 ",
    "RO": "+359 2 00000 ",
    "DE": "+43 1 00000 ",
}


def _texts_json(
    rng: random.Random, country: str, count: tuple[int, int] = (2, 4)
) -> dict[str, str]:
    own = ("bg", BG_WORDS) if country in ("BG", "RO") else ("de", DE_WORDS)
    return {
        "en": _name(rng, EN_WORDS, rng.randint(*count)),
        own[0]: _name(rng, own[1], rng.randint(*count)),
    }


def _phones_json(rng: random.Random, prefix: str) -> list[dict[str, Any]]:
    number = f"{prefix}{rng.randint(100, 999)}"
    kind = rng.choice(("voice", "cell", "fax"))
    return [{"number": number, "type": kind, "placeholder": True}]


def _schedules_json(rng: random.Random) -> list[dict[str, Any]]:
    return [
        {
            "freq": "WEEKLY",
            "byday": rng.choice(DAYS),
            "opens_at": f"{rng.randint(7, 10):02}:00",
            "closes_at": f"{rng.randint(15, 19):02}:00",
        }
    ]


def synthetic_directory(n: int = 100_000, seed: int = 1) -> dict[str, Any]:
    """A directory file's content with ``n`` services and contacts over n/20 organizations.

    It follows the directory schema and the sample-data rules (placeholder
    phones only), so it passes the loader's checks.
    """
    rng = random.Random(seed)
    verified = {"at": "2026-11-01", "by": "bench", "source": "synthetic"}
    taxonomy = [
        {"id": _uuid(rng), "taxonomy": taxonomy, "code": code.value, "name": {"en": code.value}}
        for taxonomy, codes in (("category", Category), ("role", Role), ("population", Population))
        for code in codes
    ]
    organizations = []
    org_count = max(1, n // 20)
    per_org = n // org_count
    for _ in range(org_count):
        country, tz, _prefix = rng.choice(COUNTRIES)
        prefix = JSON_PHONE_PREFIXES[country]
        location_id = _uuid(rng)
        phones = partial(_phones_json, rng, prefix)
        schedules = partial(_schedules_json, rng)

        services: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        for index in range(per_org):
            languages = rng.sample(LANGS, rng.randint(1, 3))
            if index % 2 == 0:
                services.append(
                    {
                        "id": _uuid(rng),
                        "name": _texts_json(rng, country),
                        "description": _texts_json(rng, country, (4, 9)),
                        "categories": [rng.choice(list(Category)).value],
                        "roles": [rng.choice(list(Role)).value],
                        "populations": [rng.choice(list(Population)).value],
                        "eligibility": None,
                        "referral_methods": ["phone"],
                        "referral_notes": None,
                        "serves_nationals_of": [],
                        "languages": languages,
                        "service_areas": [{"country": country, "region": None}],
                        "location_ids": [location_id],
                        "phones": phones(),
                        "email": None,
                        "url": None,
                        "around_the_clock": rng.random() < 0.15,
                        "schedules": schedules(),
                        "verified": verified,
                    }
                )
            else:
                contacts.append(
                    {
                        "id": _uuid(rng),
                        "name": None,
                        "title": _texts_json(rng, country),
                        "department": None,
                        "service_id": rng.choice(services)["id"] if services else None,
                        "location_id": location_id,
                        "liaison": False,
                        "counterpart_country": None,
                        "counterpart_id": None,
                        "languages": languages,
                        "around_the_clock": rng.random() < 0.1,
                        "phones": phones(),
                        "email": None,
                        "schedules": schedules(),
                        "verified": verified,
                    }
                )
        own_lang, own_words = ("bg", BG_WORDS) if country in ("BG", "RO") else ("de", DE_WORDS)
        organizations.append(
            {
                "id": _uuid(rng),
                "name": _texts_json(rng, country),
                "own_name": {"lang": own_lang, "text": _name(rng, own_words, 3)},
                "alternate_names": [],
                "description": _texts_json(rng, country, (4, 9)),
                "country": country,
                "parent_id": None,
                "website": None,
                "email": None,
                "phones": phones(),
                "verified": verified,
                "locations": [
                    {
                        "id": location_id,
                        "name": _texts_json(rng, country),
                        "timezone": tz,
                        "confidential": rng.random() < 0.1,
                        "address": {
                            "address_1": "Sample street 1",
                            "city": rng.choice(BG_WORDS[30:] + DE_WORDS[18:]),
                            "country": country,
                        },
                        "latitude": None,
                        "longitude": None,
                        "schedules": [],
                    }
                ],
                "services": services,
                "contacts": contacts,
            }
        )
    return {
        "format": "referral-desk-directory",
        "format_version": 1,
        "directory": {
            "name": {"en": "Synthetic benchmark directory"},
            "version": f"synthetic-{n}-{seed}",
            "published": "2026-11-01",
            "publisher": "benchmark",
            "sample": True,
            "notice": {"en": "Synthetic data for benchmarks."},
        },
        "taxonomy": taxonomy,
        "organizations": organizations,
    }
