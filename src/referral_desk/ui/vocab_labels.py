"""Translated labels for the closed vocabularies (kinds, categories, populations, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

KINDS = {
    "organization": QT_TRANSLATE_NOOP("Vocabulary", "Organization"),
    "service": QT_TRANSLATE_NOOP("Vocabulary", "Service"),
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "Contact"),
}
KINDS_PLURAL = {
    "organization": QT_TRANSLATE_NOOP("Vocabulary", "Organizations"),
    "service": QT_TRANSLATE_NOOP("Vocabulary", "Services"),
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "Contacts"),
}
CATEGORIES = {
    "emergency": QT_TRANSLATE_NOOP("Vocabulary", "Emergency"),
    "police": QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    "border_migration": QT_TRANSLATE_NOOP("Vocabulary", "Border and migration"),
    "child_protection": QT_TRANSLATE_NOOP("Vocabulary", "Child protection"),
    "social_services": QT_TRANSLATE_NOOP("Vocabulary", "Social services"),
    "shelter": QT_TRANSLATE_NOOP("Vocabulary", "Shelter"),
    "legal_aid": QT_TRANSLATE_NOOP("Vocabulary", "Legal aid"),
    "consular": QT_TRANSLATE_NOOP("Vocabulary", "Consular help"),
    "asylum": QT_TRANSLATE_NOOP("Vocabulary", "Asylum"),
    "coordination": QT_TRANSLATE_NOOP("Vocabulary", "Coordination"),
    "helpline": QT_TRANSLATE_NOOP("Vocabulary", "Helpline"),
    "health_psychosocial": QT_TRANSLATE_NOOP("Vocabulary", "Health and psychosocial care"),
    "return_reintegration": QT_TRANSLATE_NOOP("Vocabulary", "Return and reintegration"),
    "employment_education": QT_TRANSLATE_NOOP("Vocabulary", "Employment and education"),
    "advocacy": QT_TRANSLATE_NOOP("Vocabulary", "Advocacy"),
    "prevention": QT_TRANSLATE_NOOP("Vocabulary", "Prevention"),
    "labour": QT_TRANSLATE_NOOP("Vocabulary", "Labour rights"),
}
POPULATIONS = {
    "children": QT_TRANSLATE_NOOP("Vocabulary", "Children"),
    "women": QT_TRANSLATE_NOOP("Vocabulary", "Women"),
    "men": QT_TRANSLATE_NOOP("Vocabulary", "Men"),
    "families": QT_TRANSLATE_NOOP("Vocabulary", "Families"),
    "any": QT_TRANSLATE_NOOP("Vocabulary", "Anyone"),
}
REFERRAL_METHODS = {
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "by phone"),
    "form": QT_TRANSLATE_NOOP("Vocabulary", "with a referral form"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "by e-mail"),
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "in person"),
}
PHONE_TYPES = {
    "voice": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "cell": QT_TRANSLATE_NOOP("Vocabulary", "Mobile"),
    "text": QT_TRANSLATE_NOOP("Vocabulary", "Text messages"),
    "fax": QT_TRANSLATE_NOOP("Vocabulary", "Fax"),
}
# Languages offered in the language filter; names come from Qt in their own language.
FILTER_LANGUAGES = (
    "en",
    "bg",
    "de",
    "ro",
    "tr",
    "ru",
    "uk",
    "sr",
    "mk",
    "sq",
    "el",
    "hu",
    "pl",
    "cs",
    "sk",
    "fr",
    "es",
    "it",
    "nl",
    "ar",
    "fa",
    "ps",
    "ur",
    "hi",
    "bn",
    "ne",
    "zh",
    "vi",
    "th",
    "km",
    "tl",
)


def label(table: dict[str, str], code: str) -> str:
    """The translated label of a code, or the code itself when the vocabulary lacks it."""
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def language_name(code: str) -> str:
    """A language's own name with its code, e.g. ``български (bg)``."""
    if code == "en":
        return "English (en)"  # Qt would say "American English"
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return f"{name} ({code})"


def weekday_name(day: int, lang: str, long: bool = False) -> str:
    """A weekday (0 = Monday) in the UI language, e.g. ``Mo`` / ``Пн`` / ``Mon``."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale(lang).dayName(day + 1, form)
