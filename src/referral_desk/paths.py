"""Where things are: bundled resources and data, and the user's own folders.

One resolver for a source checkout, an installed package and a PyInstaller
build (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ReferralDesk"
APP_AUTHOR = "ReferralDesk"


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``data/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    override = os.environ.get("REFERRAL_DESK_ROOT")
    if override:
        return Path(override)
    # src/referral_desk/paths.py -> the checkout root
    return Path(__file__).resolve().parent.parent.parent


def data_dir() -> Path:
    return bundle_root() / "data"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def settings_file() -> Path:
    """The caseworker's settings file (favourites among them), kept with each backup."""
    return user_config_dir() / "settings.json"


def default_database_path() -> Path:
    return user_data_dir() / "directory.sqlite3"
