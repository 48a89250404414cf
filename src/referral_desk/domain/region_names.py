"""Regions and cities of the directory's countries, named in English, German and Bulgarian.

Data, kept in one place: the directory names a service area's region in English
("Styria"); the region filter shows it in the UI language ("Steiermark", "Щирия"), and the
search index gives a record every name of its regions and cities, so "Steiermark",
"Щирия" and "Грац" find what "Styria" and "Graz" find.
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


def region_name(country: str, region: str, lang: str) -> str:
    """A region's name in ``lang`` (English, or the directory's own text if not known)."""
    return REGIONS.get(country.upper(), {}).get(region, {}).get(lang, region)


def regions_of(country: str) -> list[str]:
    """The regions (English names) of a country, or none if not known."""
    return list(REGIONS.get(country.upper(), {}))


def place_words(country: str, cities: list[str], regions: list[str]) -> list[str]:
    """Every name of these cities and regions, for the search index."""
    names: dict[str, None] = {}
    for city in cities:
        names.update(dict.fromkeys((city, *CITY_NAMES.get(city, ()))))
    for region in regions:
        local = REGIONS.get(country.upper(), {}).get(region, {})
        names.update(dict.fromkeys((region, *local.values())))
    return list(names)
