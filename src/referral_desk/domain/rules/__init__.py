"""The rule engine: rule files in; an assessment with reasons and ordered steps out (no Qt)."""

from referral_desk.domain.rules.conditions import FIELDS, Atom, FieldSpec, Guard, case_facts
from referral_desk.domain.rules.engine import PHASE_ORDER, Plan, PlannedStep, plan, screen
from referral_desk.domain.rules.loader import check_rules, parse_rules, read_rule_files
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

__all__ = [
    "FIELDS",
    "GATES",
    "PHASE_ORDER",
    "SELF_ROLE",
    "WHERES",
    "AssessmentRule",
    "Atom",
    "FieldSpec",
    "ForbidRule",
    "Guard",
    "Plan",
    "PlannedStep",
    "Problem",
    "ReasonRule",
    "RuleSet",
    "RuleSetError",
    "Source",
    "StepRule",
    "WarningRule",
    "case_facts",
    "check_rules",
    "parse_rules",
    "plan",
    "read_rule_files",
    "screen",
]
