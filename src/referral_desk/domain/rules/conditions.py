"""The facts a rule may test about a case, conditions over them, and whether they can hold."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    Case,
    Gender,
    Means,
    Purpose,
    Urgency,
)
from referral_desk.domain.person import (
    aged_15_plus,
    foreign_national,
    moves_freely,
    own_national_abroad,
    treated_as_age_group,
    treated_as_child,
)

CONSENT_VALUES = ("given", "refused", "not_asked", "not_needed")


@dataclass(frozen=True)
class FieldSpec:
    """One fact a rule may test: its kind, the values it may take, and what it means."""

    kind: str  # bool, tri (true/false/unknown), enum, code (ISO code or region name), set
    values: frozenset[str] = frozenset()
    help: str = ""


def _enum(values: Iterable[str], help: str) -> FieldSpec:
    return FieldSpec("enum", frozenset(values), help)


def _set(values: Iterable[str], help: str) -> FieldSpec:
    return FieldSpec("set", frozenset(values), help)


FIELDS: dict[str, FieldSpec] = {
    "is_child": FieldSpec("bool", help="under 18, or presumed a child (age uncertain)"),
    "age_uncertain": FieldSpec("bool", help="age uncertain with reasons to believe a child"),
    "aged_15_plus": FieldSpec("bool", help="an adult, or a child known to be 15 or older"),
    "age_group": _enum((a.value for a in AgeGroup), "child (incl. presumed), adult or unknown"),
    "gender": _enum((g.value for g in Gender), "female, male, other or unknown"),
    "unaccompanied": FieldSpec("bool", help="a child without a parent or carer"),
    "seeks_asylum": FieldSpec("bool", help="the person seeks international protection"),
    "irregular_stay": FieldSpec(
        "bool",
        help="a foreign national without a right to stay (never an EU/EEA citizen in the EU)",
    ),
    "moves_freely": FieldSpec(
        "bool", help="an EU/EEA/Swiss citizen in another EU/EEA country or Switzerland"
    ),
    "at_border_crossing": FieldSpec("bool", help="met at a border crossing point"),
    "medical_needs": FieldSpec("bool", help="untreated injuries or other medical needs"),
    "documents_withheld": FieldSpec("bool", help="identity documents withheld, or none"),
    "wages_withheld": FieldSpec("bool", help="wages withheld"),
    "debt_bondage": FieldSpec("bool", help="a debt used to control the person"),
    "separated_child": FieldSpec(
        "bool", help="a child with an adult who is not a verified parent or carer"
    ),
    "crossed_border": FieldSpec("bool", help="the person was moved across a border"),
    "consented_to_move": FieldSpec("tri", help="agreed to be moved across the border"),
    "free_to_leave": FieldSpec("tri", help="free to leave the situation"),
    "foreign_national": FieldSpec("bool", help="nationality known and not the country where found"),
    "own_national_abroad": FieldSpec(
        "bool", help="the post's own national, found in another country"
    ),
    "consent": _enum(CONSENT_VALUES, "adult's consent to referral; not_needed for a child"),
    "assessment": _enum((a.value for a in Assessment), "the screening result"),
    "has_act": FieldSpec("bool", help="at least one act ticked"),
    "has_means": FieldSpec("bool", help="at least one means ticked"),
    "has_purpose": FieldSpec("bool", help="at least one purpose ticked"),
    "urgent_any": FieldSpec("bool", help="at least one urgent need"),
    "acts": _set((a.value for a in Act), "any of these acts"),
    "means": _set((m.value for m in Means), "any of these means"),
    "purposes": _set((p.value for p in Purpose), "any of these purposes"),
    "urgent": _set((u.value for u in Urgency), "any of these urgent needs"),
    "country": FieldSpec("code", help="ISO code of the country where the person is"),
    "region": FieldSpec("code", help="region where the person is (as in the directory)"),
    "nationality": FieldSpec("code", help="ISO code of the person's nationality"),
    "post_represents": FieldSpec(
        "code", help="ISO code of the country the post represents (none: police, border)"
    ),
    "post_location": FieldSpec("code", help="ISO code of the country where the post sits"),
}
SET_FLAGS = {
    "acts": "has_act",
    "means": "has_means",
    "purposes": "has_purpose",
    "urgent": "urgent_any",
}
_CHILD, _ADULT = frozenset({True}), frozenset({False})
# (field, values) implies (field, values): how the facts are derived from a case
IMPLICATIONS: tuple[tuple[str, frozenset[Any], str, frozenset[Any]], ...] = (
    ("is_child", _CHILD, "age_group", frozenset({"child"})),
    ("is_child", _ADULT, "age_group", frozenset({"adult", "unknown"})),
    ("age_group", frozenset({"child"}), "is_child", _CHILD),
    ("age_group", frozenset({"adult", "unknown"}), "is_child", _ADULT),
    ("age_uncertain", _CHILD, "is_child", _CHILD),
    ("is_child", _ADULT, "age_uncertain", _ADULT),
    ("is_child", _CHILD, "consent", frozenset({"not_needed"})),
    ("is_child", _ADULT, "consent", frozenset({"given", "refused", "not_asked"})),
    ("consent", frozenset({"not_needed"}), "is_child", _CHILD),
    ("consent", frozenset({"given", "refused", "not_asked"}), "is_child", _ADULT),
    ("is_child", _ADULT, "aged_15_plus", _CHILD),
    ("aged_15_plus", _ADULT, "is_child", _CHILD),
    ("own_national_abroad", _CHILD, "foreign_national", _CHILD),
    ("foreign_national", _ADULT, "own_national_abroad", _ADULT),
    ("moves_freely", _CHILD, "foreign_national", _CHILD),
    ("foreign_national", _ADULT, "moves_freely", _ADULT),
    ("moves_freely", _CHILD, "irregular_stay", _ADULT),
    ("irregular_stay", _CHILD, "moves_freely", _ADULT),
)


@dataclass(frozen=True)
class Atom:
    """One test: the fact ``field`` has one of ``values`` (for a set fact: shares one)."""

    field: str
    values: frozenset[Any]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        value = facts[self.field]
        if FIELDS[self.field].kind == "set":
            return bool(value & self.values)
        return normalise(self.field, value) in self.values

    def __str__(self) -> str:
        shown = sorted(str(v).lower() if isinstance(v, bool) else str(v) for v in self.values)
        return f"{self.field} = {shown[0] if len(shown) == 1 else shown}"


@dataclass(frozen=True)
class Guard:
    """A rule applies when every atom of ``when`` holds and no ``unless`` condition holds."""

    when: tuple[Atom, ...] = ()
    unless: tuple[tuple[Atom, ...], ...] = ()

    def holds(self, facts: Mapping[str, Any]) -> bool:
        if not all(atom.holds(facts) for atom in self.when):
            return False
        return not any(all(atom.holds(facts) for atom in cond) for cond in self.unless)


def normalise(field: str, value: Any) -> Any:
    """Codes compare in upper case, regions without regard to case; other values as they are."""
    if isinstance(value, str) and FIELDS[field].kind == "code":
        return value.casefold() if field == "region" else value.upper()
    return value


def case_facts(case: Case, assessment: Assessment | None = None) -> dict[str, Any]:
    """The facts the rules test, derived from what the caseworker entered."""
    is_child = treated_as_child(case)
    consent = (
        "not_needed"
        if is_child
        else {True: "given", False: "refused", None: "not_asked"}[case.consents_to_referral]
    )
    return {
        "is_child": is_child,
        "age_uncertain": case.age_uncertain,
        "aged_15_plus": aged_15_plus(case),
        "age_group": treated_as_age_group(case).value,
        "gender": case.gender.value,
        "unaccompanied": case.unaccompanied,
        "seeks_asylum": case.seeks_asylum,
        "irregular_stay": case.irregular_stay and not moves_freely(case),
        "moves_freely": moves_freely(case),
        "at_border_crossing": case.at_border_crossing,
        "medical_needs": case.medical_needs,
        "documents_withheld": case.documents_withheld,
        "wages_withheld": case.wages_withheld,
        "debt_bondage": case.debt_bondage,
        "separated_child": case.separated_child and is_child,
        "crossed_border": case.crossed_border,
        "consented_to_move": case.consented_to_move,
        "free_to_leave": case.free_to_leave,
        "foreign_national": foreign_national(case),
        "own_national_abroad": own_national_abroad(case),
        "consent": consent,
        "assessment": assessment.value if assessment else None,
        "has_act": bool(case.acts),
        "has_means": bool(case.means),
        "has_purpose": bool(case.purposes),
        "urgent_any": bool(case.urgent),
        "acts": frozenset(a.value for a in case.acts),
        "means": frozenset(m.value for m in case.means),
        "purposes": frozenset(p.value for p in case.purposes),
        "urgent": frozenset(u.value for u in case.urgent),
        "country": case.country,
        "region": case.region,
        "nationality": case.nationality,
        "post_represents": case.post_represents,
        "post_location": case.post_location,
    }


class _Space:
    """The cases a conjunction of atoms allows, narrowed field by field (sound, not complete)."""

    def __init__(self) -> None:
        self.finite: dict[str, frozenset[Any]] = {}
        self.codes: dict[str, tuple[frozenset[str] | None, frozenset[str]]] = {}
        self.sets: dict[str, tuple[tuple[frozenset[str], ...], frozenset[str]]] = {}

    def _domain(self, field: str) -> frozenset[Any]:
        spec = FIELDS[field]
        full: frozenset[Any] = (
            frozenset({True, False})
            if spec.kind == "bool"
            else frozenset({True, False, None})
            if spec.kind == "tri"
            else spec.values
        )
        return self.finite.get(field, full)

    def add(self, atom: Atom, negate: bool = False) -> None:
        kind = FIELDS[atom.field].kind
        if kind == "code":
            allowed, excluded = self.codes.get(atom.field, (None, frozenset()))
            if negate:
                excluded |= atom.values
            else:
                allowed = atom.values if allowed is None else allowed & atom.values
            self.codes[atom.field] = (allowed, excluded)
        elif kind == "set":
            any_of, excluded = self.sets.get(atom.field, ((), frozenset()))
            if negate:
                excluded |= atom.values
            else:
                any_of += (atom.values,)
                self._narrow(SET_FLAGS[atom.field], frozenset({True}))
            self.sets[atom.field] = (any_of, excluded)
        else:
            domain = self._domain(atom.field)
            self._narrow(atom.field, domain - atom.values if negate else atom.values)

    def _narrow(self, field: str, values: frozenset[Any]) -> None:
        self.finite[field] = self._domain(field) & values

    def empty(self) -> bool:
        changed = True
        while changed:
            changed = False
            for field, values, implied_field, implied in IMPLICATIONS:
                if self._domain(field) <= values and not self._domain(implied_field) <= implied:
                    self._narrow(implied_field, implied)
                    changed = True
        if any(not values for values in self.finite.values()):
            return True
        if any(
            allowed is not None and not allowed - excluded
            for allowed, excluded in self.codes.values()
        ):
            return True
        for field, (any_of, excluded) in self.sets.items():
            if any(not group - excluded for group in any_of):
                return True
            if self._domain(SET_FLAGS[field]) == frozenset({False}) and any_of:
                return True
        return self._codes_clash()

    def _codes_clash(self) -> bool:
        country = self.codes.get("country", (None, frozenset()))[0]
        nationality = self.codes.get("nationality", (None, frozenset()))[0]
        post = self.codes.get("post_represents", (None, frozenset()))[0]
        foreign = self._domain("foreign_national")
        if (
            foreign == frozenset({True})
            and country
            and nationality
            and len(country | nationality) == 1
        ):
            return True
        if foreign == frozenset({False}) and country and nationality and not country & nationality:
            return True
        own = self._domain("own_national_abroad")
        if own == frozenset({True}) and post is not None and nationality is not None:
            return not post & nationality
        return False


@dataclass(frozen=True)
class _Negated(Atom):
    """An atom that must not hold (used only while checking satisfiability)."""


def _space_of(atoms: Sequence[Atom]) -> _Space:
    space = _Space()
    for atom in atoms:
        space.add(atom, negate=isinstance(atom, _Negated))
    return space


def never_holds(guard: Guard) -> bool:
    """Whether no case can make the guard hold."""
    return not _satisfiable(list(guard.when), [list(c) for c in guard.unless])


def _satisfiable(atoms: list[Atom], unless: list[list[Atom]]) -> bool:
    if not unless:
        return not _space_of(atoms).empty()
    first, rest = unless[0], unless[1:]
    return any(_satisfiable([*atoms, _Negated(a.field, a.values)], rest) for a in first)


def overlap(first: Guard, second: Guard) -> bool:
    """Whether some case satisfies both guards."""
    return _satisfiable(
        [*first.when, *second.when], [list(c) for c in (*first.unless, *second.unless)]
    )
