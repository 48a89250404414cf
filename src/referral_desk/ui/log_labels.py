"""The referral log's stored codes and counts in the reader's language, from the one vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.case import AgeGroup, Assessment
from referral_desk.domain.referral import Statistics, StatRow
from referral_desk.domain.vocab import CaseType, Consent, Dimension, FollowUp

translate = QCoreApplication.translate


def case_type(code: str) -> str:
    return vocabulary.code_label(CaseType, code, translate)


def follow_up(code: str) -> str:
    return vocabulary.code_label(FollowUp, code, translate)


def consent(code: str) -> str:
    return vocabulary.code_label(Consent, code, translate)


def role(code: str) -> str:
    return vocabulary.role_label(code, translate)


def age_group(code: str) -> str:
    return vocabulary.code_label(AgeGroup, code, translate)


def assessment(code: str) -> str:
    return vocabulary.code_label(Assessment, code, translate)


def dimension(code: str) -> str:
    return vocabulary.code_label(Dimension, code, translate)


def statistic_value(row: StatRow, stats: Statistics | None = None, lang: str = "en") -> str:
    """A counted value in words in the UI language; with ``stats`` a body named in ``lang``."""
    return vocabulary.statistic_value(row, translate, stats, lang)
