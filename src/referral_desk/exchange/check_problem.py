"""A problem of the directory file's checks that the UI can show in its own language.

A ``CheckProblem`` is the English line the checks have always given (a ``str``, so
``db load``, the CLI and every list of problems stay as they are) that also keeps the
sentence it was made from: a template marked for translation (context
"DirectoryCheck"), the values put into it and the fields it names. The UI translates
the template, fills in the values and names the fields with its own field names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DirectoryCheck"


class CheckProblem(str):
    """``where: message`` (or just the message), the message made from ``template``."""

    where: str
    template: str
    values: Mapping[str, str]
    fields: Mapping[str, str]

    def __new__(
        cls,
        where: str,
        template: str,
        values: Mapping[str, object] | None = None,
        fields: Mapping[str, str] | None = None,
    ) -> CheckProblem:
        shown = {k: str(v) for k, v in (values or {}).items()}
        named = dict(fields or {})
        message = template.format(**shown, **named)
        made = super().__new__(cls, f"{where}: {message}" if where else message)
        made.where, made.template, made.values, made.fields = where, template, shown, named
        return made

    def message(self) -> str:
        """The English message without its place."""
        return self.template.format(**self.values, **self.fields)

    def at(self, where: str) -> CheckProblem:
        """The same problem placed at ``where`` (in front of any place it had)."""
        inner = f"{where}.{self.where}" if self.where else where
        return CheckProblem(inner, self.template, self.values, self.fields)

    def mapped(self, change: Callable[[str], str]) -> CheckProblem:
        """The problem with ``change`` applied to its place and values (not its template)."""
        values = {k: change(v) for k, v in self.values.items()}
        return CheckProblem(change(self.where), self.template, values, self.fields)


def placed(where: str, problem: str) -> str:
    """``where: problem``, still a CheckProblem when ``problem`` was one without a place."""
    if isinstance(problem, CheckProblem) and not problem.where:
        return CheckProblem(where, problem.template, problem.values, problem.fields)
    return f"{where}: {problem}"


# The checks' sentences, named so the checks and their tests share them.
MIN_ABOVE_MAX = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{minimum} is above the {maximum_age} {maximum}"
)
NOT_A_TIME_ZONE = QT_TRANSLATE_NOOP("DirectoryCheck", "{name} is not an IANA time zone")
SAME_MINUTE = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "opens and closes at the same minute ({time}); "
    "for a body open day and night set {around_the_clock} instead",
)
FROM_AFTER_TO = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{valid_from} {start} is after {valid_to} {end}"
)
OWN_PARENT = QT_TRANSLATE_NOOP("DirectoryCheck", "an organization cannot be its own parent")
PARENT_LOOP = QT_TRANSLATE_NOOP("DirectoryCheck", "the parent organizations form a loop: {chain}")
PHONE_DIALLABLE = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "{number} can be dialled; a placeholder must be a number "
    "that cannot (libphonenumber finds it valid)",
)
PHONE_NOT_PLACEHOLDER_LIKE = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "{number} does not look like a placeholder: write one with five zeros in a row",
)
REAL_SHORT_CODE = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{digits} is a real short code, not a placeholder"
)
NOT_A_REAL_DATE = QT_TRANSLATE_NOOP("DirectoryCheck", "{value} is not a real date")
NOT_EMPTY = QT_TRANSLATE_NOOP("DirectoryCheck", "must not be empty")
SAMPLE_REAL_NUMBER = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "{number} looks like a real number; sample data may only hold 112, 116 000, 116 111, 147 "
    'and numbers that cannot be dialled, marked "placeholder": true',
)
SAMPLE_UNMARKED_NUMBER = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "{number} is not marked as a placeholder; sample data may only hold 112, 116 000, 116 111, "
    '147 and numbers that cannot be dialled, marked "placeholder": true',
)
PHONE_INVALID = QT_TRANSLATE_NOOP("DirectoryCheck", "{number} is not a valid phone number")
EMAIL_INVALID = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "{email} is not a valid e-mail address ({reason})"
)
HOLDS_BIDI = QT_TRANSLATE_NOOP(
    "DirectoryCheck",
    "holds {character}, a bidi control that can show text in another order than it is stored",
)
HOLDS_INVISIBLE = QT_TRANSLATE_NOOP("DirectoryCheck", "holds {character}, an invisible character")
HOLDS_CONTROL = QT_TRANSLATE_NOOP("DirectoryCheck", "holds {character}, a control character")
HOLDS_LINE_BREAK = QT_TRANSLATE_NOOP(
    "DirectoryCheck", "holds {character}, a line break; this field holds one line"
)
MISSING = QT_TRANSLATE_NOOP("DirectoryCheck", "{name} is a required property")

# Texts of the schema's "pattern" titles: "{value} is not <title>".
NOT_IN_FORM = {
    "a web address (starting with http:// or https://)": QT_TRANSLATE_NOOP(
        "DirectoryCheck", "{value} is not a web address (starting with http:// or https://)"
    ),
    "an e-mail address": QT_TRANSLATE_NOOP("DirectoryCheck", "{value} is not an e-mail address"),
    "a phone number in international form (+43 …) or a short code": QT_TRANSLATE_NOOP(
        "DirectoryCheck",
        "{value} is not a phone number in international form (+43 …) or a short code",
    ),
    "a time zone (such as Europe/Vienna)": QT_TRANSLATE_NOOP(
        "DirectoryCheck", "{value} is not a time zone (such as Europe/Vienna)"
    ),
    "a time (HH:MM)": QT_TRANSLATE_NOOP("DirectoryCheck", "{value} is not a time (HH:MM)"),
    "a date (YYYY-MM-DD)": QT_TRANSLATE_NOOP(
        "DirectoryCheck", "{value} is not a date (YYYY-MM-DD)"
    ),
}
