"""What the main window says about a search and the directory: why nothing was found, its age."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from referral_desk.domain.months import whole_months_between


class SearchFeedback(QObject):
    """Texts for an empty result, a search with no close match, and the directory's age."""

    def empty_text(self, typed: str, filtered: bool) -> str:
        """Why the results table is empty, and what to try."""
        if typed and filtered:
            return self.tr(
                "Nothing found for “{text}” with the filters set.\n\nClear the filters, "
                "or try fewer or shorter words, another spelling, a city or a phone number."
            ).format(text=typed)
        if typed:
            return self.tr(
                "Nothing found for “{text}”.\n\nTry fewer or shorter words, another spelling, "
                "a city, a word such as “shelter” or “police”, or a phone number."
            ).format(text=typed)
        if filtered:
            return self.tr("No record matches the filters set.\n\nClear a filter to see more.")
        return self.tr("The directory has no records.")

    def loose_count(self, count: int) -> str:
        """The count of a search found only inside words or with a typo."""
        return self.tr("No close match – %n similar spelling(s) shown", "", count)

    def directory_age(self, published: date, today: date, stale_months: int) -> tuple[str, str]:
        """("published 2026-11-01, 3 months ago", a warning if older than ``stale_months``)."""
        months = whole_months_between(published, today)
        if months == 0:  # "0 months ago" says little: the days then
            days = max((today - published).days, 0)
            age = self.tr("published {date}, %n day(s) ago", "", days).format(
                date=published.isoformat()
            )
        else:
            age = self.tr("published {date}, %n month(s) ago", "", months).format(
                date=published.isoformat()
            )
        if months < stale_months:
            return age, ""
        return age, self.tr(
            "The directory is older than the age you set for stale records: "
            "ask for an update and check numbers before you refer."
        )
