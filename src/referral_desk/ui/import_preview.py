"""The preview of an import: what the file holds, what it changes, what cannot be kept.

A check box switches between the two ways of importing and checks the file again:
replace every record of the file's countries (the default), or keep the records
the file does not hold and only add and update. It starts ticked when the file
holds fewer than half the organizations its countries have in the directory.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from referral_desk.domain.codes import country_name
from referral_desk.ui.change_preview import ChangePreviewDialog
from referral_desk.ui.update_preview import comparison_html
from referral_desk.ui.wrapping_check_box import WrappingCheckBox

if TYPE_CHECKING:
    from referral_desk.services.exchange import ImportPreview

MAX_REPORTED = 300  # report lines shown; the count always shows all
KINDS = ("organization", "location", "service", "contact")


# Checks the file again, keeping the others or not; None when it was refused (and said so).
Recheck = Callable[[bool], "ImportPreview | None"]


class ImportPreviewDialog(ChangePreviewDialog):
    """Shows a checked import's preview; ``ask`` returns the preview the caseworker applies.

    With ``recheck`` it offers the box "Keep the records this file does not hold", which
    reads the file again in that mode and shows the new preview; a file holding fewer
    than half the organizations of its countries starts in that mode, and says why.
    """

    def __init__(
        self,
        preview: ImportPreview,
        lang: str,
        parent: QWidget | None = None,
        recheck: Recheck | None = None,
    ) -> None:
        self.lang = lang
        self.recheck = recheck
        self.kept_by_default = False
        if recheck is not None and preview.partial and not preview.keep_others:
            kept = recheck(True)
            if kept is not None:
                preview, self.kept_by_default = kept, True
        self.preview = preview
        super().__init__(parent, can_apply=not preview.comparison.unchanged)
        self.setWindowTitle(self.tr("Import into the directory"))
        self.apply_button.setText(self.tr("&Apply import"))
        self.keep_box = WrappingCheckBox(
            self.tr("&Keep the records this file does not hold (add and update only)"), self
        )
        self.keep_box.setChecked(preview.keep_others)
        self.keep_box.setVisible(recheck is not None)
        self.keep_box.toggled.connect(self._keep_toggled)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.keep_box)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        preview: ImportPreview,
        lang: str,
        recheck: Recheck | None = None,
    ) -> ImportPreview | None:
        """The preview to apply (in the mode last chosen), or None when cancelled."""
        dialog = cls(preview, lang, parent, recheck)
        return dialog.preview if dialog.applied() else None

    def _keep_toggled(self, keep: bool) -> None:
        """Check the file again in the mode chosen and show that preview."""
        if self.recheck is None or keep == self.preview.keep_others:
            return
        checked = self.recheck(keep)
        if checked is None:  # refused in that mode: stay with the preview shown
            self.keep_box.blockSignals(True)
            self.keep_box.setChecked(self.preview.keep_others)
            self.keep_box.blockSignals(False)
            return
        self.preview = checked
        self.browser.setHtml(self.html())
        self.apply_button.setEnabled(not checked.comparison.unchanged)

    def _mode(self) -> str:
        """How the file goes in; for a file holding few records, how many and why."""
        preview = self.preview
        countries = ", ".join(country_name(c, self.lang) for c in preview.countries)
        if preview.keep_others:
            text = self.tr(
                "The file's organizations are added, or replace those with the same id; "
                "every other record stays as it is."
            )
        else:
            text = self.tr(
                "The records of {countries} are replaced by the file's; "
                "the other countries stay as they are."
            ).format(countries=countries)
        if preview.partial:
            text += " " + self.tr(
                "The file holds {held} organizations; the directory already has {count} "
                "in {countries}."
            ).format(
                held=preview.read["organization"],
                count=preview.comparison.before["organization"],
                countries=countries,
            )
            if self.kept_by_default and preview.keep_others:
                text += " " + self.tr(
                    "As that is fewer than half, the records it does not hold are kept; "
                    "untick the box below to replace them all."
                )
        return text

    def html(self) -> str:
        preview = self.preview
        read = preview.read
        parts = [
            "<h2>" + escape(self.tr("Import from {file}").format(file=preview.path.name)) + "</h2>",
            "<p>"
            + escape(
                self.tr(
                    "Read: {organizations} organizations, {locations} locations, "
                    "{services} services, {contacts} contacts."
                ).format(
                    organizations=read["organization"],
                    locations=read["location"],
                    services=read["service"],
                    contacts=read["contact"],
                )
            )
            + "</p>",
            "<p>" + escape(self._mode()) + "</p>",
        ]
        if preview.confidential_addresses:
            parts.append(
                "<p><b>"
                + escape(self.tr("The file holds the addresses of confidential places."))
                + "</b></p>"
            )
        parts.append(
            comparison_html(
                preview.comparison,
                self.lang,
                after=self.tr("After the import"),
                unchanged=self.tr("The import changes nothing in the directory."),
            )
        )
        report = preview.report
        if report:
            parts.append(
                "<h3>"
                + escape(
                    self.tr("What the directory cannot hold, or filled in ({count})").format(
                        count=len(report)
                    )
                )
                + "</h3><ul>"
            )
            parts += [
                f"<li>{escape(item.message(QCoreApplication.translate, self.lang))}</li>"
                for item in report[:MAX_REPORTED]
            ]
            if len(report) > MAX_REPORTED:
                more = self.tr("… and {count} more").format(count=len(report) - MAX_REPORTED)
                parts.append(f"<li>{escape(more)}</li>")
            parts.append("</ul>")
        return "\n".join(parts)
