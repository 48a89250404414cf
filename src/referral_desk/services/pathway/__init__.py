"""Referral pathway use cases: load the rules, read a case, resolve roles to bodies."""

from referral_desk.exchange.case_file import (
    CaseFileError,
    case_from_json,
    case_schema_path,
    case_to_json,
    read_case_file,
)
from referral_desk.services.pathway.resolve import find_bodies, make_pathway, refresh_reach
from referral_desk.services.pathway.rules_files import RulesLoad, known_roles, load_rules, rules_dir
from referral_desk.services.pathway.service import Pathways

__all__ = [
    "CaseFileError",
    "Pathways",
    "RulesLoad",
    "case_from_json",
    "case_schema_path",
    "case_to_json",
    "find_bodies",
    "known_roles",
    "load_rules",
    "make_pathway",
    "read_case_file",
    "refresh_reach",
    "rules_dir",
]
