"""Translated labels for the codes the referral log stores (case type, follow-up, counts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from referral_desk.domain.case import Assessment
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.services.pathway import ASSESSMENT_LABELS
from referral_desk.ui.wizard.terms import PURPOSES, URGENCIES

CONTEXT = "LogLabels"
CASE_TYPES = {
    "own_national_abroad": QT_TRANSLATE_NOOP("LogLabels", "own national abroad"),
    "foreign_national": QT_TRANSLATE_NOOP("LogLabels", "foreign national"),
    "asylum_seeker": QT_TRANSLATE_NOOP("LogLabels", "asylum seeker"),
    "national": QT_TRANSLATE_NOOP("LogLabels", "national in own country"),
    "unknown": QT_TRANSLATE_NOOP("LogLabels", "not known"),
}
FOLLOW_UP = {
    "referred": QT_TRANSLATE_NOOP("LogLabels", "referred"),
    "accepted": QT_TRANSLATE_NOOP("LogLabels", "accepted"),
    "declined": QT_TRANSLATE_NOOP("LogLabels", "declined"),
    "no_answer": QT_TRANSLATE_NOOP("LogLabels", "no answer"),
}
AGE_GROUPS = {
    "child": QT_TRANSLATE_NOOP("LogLabels", "child"),
    "adult": QT_TRANSLATE_NOOP("LogLabels", "adult"),
    "unknown": QT_TRANSLATE_NOOP("LogLabels", "not known"),
}
DIMENSIONS = {
    "month": QT_TRANSLATE_NOOP("LogLabels", "Month"),
    "case_type": QT_TRANSLATE_NOOP("LogLabels", "Case type"),
    "assessment": QT_TRANSLATE_NOOP("LogLabels", "Assessment"),
    "age_group": QT_TRANSLATE_NOOP("LogLabels", "Child or adult"),
    "purpose": QT_TRANSLATE_NOOP("LogLabels", "Purpose"),
    "urgent": QT_TRANSLATE_NOOP("LogLabels", "Urgent need"),
    "body": QT_TRANSLATE_NOOP("LogLabels", "Body"),
    "status": QT_TRANSLATE_NOOP("LogLabels", "Follow-up"),
    "body_status": QT_TRANSLATE_NOOP("LogLabels", "Body and follow-up"),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def case_type(code: str) -> str:
    return _translate(CONTEXT, CASE_TYPES[code]) if code in CASE_TYPES else code


def follow_up(code: str) -> str:
    return _translate(CONTEXT, FOLLOW_UP[code]) if code in FOLLOW_UP else code


def age_group(code: str) -> str:
    return _translate(CONTEXT, AGE_GROUPS[code]) if code in AGE_GROUPS else code


def assessment(code: str) -> str:
    try:
        return _translate("Pathway", ASSESSMENT_LABELS[Assessment(code)])
    except ValueError:
        return code


def dimension(code: str) -> str:
    return _translate(CONTEXT, DIMENSIONS[code]) if code in DIMENSIONS else code


def statistic_value(dimension_code: str, value: str) -> str:
    """A counted value in words: a case type, an assessment, a purpose and so on."""
    terms = {"purpose": PURPOSES, "urgent": URGENCIES}.get(dimension_code)
    if terms is not None:
        for term in terms:
            if term[0] == value:
                return _translate("Terms", term[1])
        return value
    labels = {
        "case_type": case_type,
        "assessment": assessment,
        "age_group": age_group,
        "status": follow_up,
    }.get(dimension_code)
    if labels is not None:
        return labels(value)
    if dimension_code == "body_status" and " | " in value:
        body, _, status = value.rpartition(" | ")
        return f"{body} | {follow_up(status)}"
    return value
