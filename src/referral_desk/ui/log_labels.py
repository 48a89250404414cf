"""The referral log's stored codes and counts in the reader's language, from the one vocabulary."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.case import AgeGroup, Assessment, Purpose, Urgency
from referral_desk.domain.referral import Statistics, StatRow
from referral_desk.domain.vocab import CaseType, Consent, Dimension, FollowUp

translate = QCoreApplication.translate

# what the values counted under each dimension are; months and body names are shown as they are
COUNTED: dict[str, type[StrEnum]] = {
    Dimension.CASE_TYPE: CaseType,
    Dimension.ASSESSMENT: Assessment,
    Dimension.AGE_GROUP: AgeGroup,
    Dimension.PURPOSE: Purpose,
    Dimension.URGENT: Urgency,
    Dimension.STATUS: FollowUp,
}


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
    """A counted value in words: a case type, an assessment, a purpose, a body's follow-up.

    With ``stats`` a body is named in ``lang`` where the log kept that name.
    """
    if row.body is not None and row.status is not None:
        body = stats.body_name(row.body, lang) if stats is not None else row.body
        return f"{body} | {vocabulary.label(row.status, translate)}"
    if row.dimension == Dimension.BODY and stats is not None:
        return stats.body_name(row.value, lang)
    counted = COUNTED.get(row.dimension)
    return row.value if counted is None else vocabulary.code_label(counted, row.value, translate)
