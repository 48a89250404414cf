"""Starting the desktop app: Qt application, translations, settings, directory, main window."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from referral_desk.paths import resources_dir

UI_LANGUAGES = ("en", "bg", "de")
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
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return list(_installed)


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in UI_LANGUAGES else "en"


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "referral-desk.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def run_app(db_path: Path | None) -> int:
    from referral_desk.exchange.directory_json import DirectoryFileError
    from referral_desk.paths import default_database_path
    from referral_desk.services.directory import open_directory
    from referral_desk.settings import load_settings, settings_path
    from referral_desk.store.db import DatabaseError
    from referral_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Referral Desk")
    app.setOrganizationName("ReferralDesk")
    app.setWindowIcon(app_icon())
    first_start = not settings_path().exists()
    settings = load_settings()
    if first_start:
        settings = replace(settings, ui_language=system_language())
    install_translators(app, settings.ui_language)
    try:
        directory = open_directory(db_path or default_database_path())
    except (DirectoryFileError, DatabaseError) as error:
        QMessageBox.critical(None, app.translate("App", "Referral Desk cannot start"), str(error))
        return 1
    window = MainWindow(directory, settings)
    window.show()
    code = app.exec()
    directory.close()
    return code
