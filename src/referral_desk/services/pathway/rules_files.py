"""The rule files in use: read them, and keep the last good rules when they break."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from referral_desk.domain.rules import RuleSet, RuleSetError, read_rule_files
from referral_desk.domain.vocab import Role


def known_roles() -> set[str]:
    return {role.value for role in Role}


def rules_dir() -> Path:
    from referral_desk.paths import data_dir

    return data_dir() / "rules"


@dataclass(frozen=True)
class RulesLoad:
    """The rules to use, and what was wrong with the files if they could not be used."""

    rules: RuleSet | None  # None only if the files never loaded
    error: RuleSetError | None = None
    from_last_good: bool = False  # the files are broken; these are the last good rules


_last_good: dict[Path, RuleSet] = {}


def _saved_copy(folder: Path) -> Path:
    from referral_desk.paths import user_data_dir

    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]
    return user_data_dir() / "last-good-rules" / key


def load_rules(folder: Path | None = None) -> RulesLoad:
    """Read the rule files; if they are broken, keep the last good rules and say what is wrong."""
    folder = (folder or rules_dir()).resolve()
    try:
        rules = read_rule_files(folder, known_roles())
    except RuleSetError as error:
        last = _last_good.get(folder)
        if last is None:
            try:
                last = read_rule_files(_saved_copy(folder), known_roles())
            except RuleSetError:
                last = None
        return RulesLoad(last, error, last is not None)
    if folder not in _last_good or _last_good[folder].version != rules.version:
        saved = _saved_copy(folder)
        shutil.rmtree(saved, ignore_errors=True)
        saved.mkdir(parents=True, exist_ok=True)
        for path in folder.glob("*.toml"):
            shutil.copyfile(path, saved / path.name)
    _last_good[folder] = rules
    return RulesLoad(rules)
