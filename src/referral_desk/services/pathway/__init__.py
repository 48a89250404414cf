"""Referral pathway use cases: load the rules, read a case, resolve roles to bodies, write out."""

from referral_desk.services.pathway.case_file import (
    CaseFileError,
    case_from_json,
    case_schema_path,
    case_to_json,
    read_case_file,
)
from referral_desk.services.pathway.output import (
    ASSESSMENT_LABELS,
    PHASE_LABELS,
    ROLE_LABELS,
    TIMING_LABELS,
    body_lines,
    pathway_as_text,
    pathway_to_json,
)
from referral_desk.services.pathway.resolve import find_bodies, make_pathway, refresh_reach
from referral_desk.services.pathway.rules_files import RulesLoad, known_roles, load_rules, rules_dir

__all__ = [
    "ASSESSMENT_LABELS",
    "PHASE_LABELS",
    "ROLE_LABELS",
    "TIMING_LABELS",
    "CaseFileError",
    "RulesLoad",
    "body_lines",
    "case_from_json",
    "case_schema_path",
    "case_to_json",
    "find_bodies",
    "known_roles",
    "load_rules",
    "make_pathway",
    "pathway_as_text",
    "pathway_to_json",
    "read_case_file",
    "refresh_reach",
    "rules_dir",
]
