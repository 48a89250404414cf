"""Reading rule files (TOML) into a RuleSet, naming every problem by file, line and rule."""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from referral_desk.domain.case import Assessment, Phase, Text, Timing
from referral_desk.domain.languages import UI_LANGUAGES
from referral_desk.domain.rules.conditions import (
    FIELDS,
    Atom,
    Guard,
    never_holds,
    normalise,
    overlap,
)
from referral_desk.domain.rules.model import (
    GATES,
    SELF_ROLE,
    WHERES,
    AssessmentRule,
    ForbidRule,
    Problem,
    ReasonRule,
    RuleSet,
    RuleSetError,
    Source,
    StepRule,
    WarningRule,
)

GUARD_KEYS = frozenset({"when", "unless"})
KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "assessment": (frozenset({"id", "result", "reason"}), GUARD_KEYS),
    "reason": (frozenset({"id", "text"}), GUARD_KEYS),
    "step": (
        frozenset({"id", "phase", "role", "where", "timing", "action", "why"}),
        GUARD_KEYS | {"gate", "fallback", "shares_data"},
    ),
    "warning": (frozenset({"id", "text"}), GUARD_KEYS),
    "forbid": (
        frozenset({"id"}),
        GUARD_KEYS | {"role", "gate", "where", "text", "shares_data"},
    ),
}
BEFORE_ASSESSMENT = frozenset({"assessment", "reason"})  # these rules make the assessment
_HEADER = re.compile(r"\[\[\s*([^\]]+?)\s*\]\]|\[\s*([^\]]+?)\s*\]")
_KEY = re.compile(r"""([A-Za-z0-9_\-."' ]+?)\s*=""")
_TOML_LINE = re.compile(r"at line (\d+)")


def _parts(key: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in key.split("."))


class _Lines:
    """Which line of a TOML text each table and key comes from (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self.at: dict[tuple[Any, ...], int] = {}
        counters: dict[tuple[Any, ...], int] = {}
        table: tuple[Any, ...] = ()
        closing: str | None = None
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if closing:
                closing = None if closing in line else closing
                continue
            if not line or line.startswith("#"):
                continue
            header = _HEADER.match(line)
            if header:
                array, single = header.groups()
                parts = _parts(array or single)
                if array:
                    key = (*self._resolve(parts[:-1], counters), parts[-1])
                    counters[key] = counters.get(key, -1) + 1
                    table = (*key, counters[key])
                    self.at.setdefault(key, number)
                else:
                    table = self._resolve(parts, counters)
                self.at.setdefault(table, number)
                continue
            key_match = _KEY.match(line)
            if not key_match:
                continue
            path = table + _parts(key_match.group(1))
            self.at.setdefault(path, number)
            value = line[key_match.end() :].strip()
            if value.startswith("{"):
                for inner in re.findall(r"([A-Za-z0-9_]+)\s*=", value):
                    self.at.setdefault((*path, inner), number)
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    closing = quote

    @staticmethod
    def _resolve(parts: tuple[str, ...], counters: dict[tuple[Any, ...], int]) -> tuple[Any, ...]:
        path: tuple[Any, ...] = ()
        for part in parts:
            path += (part,)
            if path in counters:
                path += (counters[path],)
        return path

    def line(self, path: tuple[Any, ...]) -> int | None:
        for end in range(len(path), 0, -1):
            if path[:end] in self.at:
                return self.at[path[:end]]
        return None


def _hint(word: str, choices: Collection[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Reader:
    """Parses one file's rules, collecting problems instead of stopping at the first."""

    def __init__(
        self, name: str, text: str, roles: Collection[str], problems: list[Problem]
    ) -> None:
        self.name, self.text, self.roles, self.problems = name, text, roles, problems
        self.lines = _Lines(text)

    def problem(self, path: tuple[Any, ...], message: str, rule: str | None = None) -> None:
        self.problems.append(Problem(self.name, self.lines.line(path), message, rule))

    def text_of(self, path: tuple[Any, ...], value: Any, rule: str) -> Text | None:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.problem(
                path,
                f"{path[-1]} must be a table of texts by language ({', '.join(UI_LANGUAGES)})",
                rule,
            )
            return None
        if not value.get("en", "").strip():
            self.problem(path, f"{path[-1]} needs an English text (en)", rule)
            return None
        return Text(dict(value))

    def choice(self, path: tuple[Any, ...], value: Any, choices: Collection[str], rule: str) -> Any:
        if value not in choices:
            what = path[-1]
            self.problem(
                path,
                f"unknown {what} {value!r}{_hint(str(value), choices)}; one of: "
                + ", ".join(sorted(choices)),
                rule,
            )
            return None
        return value

    def role(self, path: tuple[Any, ...], value: Any, rule: str) -> str | None:
        known = set(self.roles) | {SELF_ROLE}
        if value not in known:
            self.problem(path, f"unknown role {value!r}{_hint(str(value), known)}", rule)
            return None
        return str(value)

    def atoms(
        self, path: tuple[Any, ...], table: Any, kind: str, rule: str
    ) -> tuple[Atom, ...] | None:
        if not isinstance(table, dict):
            self.problem(path, f"{path[-1]} must be a table of conditions", rule)
            return None
        atoms, ok = [], True
        for field, value in table.items():
            atom = self.atom((*path, field), field, value, kind, rule)
            ok = ok and atom is not None
            if atom is not None:
                atoms.append(atom)
        return tuple(atoms) if ok else None

    def atom(
        self, path: tuple[Any, ...], field: str, value: Any, kind: str, rule: str
    ) -> Atom | None:
        spec = FIELDS.get(field)
        if spec is None:
            self.problem(path, f"unknown field {field!r}{_hint(field, FIELDS)}", rule)
            return None
        if field == "assessment" and kind in BEFORE_ASSESSMENT:
            self.problem(path, f"field 'assessment' cannot be used in an {kind} rule", rule)
            return None
        if spec.kind in ("bool", "tri"):
            if not isinstance(value, bool):
                self.problem(path, f"{field} takes true or false, not {value!r}", rule)
                return None
            return Atom(field, frozenset({value}))
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            self.problem(path, f"{field} takes a text or a list of texts, not {value!r}", rule)
            return None
        if spec.kind == "code" and field != "region":
            wrong = [v for v in values if not re.fullmatch(r"[A-Za-z]{2}", v)]
        else:
            wrong = [v for v in values if spec.kind != "code" and v not in spec.values]
        if wrong:
            allowed = ", ".join(sorted(spec.values)) if spec.values else "two-letter ISO codes"
            self.problem(path, f"{field} cannot be {wrong[0]!r}; allowed: {allowed}", rule)
            return None
        if not values:
            self.problem(path, f"{field} has an empty list: the rule could never apply", rule)
            return None
        return Atom(field, frozenset(normalise(field, v) for v in values))

    def guard(
        self, path: tuple[Any, ...], data: dict[str, Any], kind: str, rule: str
    ) -> Guard | None:
        when = self.atoms((*path, "when"), data.get("when", {}), kind, rule)
        raw = data.get("unless", [])
        tables = [raw] if isinstance(raw, dict) else raw
        unless_paths = (
            [(*path, "unless")]
            if isinstance(raw, dict)
            else [
                (*path, "unless", j) for j in range(len(tables) if isinstance(tables, list) else 0)
            ]
        )
        if not isinstance(tables, list):
            self.problem((*path, "unless"), "unless must be a table or a list of tables", rule)
            return None
        unless = [self.atoms(p, t, kind, rule) for p, t in zip(unless_paths, tables, strict=True)]
        if when is None or any(u is None for u in unless):
            return None
        return Guard(when, tuple(u for u in unless if u is not None))

    def rules(self, kind: str, entries: Any, start: int) -> list[tuple[str, Any]]:
        """(kind, rule) for each entry that parses; problems for the rest."""
        if not isinstance(entries, list):
            self.problem((kind,), f"write each {kind} rule under its own [[{kind}]] header")
            return []
        required, optional = KINDS[kind]
        out = []
        for index, data in enumerate(entries):
            path = (kind, index)
            if not isinstance(data, dict):
                self.problem(path, f"write each {kind} rule under its own [[{kind}]] header")
                continue
            rule_id = str(data.get("id", f"{kind} #{index + 1}"))
            ok = True
            for key in sorted(set(data) - required - optional):
                self.problem(
                    (*path, key),
                    f"unknown key {key!r} in a {kind} rule{_hint(key, required | optional)}",
                    rule_id,
                )
                ok = False
            for key in sorted(required - set(data)):
                self.problem(path, f"a {kind} rule needs {key!r}", rule_id)
                ok = False
            if not ok:
                continue
            built = self.build(kind, path, data, rule_id, start + index)
            if built is not None:
                out.append((kind, built))
        return out

    def build(
        self, kind: str, path: tuple[Any, ...], data: dict[str, Any], rule_id: str, order: int
    ) -> Any:
        guard = self.guard(path, data, kind, rule_id)
        source = Source(self.name, self.lines.line(path) or 0)

        def at(key: str) -> tuple[Any, ...]:
            return (*path, key)

        if kind == "assessment":
            result = self.choice(
                at("result"), data["result"], {a.value for a in Assessment}, rule_id
            )
            reason = self.text_of(at("reason"), data["reason"], rule_id)
            if guard and result and reason:
                return AssessmentRule(rule_id, Assessment(result), guard, reason, source)
        elif kind in ("reason", "warning"):
            text = self.text_of(at("text"), data["text"], rule_id)
            if guard and text:
                return (ReasonRule if kind == "reason" else WarningRule)(
                    rule_id, guard, text, source
                )
        elif kind == "step":
            phase = self.choice(at("phase"), data["phase"], {p.value for p in Phase}, rule_id)
            role = self.role(at("role"), data["role"], rule_id)
            where = self.choice(at("where"), data["where"], WHERES, rule_id)
            timing = self.choice(at("timing"), data["timing"], {t.value for t in Timing}, rule_id)
            action = self.text_of(at("action"), data["action"], rule_id)
            why = self.text_of(at("why"), data["why"], rule_id)
            gate = self.choice(at("gate"), data["gate"], GATES, rule_id) if "gate" in data else None
            fallback = data.get("fallback", False)
            shares_data = data.get("shares_data", data["role"] != SELF_ROLE)
            if not isinstance(fallback, bool):
                self.problem(at("fallback"), "fallback takes true or false", rule_id)
            elif not isinstance(shares_data, bool):
                self.problem(at("shares_data"), "shares_data takes true or false", rule_id)
            elif (
                guard
                and phase
                and role
                and where
                and timing
                and action
                and why
                and (gate or "gate" not in data)
            ):
                return StepRule(
                    rule_id,
                    Phase(phase),
                    role,
                    where,
                    Timing(timing),
                    action,
                    why,
                    guard,
                    source,
                    order,
                    gate,
                    fallback,
                    shares_data,
                )
        else:
            role = self.role(at("role"), data["role"], rule_id) if "role" in data else None
            gate = self.choice(at("gate"), data["gate"], GATES, rule_id) if "gate" in data else None
            where = (
                self.choice(at("where"), data["where"], WHERES, rule_id)
                if "where" in data
                else None
            )
            text = self.text_of(at("text"), data["text"], rule_id) if "text" in data else None
            shares = data.get("shares_data")
            given = [k for k in ("role", "gate", "where", "shares_data") if k in data]
            if shares is not None and not isinstance(shares, bool):
                self.problem(at("shares_data"), "shares_data takes true or false", rule_id)
            elif not given:
                self.problem(
                    path,
                    "a forbid rule needs a role, a gate, a where or shares_data to forbid",
                    rule_id,
                )
            elif (
                guard
                and all(
                    {"role": role, "gate": gate, "where": where, "shares_data": True}[k]
                    for k in given
                )
                and (text or "text" not in data)
            ):
                return ForbidRule(rule_id, guard, source, role, gate, where, text, shares)
        return None


def parse_rules(sources: Sequence[tuple[str, str]], known_roles: Collection[str]) -> RuleSet:
    """Rules from (file name, TOML text) pairs in order; RuleSetError lists every problem."""
    problems: list[Problem] = []
    parsed: list[tuple[str, Any]] = []
    meta_versions: list[str] = []
    digest = hashlib.sha256()
    for name, text in sources:
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            found = _TOML_LINE.search(str(error))
            message = _TOML_LINE.sub("", str(error)).replace("(, column", "(column").strip()
            problems.append(
                Problem(name, int(found.group(1)) if found else None, f"not valid TOML: {message}")
            )
            continue
        reader = _Reader(name, text, known_roles, problems)
        for key, value in data.items():
            if key == "meta":
                if isinstance(value, dict) and isinstance(value.get("version"), str):
                    meta_versions.append(value["version"])
            elif key in KINDS:
                parsed += reader.rules(key, value, len(parsed))
            else:
                reader.problem(
                    (key,),
                    f"unknown table {key!r}{_hint(key, [*KINDS, 'meta'])}; "
                    "rule tables are " + ", ".join(f"[[{k}]]" for k in KINDS),
                )
    rules = RuleSet(
        tuple(r for k, r in parsed if k == "assessment"),
        tuple(r for k, r in parsed if k == "reason"),
        tuple(r for k, r in parsed if k == "step"),
        tuple(r for k, r in parsed if k == "warning"),
        tuple(r for k, r in parsed if k == "forbid"),
        " ".join([*dict.fromkeys(meta_versions), digest.hexdigest()[:12]]),
    )
    problems += check_rules(rules) if not problems else []
    if problems:
        raise RuleSetError(problems)
    return rules


def check_rules(rules: RuleSet) -> list[Problem]:
    """What is wrong with a rule set as a whole: duplicates, dead rules, contradictions."""
    problems: list[Problem] = []
    every: list[Any] = [
        *rules.assessments,
        *rules.reasons,
        *rules.steps,
        *rules.warnings,
        *rules.forbids,
    ]
    seen: dict[str, Source] = {}
    for rule in every:
        if rule.id in seen:
            problems.append(_at(rule, f"the id is already used at {seen[rule.id]}"))
        seen.setdefault(rule.id, rule.source)
        if never_holds(Guard(rule.guard.when)):
            problems.append(
                _at(
                    rule,
                    "this rule can never apply: its conditions contradict each other ("
                    + ", ".join(str(a) for a in rule.guard.when)
                    + ")",
                )
            )
        elif never_holds(rule.guard):
            problems.append(
                _at(
                    rule,
                    "this rule can never apply: an 'unless' condition always holds "
                    "when its 'when' conditions do",
                )
            )
    if rules.assessments and (
        rules.assessments[-1].guard.when or rules.assessments[-1].guard.unless
    ):
        problems.append(
            _at(
                rules.assessments[-1],
                "the last assessment rule must have no conditions, "
                "so that every case gets an assessment",
            )
        )
    if rules.steps and not any(
        s.fallback and not s.guard.when and not s.guard.unless for s in rules.steps
    ):
        first = rules.steps[0]
        problems.append(
            Problem(
                first.source.file,
                None,
                "no step has 'fallback = true' and no "
                "conditions: a person could be left without a next step",
            )
        )
    for step in rules.steps:
        for forbid in rules.forbids:
            if forbid.targets(step) and overlap(step.guard, forbid.guard):
                problems.append(
                    _at(
                        step,
                        f"contradicts rule {forbid.id!r} ({forbid.source}), which "
                        f"forbids {forbid.describe()} when "
                        + (", ".join(str(a) for a in forbid.guard.when) or "always")
                        + "; add an 'unless' to this step or narrow its 'when'",
                    )
                )
    return problems


def _at(rule: Any, message: str) -> Problem:
    return Problem(rule.source.file, rule.source.line or None, message, rule.id)


def read_rule_files(folder: Path, known_roles: Collection[str]) -> RuleSet:
    """Every ``*.toml`` file of ``folder`` in name order; raises RuleSetError."""
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleSetError([Problem(str(folder), None, "no rule files (*.toml) in this folder")])
    sources, problems = [], []
    for path in files:
        try:
            sources.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(path.name, None, f"cannot be read: {error}"))
    if problems:
        raise RuleSetError(problems)
    return parse_rules(sources, known_roles)
