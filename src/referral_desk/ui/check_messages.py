"""The directory checks' problems in the UI language (context "DirectoryCheck"), English
for the problems the checks give no template for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from referral_desk.exchange.check_problem import CONTEXT
from referral_desk.exchange.record_check import FieldProblem
from referral_desk.ui.field_names import field_name


def problem_message(problem: FieldProblem) -> str:
    """The problem's message translated, the fields it names with the form's field names."""
    if not problem.template:
        return problem.message
    template = QCoreApplication.translate(CONTEXT, problem.template)
    named = {key: field_name(file_key) for key, file_key in problem.fields.items()}
    try:
        return template.format(**problem.values, **named)
    except (KeyError, IndexError, ValueError):  # a translation that names a value wrongly
        return problem.message


def problem_line(problem: FieldProblem) -> str:
    """``field: message`` as ``str(problem)`` gives it, the message translated."""
    message = problem_message(problem)
    return f"{problem.field}: {message}" if problem.field else message
