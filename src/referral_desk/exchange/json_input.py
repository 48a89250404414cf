"""Reading JSON files nobody vouches for: bounded size and depth, real numbers, clean text.

Every problem is one sentence that starts with the place it is found, written as
``organizations[3].services[0].name.en`` (``(top level)`` for the whole file).
The directory and case file readers build on these; they never let an exception
other than their own error escape.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from referral_desk.exchange.bounded import no_cyclic_collection
from referral_desk.exchange.check_problem import (
    HOLDS_BIDI,
    HOLDS_CONTROL,
    HOLDS_INVISIBLE,
    HOLDS_LINE_BREAK,
    MISSING,
    NOT_EMPTY,
    NOT_IN_FORM,
    CheckProblem,
    placed,
)

MAX_DEPTH = 16  # our formats nest 9 deep at most
MAX_INT_DIGITS = 20
MAX_KEY_LENGTH = 100
MAX_WORD = 64  # a word a person would type in a name: longer ones are refused
MAX_LONG_WORD = 200  # in long texts, where a web address may stand as one word
MAX_SCHEMA_ERRORS = 200
SHOWN = 40  # characters of a value shown in a message
SHOWN_KEY = 12  # characters of an unknown field name shown
MAX_PLACE = 160  # characters of a place shown in a message

# Fields that hold several lines of prose; all other text holds one line.
LONG_TEXT_FIELDS = frozenset({"description", "eligibility", "referral_notes", "notice", "comment"})
LONG_WORD_FIELDS = LONG_TEXT_FIELDS | {"source", "note", "wrong", "found"}
# Fields whose form a pattern fixes (addresses on the web, ids): no word limit.
UNWORDED_FIELDS = frozenset({"website", "url", "email", "$schema"})

_LANGUAGE_KEY = re.compile(r"[a-z]{2}")
_PLAIN_KEY = re.compile(r"[$A-Za-z0-9_]{1,40}")
# Characters Python does not call printable are checked one by one: controls, lone
# surrogates, bidi controls, invisible formatting and private use are refused.
# Spaces other than U+0020 and characters newer than this Python's Unicode are
# allowed; tab and line feed in long texts, zero-width (non-)joiners where a
# script needs them.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = frozenset("\u200c\u200d")
# Scripts that write with zero-width (non-)joiners: Arabic, Syriac, the Indic
# scripts, Sinhala, Myanmar, Khmer, Mongolian.
_JOINING_SCRIPTS = (
    (0x0600, 0x08FF),
    (0x0900, 0x0DFF),
    (0x1000, 0x109F),
    (0x1780, 0x18AF),
    (0xA8E0, 0xA8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


class JsonInputError(Exception):
    """A JSON input cannot be used; ``problems`` says what and where, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class _LongNumber:
    """Stands in for an integer too long to be a value of any field."""

    digits: int


def where(path: Iterable[Any]) -> str:
    """``organizations[3].name.en`` for the path ``organizations, 3, name, en``.

    A field name that could not be one of ours is shown quoted and cut short.
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(str(part)):
            out += f"[{shown(str(part), SHOWN_KEY)}]"
        else:
            out += f".{part}" if out else str(part)
    if not out:
        return "(top level)"
    return out if len(out) <= MAX_PLACE else "…" + out[-MAX_PLACE:]


def shown(value: Any, limit: int = SHOWN) -> str:
    """A value as a message shows it: quoted, escaped and cut to ``limit`` characters."""
    if isinstance(value, str):
        return repr(value) if len(value) <= limit else repr(value[:limit]) + "…"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int) and abs(value) >= 10**SHOWN:
        return f"a number of {len(str(abs(value))):,} digits"
    if isinstance(value, int | float):
        return repr(value)
    return _kind(value)


def printable(message: str) -> str:
    """The message with every character a terminal would not simply show escaped."""
    if message.isprintable():
        return message
    if isinstance(message, CheckProblem):
        return message.mapped(printable)
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number with a fraction" if math.isfinite(value) else "not a finite number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{count / 2**20:,.0f} MB"
    return f"{count / 2**10:,.0f} KB" if count >= 2**10 else f"{count} bytes"


def read_bounded(path: Path, max_bytes: int, kind: str) -> bytes:
    """The file's bytes; refused unread when larger than ``max_bytes`` (``kind`` names it)."""
    try:
        with path.open("rb") as stream:
            size = path.stat().st_size
            if size > max_bytes:
                raise JsonInputError(
                    [f"the file is {_size(size)}; a {kind} may be at most {_size(max_bytes)}"]
                )
            raw = stream.read(max_bytes + 1)  # not a plain file: read no more than allowed
    except FileNotFoundError:
        raise JsonInputError(["the file does not exist"]) from None
    except IsADirectoryError:
        raise JsonInputError(["it is a folder, not a file"]) from None
    except OSError as error:
        raise JsonInputError([f"the file cannot be read: {error.strerror or error}"]) from None
    if len(raw) > max_bytes:
        raise JsonInputError([f"the file is larger than a {kind} may be ({_size(max_bytes)})"])
    return raw


def parse_json(raw: bytes) -> Any:
    """Parse UTF-8 JSON (a byte order mark is allowed); JsonInputError says where it breaks.

    Keys given twice in one object are refused. Integers too long to mean anything,
    NaN and infinities are kept as markers for ``structure_problems`` to name.
    """
    if not raw.strip():
        raise JsonInputError(["the file is empty"])
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonInputError([_not_utf8(raw, error.start)]) from None
    strict = StrictDecoder()
    try:
        with no_cyclic_collection():
            content = strict.decoder.decode(text)
    except RecursionError:
        raise JsonInputError([f"(top level): nested more than {MAX_DEPTH} levels deep"]) from None
    except json.JSONDecodeError as error:
        raise JsonInputError(
            [f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from None
    except ValueError as error:  # anything else the parser refuses
        raise JsonInputError([f"not valid JSON: {str(error)[:200]}"]) from None
    given_twice = strict.given_twice(content)
    if given_twice:
        raise JsonInputError(given_twice)
    return content


class StrictDecoder:
    """Python's JSON decoder that notes keys given twice in one object and keeps integers
    too long to mean anything as markers (``structure_problems`` names them)."""

    def __init__(self) -> None:
        self._twice: dict[int, list[str]] = {}
        self.decoder = json.JSONDecoder(object_pairs_hook=self._pairs, parse_int=_integer)

    def _pairs(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) < len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    self._twice.setdefault(id(obj), []).append(key)
                seen.add(key)
        return obj

    def given_twice(self, value: Any, at: Iterable[str | int] = ()) -> list[str]:
        """The keys given twice in ``value`` (decoded last; ``at`` is its place), once."""
        if not self._twice:
            return []
        found = list(_keys_given_twice(value, self._twice, list(at)))
        self._twice.clear()
        return found


def _integer(digits: str) -> int | _LongNumber:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        return _LongNumber(len(digits.lstrip("-")))
    return int(digits)


def _not_utf8(raw: bytes, start: int) -> str:
    line = raw.count(b"\n", 0, start) + 1
    column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
    hint = ""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        hint = "; it looks like UTF-16: save it as UTF-8"
    return (
        f"not UTF-8 text: byte 0x{raw[start]:02x} at line {line}, column {column} "
        f"(byte {start}){hint}"
    )


def _keys_given_twice(
    content: Any, twice: dict[int, list[str]], path: list[str | int]
) -> Iterator[str]:

    def visit(value: Any, depth: int) -> Iterator[str]:
        if depth > MAX_DEPTH:  # too deep: structure_problems says so
            return
        if isinstance(value, dict):
            for name in dict.fromkeys(twice.get(id(value), ())):
                yield f"{where(path)}: the field {shown(name, SHOWN_KEY)} is given twice"
            items: Iterable[tuple[str | int, Any]] = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            return
        for key, item in items:
            path.append(key)
            yield from visit(item, depth + 1)
            path.pop()

    return visit(content, len(path) + 1)


def structure_problems(
    content: Any, at: Iterable[str | int] = (), field: str | None = None
) -> tuple[list[str], list[str]]:
    """(problems of structure, problems of text) in parsed JSON, each with its place.

    Structure: nesting deeper than MAX_DEPTH, integers too long, NaN and infinities.
    Text: characters that are not text (controls, lone surrogates, bidi controls,
    invisible characters), line breaks in one-line fields, words too long. The walk
    goes no deeper than MAX_DEPTH, so its recursion is bounded. ``at`` is the place of
    ``content`` in its file and ``field`` the field it belongs to, when it is a part.
    """
    structure: list[str] = []
    texts: list[str] = []
    path: list[str | int] = list(at)  # ``content`` may be an item deep in a file

    def check_text(value: str, field: str | None) -> None:
        if not value.isprintable() or len(value) > MAX_WORD:
            problem = text_problem(value, field)
            if problem:
                texts.append(placed(where(path), problem))

    def visit(value: Any, field: str | None, depth: int) -> None:
        # Texts are checked in their container's loop: most values are texts.
        if isinstance(value, dict | list) and depth > MAX_DEPTH:
            structure.append(f"{where(path)}: nested more than {MAX_DEPTH} levels deep")
        elif isinstance(value, dict):
            for key, item in value.items():
                if len(key) > MAX_KEY_LENGTH or not key.isprintable():
                    problem = _key_problem(key)
                    if problem:
                        texts.append(f"{where(path)}: a field name {problem}")
                path.append(key)
                if type(item) is str:
                    check_text(item, field if _LANGUAGE_KEY.fullmatch(key) else key)
                else:
                    visit(item, key, depth + 1)
                path.pop()
        elif isinstance(value, list):
            for index, item in enumerate(value):
                path.append(index)
                if type(item) is str:
                    check_text(item, field)
                else:
                    visit(item, field, depth + 1)
                path.pop()
        elif isinstance(value, str):
            check_text(value, field)
        elif isinstance(value, float) and not math.isfinite(value):
            structure.append(f"{where(path)}: {value!r} is not a finite number")
        elif isinstance(value, _LongNumber):
            structure.append(f"{where(path)}: a number of {value.digits:,} digits")

    visit(content, field, len(path) + 1)
    return structure, texts


def _key_problem(key: str) -> str | None:
    if len(key) > MAX_KEY_LENGTH:
        return f"of {len(key):,} characters"
    bad = _bad_character(key, long_text=False)
    return f"holds {bad}" if bad else None


def text_problem(value: str, field: str | None) -> str | None:
    """What is wrong with one text of ``field``, or None."""
    long_text = field in LONG_TEXT_FIELDS
    if not value.isprintable():
        bad = _bad_character(value, long_text)
        if bad:
            return _holds(bad)
    if field in UNWORDED_FIELDS:
        return None
    limit = MAX_LONG_WORD if field in LONG_WORD_FIELDS else MAX_WORD
    if len(value) > limit:
        word = max(value.split(), key=len, default="")
        if len(word) > limit:
            return (
                f"a word of {len(word):,} characters ({shown(word[:20])}); "
                f"words here may be at most {limit} characters"
            )
    return None


def _holds(bad: str) -> str:
    """ "holds <character>, ..." as a CheckProblem for the characters people paste by mistake."""
    named, _, what = bad.partition(", ")
    template = _HOLDS.get(what)
    return CheckProblem("", template, {"character": named}) if template else f"holds {bad}"


_HOLDS = {
    "a bidi control that can show text in another order than it is stored": HOLDS_BIDI,
    "an invisible character": HOLDS_INVISIBLE,
    "a control character": HOLDS_CONTROL,
    "a line break; this field holds one line": HOLDS_LINE_BREAK,
}


def _bad_character(value: str, long_text: bool) -> str | None:
    for at, char in enumerate(value):
        if char.isprintable() or unicodedata.category(char) in ("Zs", "Cn"):
            continue
        if long_text and char in "\t\n":
            continue
        if char in _JOINERS and _joins_a_script(value, at):
            continue
        return _describe(char)
    return None


def _joins_a_script(value: str, at: int) -> bool:
    """A zero-width (non-)joiner between two letters of a script that writes with it."""
    if at == 0 or at + 1 >= len(value):
        return False
    before, after = value[at - 1], value[at + 1]
    in_script = any(low <= ord(before) <= high for low, high in _JOINING_SCRIPTS)
    return in_script and unicodedata.category(after)[0] in "LM"


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    named = f"{code} {name}" if name else code
    if 0xD800 <= ord(char) <= 0xDFFF:
        return f"{code}, a lone surrogate: half of a character, not text"
    if char in "\n\u2028\u2029":
        return f"{code}, a line break; this field holds one line"
    if char == "\t":
        return f"{code}, a tab; this field holds one line"
    if unicodedata.category(char) == "Cc":
        return f"{code}, a control character"
    if char in _BIDI:
        return f"{named}, a bidi control that can show text in another order than it is stored"
    if unicodedata.category(char) == "Co":
        return f"{code}, a private-use character that looks different on every computer"
    return f"{named}, an invisible character"


def strict_schema(schema: Any) -> Any:
    """The schema with ``$`` at the end of each pattern read as the end of the text.

    JSON Schema patterns are ECMA-262, where ``$`` is the end; Python's ``re`` also
    lets ``$`` match before a final line break, so ``"AT\\n"`` would pass ``^[A-Z]{2}$``.
    """
    if isinstance(schema, list):
        return [strict_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "pattern" and isinstance(value, str):
            out[key] = _strict_pattern(value)
        elif key == "patternProperties" and isinstance(value, dict):
            out[key] = {_strict_pattern(k): strict_schema(v) for k, v in value.items()}
        else:
            out[key] = strict_schema(value)
    return out


def _strict_pattern(pattern: str) -> str:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def schema_problems(validator: Any, content: Any) -> list[str]:
    """Every way ``content`` breaks the schema (up to a few hundred), in file order."""
    errors = schema_errors(validator, content, MAX_SCHEMA_ERRORS)
    errors.sort(key=lambda e: [(0, p) if isinstance(p, int) else (1, p) for p in e[0]])
    problems = [f"{where(path)}: {message}" for path, message in errors]
    return list(dict.fromkeys(problems))


def schema_errors(validator: Any, content: Any, limit: int) -> list[tuple[list[Any], str]]:
    """The first ``limit`` ways ``content`` breaks the schema: each place and its sentence."""
    errors = islice(validator.iter_errors(content), limit)
    return [(list(e.absolute_path), schema_message(e)) for e in errors]


def schema_message(error: Any) -> str:
    """One short sentence for a jsonschema error: never the whole value it is about."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        specific = [e for e in error.context if e.validator != "type"] or list(error.context)
        error = min(specific, key=lambda e: len(e.relative_path))
    rule, limit, value = error.validator, error.validator_value, error.instance
    if rule == "maxLength":
        return f"{len(value):,} characters; at most {limit:,}"
    if rule == "minLength":
        return CheckProblem("", NOT_EMPTY)
    if rule == "maxItems":
        return f"{len(value):,} items; at most {limit:,}"
    if rule == "minItems":
        return f"{len(value):,} items; at least {limit:,}"
    if rule == "uniqueItems":
        return "holds the same item more than once"
    if rule == "pattern":
        expected = error.schema.get("title") or "in the expected form"
        hint = _edge_hint(value)
        if expected in NOT_IN_FORM and not hint:
            return CheckProblem("", NOT_IN_FORM[expected], {"value": shown(value)})
        return f"{shown(value)} is not {expected}{hint}"
    if rule == "required" and isinstance(value, dict):
        missing = [name for name in limit if name not in value]
        if missing and str(error.message) == f"{missing[0]!r} is a required property":
            return CheckProblem("", MISSING, {"name": repr(missing[0])})
    if rule == "type":
        names = [n for t in _as_list(limit) for n in _TYPE_NAMES.get(t, (t,))]
        wanted = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        return f"{_kind(value)} where {wanted} belongs"
    if rule == "enum":
        choices = ", ".join(shown(c) for c in limit[:8]) + (", …" if len(limit) > 8 else "")
        return f"{shown(value)} is not one of {choices}{_edge_hint(value)}"
    if rule == "const":
        return f"{shown(value)} must be {shown(limit)}"
    if rule == "minimum":
        return f"{shown(value)} is less than {limit}"
    if rule == "maximum":
        return f"{shown(value)} is more than {limit}"
    if rule == "additionalProperties":
        known = error.schema.get("properties", {})
        patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
        extra = [k for k in value if k not in known and not any(p.search(k) for p in patterns)]
        listed = ", ".join(shown(k, SHOWN_KEY) for k in extra[:5])
        listed += ", …" if len(extra) > 5 else ""
        return f"unexpected field {listed}"
    if rule == "not" and isinstance(limit, dict) and "required" in limit:
        return f"{', '.join(limit['required'])} does not belong here"
    message = str(error.message)
    return message if len(message) <= 200 else message[:200] + "…"


_TYPE_NAMES = {
    "string": ("a text",),
    "integer": ("an integer",),
    "number": ("a number",),
    "boolean": ("true", "false"),
    "array": ("a list",),
    "object": ("an object",),
    "null": ("null",),
}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _edge_hint(value: Any) -> str:
    if not isinstance(value, str) or value == value.strip():
        return ""
    if value.rstrip(" \t") != value.rstrip():
        return ": it ends with a line break"
    if value.lstrip(" \t") != value.lstrip():
        return ": it starts with a line break"
    return ": it has a space at its start or end"
