"""The caseworker's settings and post profile: one typed object, stored as JSON per user."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from referral_desk.atomic_file import write_atomically
from referral_desk.domain.codes import is_country
from referral_desk.domain.languages import SOURCE_LANGUAGE, UI_LANGUAGES
from referral_desk.domain.vocab import PostKind

log = logging.getLogger(__name__)

PAPER_SIZES = ("A4", "Letter")
MAX_STALENESS_MONTHS = 120


@dataclass(frozen=True)
class Settings:
    """Every option once, with its type and default."""

    ui_language: str = SOURCE_LANGUAGE
    post_name: str = ""
    post_kind: str = PostKind.OTHER.value  # consulate, embassy, border crossing, police, NGO …
    post_country: str = ""  # where the post sits (ISO 3166-1 alpha-2, e.g. "BG")
    post_region: str = ""  # where the post sits within the country (e.g. "Sofia City")
    post_represents: str = ""  # the country the post represents; "": none (police, border, NGO)
    post_timezone: str = "UTC"  # IANA name; a first start takes the system's
    caseworker_name: str = ""
    post_details: str = ""  # address and phone line printed on sheets
    staleness_months: int = 12
    favourites: tuple[str, ...] = field(default_factory=tuple)
    sheet_paper: str = "A4"
    second_language: str | None = None  # a second language on referral sheets
    editing_enabled: bool = False  # Directory → Edit: the coordinator's side (forms, verify, queue)

    def problems(self) -> list[str]:
        """What is wrong with these values (empty when all are usable)."""
        return [f"{name} {problem}" for name, problem in self.problems_by_field().items()]

    def problems_by_field(self) -> dict[str, str]:
        """Each unusable option with what is wrong with it."""
        languages = ", ".join(UI_LANGUAGES)
        found: dict[str, str] = {}
        if self.ui_language not in UI_LANGUAGES:
            found["ui_language"] = f"{self.ui_language!r} is not one of {languages}"
        if self.post_kind not in PostKind.__members__.values():
            kinds = ", ".join(PostKind)
            found["post_kind"] = f"{self.post_kind!r} is not one of {kinds}"
        for name in ("post_country", "post_represents"):
            code = getattr(self, name)
            if code and not is_country(code):
                found[name] = f"{code!r} is not an ISO 3166-1 country code"
        if not is_time_zone(self.post_timezone):
            found["post_timezone"] = f"{self.post_timezone!r} is not an IANA time zone"
        if not 1 <= self.staleness_months <= MAX_STALENESS_MONTHS:
            found["staleness_months"] = f"{self.staleness_months} is not between 1 and 120"
        if self.sheet_paper not in PAPER_SIZES:
            found["sheet_paper"] = f"{self.sheet_paper!r} is not one of {', '.join(PAPER_SIZES)}"
        if self.second_language is not None and self.second_language not in UI_LANGUAGES:
            found["second_language"] = f"{self.second_language!r} is not one of {languages}"
        return found

    def with_favourite(self, record_id: str, pinned: bool) -> Settings:
        """These settings with ``record_id`` pinned or unpinned (order kept, no duplicates)."""
        rest = tuple(f for f in self.favourites if f != record_id)
        return replace(self, favourites=(*rest, record_id) if pinned else rest)


def is_time_zone(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def system_time_zone() -> str:
    """The computer's IANA time zone (on Windows too), or UTC when it cannot be told."""
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception as error:  # tzlocal raises several kinds on a broken system setting
        log.warning("The system's time zone cannot be read (%s); UTC is used", error)
        return "UTC"
    return name if name and is_time_zone(name) else "UTC"


def needs_setup(settings: Settings) -> bool:
    """Whether the post has not said who or where it is (the first-run setup asks)."""
    return not (settings.post_name or settings.post_country)


def first_start_settings() -> Settings:
    """What a first start proposes: the system's language is set by the caller; its zone here."""
    return Settings(post_timezone=system_time_zone())


def settings_path() -> Path:
    from referral_desk.paths import settings_file

    return settings_file()


_TYPES: dict[str, tuple[type, ...]] = {
    "ui_language": (str,),
    "post_name": (str,),
    "post_kind": (str,),
    "post_country": (str,),
    "post_region": (str,),
    "post_represents": (str,),
    "post_timezone": (str,),
    "caseworker_name": (str,),
    "post_details": (str,),
    "staleness_months": (int,),
    "favourites": (list,),
    "sheet_paper": (str,),
    "second_language": (str, type(None)),
    "editing_enabled": (bool,),
}


def from_json(data: Any) -> tuple[Settings, list[str]]:
    """Settings from parsed JSON, each bad or unknown field replaced by its default; and why."""
    if not isinstance(data, dict):
        return Settings(), ["the settings file does not hold a JSON object"]
    problems: list[str] = []
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            problems.append(f"unknown setting {name!r} ignored")
            continue
        wanted = _TYPES[name]
        if isinstance(value, bool) is not (bool in wanted) or not isinstance(value, wanted):
            problems.append(f"setting {name!r} has the wrong type; default used")
            continue
        if isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                problems.append("setting 'favourites' holds something other than ids; default used")
                continue
            value = tuple(dict.fromkeys(value))
        values[name] = value
    settings = Settings(**values)
    for name, problem in settings.problems_by_field().items():
        problems.append(f"setting {name!r}: {problem}; default used")
        settings = replace(settings, **{name: getattr(Settings(), name)})
    return settings, problems


def to_json(settings: Settings) -> dict[str, Any]:
    data = asdict(settings)
    data["favourites"] = list(settings.favourites)
    return data


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults (and a logged warning) for a missing part or a broken file."""
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:  # not set up yet: at least the computer's time zone, never UTC
        return first_start_settings()
    except (OSError, UnicodeDecodeError) as error:
        log.warning("Cannot read the settings file %s (%s); using defaults", path, error)
        return Settings()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        log.warning("The settings file %s is not valid JSON (%s); using defaults", path, error)
        return Settings()
    settings, problems = from_json(data)
    for problem in problems:
        log.warning("Settings file %s: %s", path, problem)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically (temporary file, then rename); raises ValueError if invalid."""
    problems = settings.problems()
    if problems:
        raise ValueError("; ".join(problems))
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(to_json(settings), ensure_ascii=False, indent=2) + "\n")
    return path
