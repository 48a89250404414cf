"""Opening hours in words: ``Mon–Fri 08:00–16:00; Sat, Sun 09:00–12:00``, day names translated."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from referral_desk.domain.hours import WeeklyHours
from referral_desk.domain.i18n import Translate, untranslated
from referral_desk.domain.labels import ALL_DAY, CONTEXT, day_name
from referral_desk.domain.post_time import DaySpan, day_ranges, local_spans


def days_text(days: Sequence[int], tr: Translate = untranslated) -> str:
    """``Mon–Fri``, ``Sat, Sun`` or ``Mon, Wed``: runs of three or more days joined by a dash."""
    parts = []
    for first, last in day_ranges(days):
        if first == last:
            parts.append(day_name(first, tr))
        elif last == first + 1:
            parts.append(f"{day_name(first, tr)}, {day_name(last, tr)}")
        else:
            parts.append(f"{day_name(first, tr)}–{day_name(last, tr)}")
    return ", ".join(parts)


def spans_text(spans: Iterable[DaySpan], tr: Translate = untranslated) -> list[str]:
    """One line per span: ``Mon–Fri 08:00–16:00`` or ``Sat all day``."""
    lines = []
    for span in spans:
        if span.opens == span.closes:
            lines.append(f"{days_text(span.days, tr)} {tr(CONTEXT, ALL_DAY)}")
        else:
            lines.append(f"{days_text(span.days, tr)} {span.opens:%H:%M}–{span.closes:%H:%M}")
    return lines


def hours_text(hours: Sequence[WeeklyHours], tr: Translate = untranslated) -> str:
    """The weekly hours as written, in the body's own time zone, on one line."""
    return "; ".join(spans_text(local_spans(hours), tr))
