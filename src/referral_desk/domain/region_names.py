"""Regions and cities of the directory's countries, named in English, German and Bulgarian.

Data, kept in one place: the directory names a service area's region in English
("Styria"); the region filter, the wizard, the setup and the call-now view show it in the
UI language ("Steiermark", "Щирия") and keep the English name as the value, and the
search index gives a record every name of its regions and cities, so "Steiermark",
"Щирия" and "Грац" find what "Styria" and "Graz" find. Proper names are data, like the
country names: the index needs every language at once, without Qt's translators.
"""

from __future__ import annotations

# country -> region (English, as the directory writes it) -> {language: name}
REGIONS: dict[str, dict[str, dict[str, str]]] = {
    "AT": {
        "Burgenland": {"de": "Burgenland", "bg": "Бургенланд"},
        "Carinthia": {"de": "Kärnten", "bg": "Каринтия"},
        "Lower Austria": {"de": "Niederösterreich", "bg": "Долна Австрия"},
        "Salzburg": {"de": "Salzburg", "bg": "Залцбург"},
        "Styria": {"de": "Steiermark", "bg": "Щирия"},
        "Tyrol": {"de": "Tirol", "bg": "Тирол"},
        "Upper Austria": {"de": "Oberösterreich", "bg": "Горна Австрия"},
        "Vienna": {"de": "Wien", "bg": "Виена"},
        "Vorarlberg": {"de": "Vorarlberg", "bg": "Форарлберг"},
    },
    "BG": {
        "Blagoevgrad": {"de": "Blagoewgrad", "bg": "Благоевград"},
        "Burgas": {"de": "Burgas", "bg": "Бургас"},
        "Dobrich": {"de": "Dobritsch", "bg": "Добрич"},
        "Gabrovo": {"de": "Gabrowo", "bg": "Габрово"},
        "Haskovo": {"de": "Haskowo", "bg": "Хасково"},
        "Kardzhali": {"de": "Kardschali", "bg": "Кърджали"},
        "Kyustendil": {"de": "Kjustendil", "bg": "Кюстендил"},
        "Lovech": {"de": "Lowetsch", "bg": "Ловеч"},
        "Montana": {"de": "Montana", "bg": "Монтана"},
        "Pazardzhik": {"de": "Pasardschik", "bg": "Пазарджик"},
        "Pernik": {"de": "Pernik", "bg": "Перник"},
        "Pleven": {"de": "Plewen", "bg": "Плевен"},
        "Plovdiv": {"de": "Plowdiw", "bg": "Пловдив"},
        "Razgrad": {"de": "Rasgrad", "bg": "Разград"},
        "Ruse": {"de": "Russe", "bg": "Русе"},
        "Shumen": {"de": "Schumen", "bg": "Шумен"},
        "Silistra": {"de": "Silistra", "bg": "Силистра"},
        "Sliven": {"de": "Sliwen", "bg": "Сливен"},
        "Smolyan": {"de": "Smoljan", "bg": "Смолян"},
        "Sofia City": {"de": "Sofia-Stadt", "bg": "София-град"},
        "Sofia Province": {"de": "Oblast Sofia", "bg": "Софийска област"},
        "Stara Zagora": {"de": "Stara Sagora", "bg": "Стара Загора"},
        "Targovishte": {"de": "Targowischte", "bg": "Търговище"},
        "Varna": {"de": "Warna", "bg": "Варна"},
        "Veliko Tarnovo": {"de": "Weliko Tarnowo", "bg": "Велико Търново"},
        "Vidin": {"de": "Widin", "bg": "Видин"},
        "Vratsa": {"de": "Wraza", "bg": "Враца"},
        "Yambol": {"de": "Jambol", "bg": "Ямбол"},
    },
}

# A city as the directory may write it -> its other names (English, German, Bulgarian).
CITY_NAMES: dict[str, tuple[str, ...]] = {
    "Wien": ("Vienna", "Виена"),
    "Graz": ("Грац",),
    "Linz": ("Линц",),
    "Salzburg": ("Залцбург",),
    "Innsbruck": ("Инсбрук",),
    "Eisenstadt": ("Айзенщат",),
    "St. Pölten": ("Sankt Pölten", "Санкт Пьолтен"),
    "Klagenfurt": ("Клагенфурт",),
    "Sofia": ("София", "Sofija"),
    "София": ("Sofia",),
    "Plovdiv": ("Пловдив", "Plowdiw"),
    "Varna": ("Варна", "Warna"),
    "Burgas": ("Бургас",),
}


def region_name(country: str | None, region: str, lang: str) -> str:
    """A region's name in ``lang`` (English, or the directory's own text if not known).

    Without a country, the first country that has a region of that English name.
    """
    if country:
        return REGIONS.get(country.upper(), {}).get(region, {}).get(lang, region)
    for names in REGIONS.values():
        if region in names:
            return names[region].get(lang, region)
    return region


def regions_of(country: str | None) -> list[str]:
    """The regions (English names) of a country, or none if not known."""
    return list(REGIONS.get((country or "").upper(), {}))


def find_region(text: str, country: str | None = None) -> str:
    """The English name of a region typed in any language; other text as typed (trimmed)."""
    wanted = text.strip().casefold()
    countries = [country.upper()] if country and country.upper() in REGIONS else list(REGIONS)
    for code in countries:
        for region, names in REGIONS[code].items():
            if wanted in {region.casefold(), *(n.casefold() for n in names.values())}:
                return region
    return text.strip()


def known_region(country: str | None, text: str) -> str | None:
    """The English name of the region ``text`` names (in any language) in ``country``;
    for a country whose regions are not listed, the text as typed; None when the country's
    regions are listed and the text names none of them (a blank text is no region: "")."""
    typed = text.strip()
    if not typed:
        return ""
    listed = regions_of(country)
    if not listed:
        return typed
    region = find_region(typed, country)
    return region if region in listed else None


def place_words(country: str, cities: list[str], regions: list[str]) -> list[str]:
    """Every name of these cities and regions, for the search index."""
    names: dict[str, None] = {}
    for city in cities:
        names.update(dict.fromkeys((city, *CITY_NAMES.get(city, ()))))
    for region in regions:
        local = REGIONS.get(country.upper(), {}).get(region, {})
        names.update(dict.fromkeys((region, *local.values())))
    return list(names)
