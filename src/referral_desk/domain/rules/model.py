"""The rules as loaded from the rule files, and the error that lists what is wrong with them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from referral_desk.domain.case import Assessment, Phase, Text, Timing
from referral_desk.domain.rules.conditions import Guard

SELF_ROLE = "caseworker"  # a step the caseworker does personally; no body is looked up
GATES = frozenset({"consent"})  # the kinds of gate a step may be (a forbid may target them)
WHERES = ("here", "origin")  # where the person is now; the country of their nationality


@dataclass(frozen=True)
class Source:
    """Where a rule was written: file name and line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}"


@dataclass(frozen=True)
class AssessmentRule:
    id: str
    result: Assessment
    guard: Guard
    reason: Text
    source: Source


@dataclass(frozen=True)
class ReasonRule:
    id: str
    guard: Guard
    text: Text
    source: Source


@dataclass(frozen=True)
class StepRule:
    id: str
    phase: Phase
    role: str
    where: str
    timing: Timing
    action: Text
    why: Text
    guard: Guard
    source: Source
    order: int
    gate: str | None = None
    fallback: bool = False  # only used when a "now" step reaches no one now
    shares_data: bool = True  # passes the person's details on (false: the person calls, or you)


@dataclass(frozen=True)
class WarningRule:
    id: str
    guard: Guard
    text: Text
    source: Source


@dataclass(frozen=True)
class ForbidRule:
    """A step never to be given when the guard holds (e.g. no embassy for an asylum seeker)."""

    id: str
    guard: Guard
    source: Source
    role: str | None = None
    gate: str | None = None
    where: str | None = None  # None: wherever
    text: Text | None = None  # shown as a warning when the forbid applies
    shares_data: bool | None = None  # None: either

    def targets(self, step: StepRule) -> bool:
        """Whether the step is one this rule forbids: every selector given must match."""
        return (
            (self.role is None or self.role == step.role)
            and (self.gate is None or self.gate == step.gate)
            and (self.where is None or self.where == step.where)
            and (self.shares_data is None or self.shares_data == step.shares_data)
        )

    def describe(self) -> str:
        parts = [
            f"role {self.role!r}" if self.role else "",
            f"{self.gate} steps" if self.gate else "",
            f"steps in the {self.where} country" if self.where else "",
            "steps that pass on the person's details" if self.shares_data else "",
            "steps that pass on nothing" if self.shares_data is False else "",
        ]
        return " / ".join(p for p in parts if p)


@dataclass(frozen=True)
class RuleSet:
    assessments: tuple[AssessmentRule, ...]
    reasons: tuple[ReasonRule, ...]
    steps: tuple[StepRule, ...]
    warnings: tuple[WarningRule, ...]
    forbids: tuple[ForbidRule, ...]
    version: str = ""

    def __repr__(self) -> str:  # short, so a failing test's report shows the case, not rules
        return f"RuleSet(version={self.version!r}, steps={len(self.steps)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # the name pretty-printers call
        printer.text(repr(self))


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a rule file, with where it is."""

    file: str
    line: int | None
    message: str
    rule: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        rule = f" (rule {self.rule!r})" if self.rule else ""
        return f"{where}{rule}: {self.message}"


class RuleSetError(Exception):
    """The rule files cannot be used; ``problems`` lists each, with file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:30])
        more = f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(f"The rule files have {len(problems)} problem(s):\n{shown}{more}")
