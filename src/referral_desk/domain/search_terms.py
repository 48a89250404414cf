"""Words a caseworker types for a category, population or role, in English, Bulgarian and German.

This is data, kept in one place: the search index gives each record the words of its
categories, populations and roles (all three languages, whatever the UI language), so
"shelter", "приют", "Schutzunterkunft" and "Frauenhaus" find the same shelters. A word
here is matched as a whole word (and, while typed, as the start of one), never inside
another word. Add words freely; keep each list to words people really use.

``EMERGENCY_SHORT_CODES`` are the national numbers a caseworker may type to find a body
(the sample directory keeps only placeholder numbers besides the EU-wide ones): the
records playing that role in that country are found as if the number were theirs.
"""

from __future__ import annotations

from collections.abc import Iterable

from referral_desk.domain.text import tokens

# taxonomy code -> words in en, bg, de (lower case; folded when indexed)
CATEGORY_TERMS: dict[str, tuple[str, ...]] = {
    "emergency": ("emergency", "urgent", "спешна помощ", "спешен", "спешно", "Notfall", "Notruf"),
    "police": ("police", "полиция", "полицай", "МВР", "Polizei"),
    "border_migration": (
        "border",
        "migration",
        "immigration",
        "граница",
        "гранична",
        "миграция",
        "Grenze",
        "Grenzpolizei",
        "Migration",
        "Fremdenpolizei",
    ),
    "child_protection": (
        "child protection",
        "children",
        "закрила на детето",
        "закрила",
        "деца",
        "Kinderschutz",
        "Jugendhilfe",
        "Kinder- und Jugendhilfe",
    ),
    "social_services": (
        "social services",
        "social assistance",
        "welfare",
        "социални услуги",
        "социално подпомагане",
        "социална",
        "Sozialamt",
        "Sozialhilfe",
        "Sozialarbeit",
    ),
    "shelter": (
        "shelter",
        "safe house",
        "refuge",
        "accommodation",
        "crisis centre",
        "crisis center",
        "приют",
        "кризисен център",
        "настаняване",
        "подслон",
        "Schutzunterkunft",
        "Unterkunft",
        "Notunterkunft",
        "Frauenhaus",
        "Schutzwohnung",
        "Krisenzentrum",
    ),
    "legal_aid": (
        "legal aid",
        "lawyer",
        "legal advice",
        "правна помощ",
        "адвокат",
        "Rechtshilfe",
        "Rechtsberatung",
        "Anwalt",
    ),
    "consular": (
        "consular",
        "consulate",
        "embassy",
        "консулство",
        "посолство",
        "Konsulat",
        "Botschaft",
    ),
    "asylum": ("asylum", "refugee", "убежище", "бежанци", "бежанец", "Asyl", "Flüchtling"),
    "coordination": ("coordination", "координация", "Koordination", "Koordinierung"),
    "helpline": (
        "helpline",
        "hotline",
        "телефон за помощ",
        "гореща линия",
        "горещ телефон",
        "Hotline",
        "Helpline",
        "Notrufnummer",
    ),
    "health_psychosocial": (
        "health",
        "medical",
        "psychosocial",
        "counselling",
        "здраве",
        "медицинска помощ",
        "психологическа помощ",
        "Gesundheit",
        "medizinisch",
        "psychosozial",
        "Beratung",
    ),
    "return_reintegration": (
        "return",
        "reintegration",
        "завръщане",
        "реинтеграция",
        "Rückkehr",
        "Reintegration",
    ),
    "employment_education": (
        "employment",
        "education",
        "job",
        "заетост",
        "образование",
        "работа",
        "Arbeit",
        "Beschäftigung",
        "Bildung",
    ),
    "advocacy": ("advocacy", "застъпничество", "Interessenvertretung"),
    "prevention": ("prevention", "превенция", "Prävention"),
    "labour": (
        "labour",
        "labor",
        "labour inspection",
        "труд",
        "инспекция по труда",
        "Arbeitsinspektion",
        "Arbeitsrecht",
    ),
}

POPULATION_TERMS: dict[str, tuple[str, ...]] = {
    "children": (
        "children",
        "child",
        "minors",
        "girls",
        "boys",
        "деца",
        "дете",
        "непълнолетни",
        "Kinder",
        "Kind",
        "Minderjährige",
        "Jugendliche",
    ),
    "women": ("women", "woman", "жени", "жена", "Frauen", "Frau"),
    "men": ("men", "man", "мъже", "мъж", "Männer", "Mann"),
    "families": ("families", "family", "семейства", "семейство", "Familien", "Familie"),
    "any": (),
}

ROLE_TERMS: dict[str, tuple[str, ...]] = {
    "emergency_number": ("emergency number", "спешен номер", "Notrufnummer"),
    "police": ("police", "полиция", "Polizei"),
    "anti_trafficking_police": (
        "anti-trafficking police",
        "trafficking unit",
        "трафик на хора",
        "Menschenhandel",
        "Kriminalpolizei",
    ),
    "border_police": ("border police", "гранична полиция", "Grenzpolizei"),
    "migration_authority": ("migration", "immigration", "миграция", "Fremdenwesen", "Migration"),
    "child_protection_authority": (
        "child protection",
        "закрила на детето",
        "отдел закрила на детето",
        "Kinder- und Jugendhilfe",
        "Jugendamt",
    ),
    "child_crisis_centre": (
        "crisis centre",
        "кризисен център",
        "Krisenzentrum",
        "Krisenunterbringung",
    ),
    "social_assistance": ("social assistance", "социално подпомагане", "Sozialhilfe"),
    "national_coordinator": ("national coordinator", "национален координатор", "Koordinator"),
    "local_commission": ("local commission", "местна комисия", "Kommission"),
    "liaison_officer": ("liaison officer", "офицер за връзка", "Verbindungsbeamter"),
    "consulate": ("consulate", "embassy", "консулство", "посолство", "Konsulat", "Botschaft"),
    "shelter_women": (
        "women's shelter",
        "shelter",
        "приют за жени",
        "приют",
        "Frauenhaus",
        "Frauenschutzunterkunft",
        "Schutzunterkunft",
    ),
    "shelter_men": ("men's shelter", "shelter", "приют за мъже", "приют", "Männerschutzunterkunft"),
    "shelter_children": (
        "children's shelter",
        "shelter",
        "приют за деца",
        "приют",
        "Krisenzentrum",
        "Kinderschutzzentrum",
    ),
    "legal_aid": ("legal aid", "lawyer", "правна помощ", "адвокат", "Rechtshilfe", "Anwalt"),
    "asylum_authority": ("asylum", "убежище", "Asyl", "Asylbehörde"),
    "refugee_protection": ("refugee", "UNHCR", "бежанци", "Flüchtling"),
    "child_helpline": ("child helpline", "телефон за деца", "Kindernotruf", "Kinderhotline"),
    "missing_children_hotline": (
        "missing children",
        "изчезнали деца",
        "vermisste Kinder",
    ),
    "trafficking_hotline": ("trafficking hotline", "гореща линия", "Menschenhandel-Hotline"),
    "victim_support": (
        "victim support",
        "victims",
        "подкрепа на пострадали",
        "пострадали",
        "Opferschutz",
        "Opferhilfe",
    ),
    "return_reintegration": ("return", "завръщане", "Rückkehr"),
    "labour_inspectorate": ("labour inspectorate", "инспекция по труда", "Arbeitsinspektorat"),
    "transnational_partner": ("partner", "партньор", "Partner"),
    "medical_care": ("medical care", "hospital", "doctor", "болница", "лекар", "Spital", "Arzt"),
}

# country -> national short code -> the roles whose records it finds
EMERGENCY_SHORT_CODES: dict[str, dict[str, tuple[str, ...]]] = {
    "AT": {"133": ("police",)},
    "BG": {"166": ("police",)},
}


def term_words(
    categories: Iterable[str], populations: Iterable[str], roles: Iterable[str]
) -> list[str]:
    """The folded words a record with these codes is found by, each once, in a stable order."""
    words: dict[str, None] = {}
    for table, codes in (
        (CATEGORY_TERMS, categories),
        (POPULATION_TERMS, populations),
        (ROLE_TERMS, roles),
    ):
        for code in sorted(codes):
            for phrase in table.get(code, ()):
                words.update(dict.fromkeys(tokens(phrase)))
    return list(words)


def short_codes(country: str, roles: Iterable[str]) -> list[str]:
    """The national short codes that find a record playing ``roles`` in ``country``."""
    wanted = set(roles)
    codes = EMERGENCY_SHORT_CODES.get(country.upper(), {})
    return sorted(code for code, for_roles in codes.items() if wanted & set(for_roles))
