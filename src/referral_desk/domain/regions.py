"""The regions of the directory's countries by the English names records use, for translation.

A record's service area names its region in English ("Sofia City", "Styria"); the
wizard and the first-run setup list them in the UI language and keep the English
name as the value, so matching against the directory does not depend on the language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "Regions"

REGIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "AT": (  # the nine federal states
            QT_TRANSLATE_NOOP("Regions", "Vienna"),
            QT_TRANSLATE_NOOP("Regions", "Lower Austria"),
            QT_TRANSLATE_NOOP("Regions", "Upper Austria"),
            QT_TRANSLATE_NOOP("Regions", "Styria"),
            QT_TRANSLATE_NOOP("Regions", "Tyrol"),
            QT_TRANSLATE_NOOP("Regions", "Carinthia"),
            QT_TRANSLATE_NOOP("Regions", "Salzburg"),
            QT_TRANSLATE_NOOP("Regions", "Vorarlberg"),
            QT_TRANSLATE_NOOP("Regions", "Burgenland"),
        ),
        "BG": (  # the 28 provinces
            QT_TRANSLATE_NOOP("Regions", "Sofia City"),
            QT_TRANSLATE_NOOP("Regions", "Sofia Province"),
            QT_TRANSLATE_NOOP("Regions", "Plovdiv"),
            QT_TRANSLATE_NOOP("Regions", "Varna"),
            QT_TRANSLATE_NOOP("Regions", "Burgas"),
            QT_TRANSLATE_NOOP("Regions", "Blagoevgrad"),
            QT_TRANSLATE_NOOP("Regions", "Dobrich"),
            QT_TRANSLATE_NOOP("Regions", "Gabrovo"),
            QT_TRANSLATE_NOOP("Regions", "Haskovo"),
            QT_TRANSLATE_NOOP("Regions", "Kardzhali"),
            QT_TRANSLATE_NOOP("Regions", "Kyustendil"),
            QT_TRANSLATE_NOOP("Regions", "Lovech"),
            QT_TRANSLATE_NOOP("Regions", "Montana"),
            QT_TRANSLATE_NOOP("Regions", "Pazardzhik"),
            QT_TRANSLATE_NOOP("Regions", "Pernik"),
            QT_TRANSLATE_NOOP("Regions", "Pleven"),
            QT_TRANSLATE_NOOP("Regions", "Razgrad"),
            QT_TRANSLATE_NOOP("Regions", "Ruse"),
            QT_TRANSLATE_NOOP("Regions", "Shumen"),
            QT_TRANSLATE_NOOP("Regions", "Silistra"),
            QT_TRANSLATE_NOOP("Regions", "Sliven"),
            QT_TRANSLATE_NOOP("Regions", "Smolyan"),
            QT_TRANSLATE_NOOP("Regions", "Stara Zagora"),
            QT_TRANSLATE_NOOP("Regions", "Targovishte"),
            QT_TRANSLATE_NOOP("Regions", "Veliko Tarnovo"),
            QT_TRANSLATE_NOOP("Regions", "Vidin"),
            QT_TRANSLATE_NOOP("Regions", "Vratsa"),
            QT_TRANSLATE_NOOP("Regions", "Yambol"),
        ),
    }
)


def regions_of(country: str | None) -> tuple[str, ...]:
    """The English names of a country's regions (none for a country the directory lacks)."""
    return REGIONS.get((country or "").upper(), ())


def region_label(name: str, tr: Translate = untranslated) -> str:
    """A region's name in the reader's language; a region not listed here as it is written."""
    return tr(CONTEXT, name)


def find_region(text: str, country: str | None, tr: Translate = untranslated) -> str:
    """The English name for ``text`` typed or picked in any language; other text as typed."""
    wanted = text.strip().casefold()
    for name in regions_of(country) or tuple(n for names in REGIONS.values() for n in names):
        if wanted in (name.casefold(), tr(CONTEXT, name).casefold()):
            return name
    return text.strip()
