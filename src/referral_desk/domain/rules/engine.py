"""Running the rules on a case: the assessment and its reasons, the steps in order, warnings."""

from __future__ import annotations

from dataclasses import dataclass

from referral_desk.domain.case import Assessment, Case, Phase, Reason, Warning
from referral_desk.domain.rules.conditions import case_facts
from referral_desk.domain.rules.model import RuleSet, StepRule

PHASE_ORDER: tuple[Phase, ...] = tuple(Phase)


@dataclass(frozen=True)
class PlannedStep:
    """A step rule that applies, with the country where its role is to be found."""

    rule: StepRule
    country: str


@dataclass(frozen=True)
class Plan:
    """What the rules make of a case, before any body is looked up."""

    assessment: Assessment
    reasons: tuple[Reason, ...]
    steps: tuple[PlannedStep, ...]  # by phase, then by rule order
    fallbacks: tuple[PlannedStep, ...]  # for when no step reaches anyone now
    warnings: tuple[Warning, ...]
    is_child: bool


def screen(rules: RuleSet, case: Case) -> tuple[Assessment, tuple[Reason, ...]]:
    """The first assessment rule that applies, with its reason and every other reason that holds."""
    facts = case_facts(case)
    extra = tuple(Reason(r.id, r.text) for r in rules.reasons if r.guard.holds(facts))
    for rule in rules.assessments:
        if rule.guard.holds(facts):
            return rule.result, (Reason(rule.id, rule.reason), *extra)
    return Assessment.INSUFFICIENT, extra  # unreachable with a checked rule set (catch-all last)


def plan(rules: RuleSet, case: Case) -> Plan:
    """Assess the case, choose its steps and warnings; the same case always gives the same plan."""
    assessment, reasons = screen(rules, case)
    facts = case_facts(case, assessment)
    forbids = [f for f in rules.forbids if f.guard.holds(facts)]
    chosen: list[PlannedStep] = []
    fallbacks: list[PlannedStep] = []
    for rule in rules.steps:
        if not rule.guard.holds(facts) or any(f.targets(rule) for f in forbids):
            continue
        if rule.where == "here":
            country: str | None = case.country
        else:  # the country of origin: only for a foreign national
            country = case.nationality if facts["foreign_national"] else None
        if country is None:
            continue
        (fallbacks if rule.fallback else chosen).append(PlannedStep(rule, country))
    chosen.sort(key=lambda p: (PHASE_ORDER.index(p.rule.phase), p.rule.order))
    fallbacks.sort(key=lambda p: p.rule.order)
    warnings = [Warning(f.id, f.text) for f in forbids if f.text is not None]
    warnings += [Warning(w.id, w.text) for w in rules.warnings if w.guard.holds(facts)]
    return Plan(
        assessment, reasons, tuple(chosen), tuple(fallbacks), tuple(warnings), facts["is_child"]
    )
