"""Installing the translations: ours and Qt's own, in the caseworker's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from referral_desk.domain.languages import SOURCE_LANGUAGE, ui_language_or_default
from referral_desk.paths import resources_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our .qm and Qt's own qtbase_<lang>.qm, replacing any installed before.

    Installing or removing a translator sends every widget a LanguageChange event,
    so open windows re-translate themselves in place.
    """
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    folder = resources_dir() / "i18n"
    # English needs only its plural forms ("1 result", "2 results").
    for name in (f"referral_desk_{lang}",):
        translator = QTranslator(app)
        if translator.load(str(folder / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            logging.getLogger(__name__).warning("No %s.qm; run referral_desk.i18n_build", name)
    if lang != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return list(_installed)


def current_language() -> str:
    """The UI language installed last (its locale is the default), or the source language."""
    return ui_language_or_default(QLocale().name()[:2])


def system_language() -> str:
    return ui_language_or_default(QLocale.system().name()[:2])
