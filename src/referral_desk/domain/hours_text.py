"""Opening hours as text, ``Mon–Fri 08:00–16:00; Sat 09:00–12:00``, in the reader's language."""

from __future__ import annotations

from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "Hours"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Hours", "Mon"),
    QT_TRANSLATE_NOOP("Hours", "Tue"),
    QT_TRANSLATE_NOOP("Hours", "Wed"),
    QT_TRANSLATE_NOOP("Hours", "Thu"),
    QT_TRANSLATE_NOOP("Hours", "Fri"),
    QT_TRANSLATE_NOOP("Hours", "Sat"),
    QT_TRANSLATE_NOOP("Hours", "Sun"),
)


def weekday_name(day: int, tr: Translate = untranslated) -> str:
    """The short name of a day (0 = Monday), translated by ``tr``."""
    return tr(CONTEXT, WEEKDAYS[day])


def hours_text(hours: tuple[WeeklyHours, ...], tr: Translate = untranslated) -> str:
    """``Mon–Fri 08:00–16:00; Sat 09:00–12:00``, the day names translated by ``tr``."""
    parts = []
    for row in hours:
        runs: list[list[int]] = []
        for day in sorted(row.days):
            if runs and day == runs[-1][-1] + 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        names = []
        for run in runs:
            first, last = weekday_name(run[0], tr), weekday_name(run[-1], tr)
            if len(run) == 1:
                names.append(first)
            elif len(run) == 2:
                names.append(f"{first}, {last}")
            else:
                names.append(f"{first}–{last}")
        parts.append(f"{', '.join(names)} {row.opens:%H:%M}–{row.closes:%H:%M}")
    return "; ".join(parts)
