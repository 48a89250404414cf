"""The preview of an import: what the file holds, what it changes, what cannot be kept."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from referral_desk.domain.codes import country_name
from referral_desk.ui.change_preview import ChangePreviewDialog
from referral_desk.ui.update_preview import comparison_html

if TYPE_CHECKING:
    from referral_desk.services.exchange import ImportPreview

MAX_REPORTED = 300  # report lines shown; the count always shows all
KINDS = ("organization", "location", "service", "contact")


class ImportPreviewDialog(ChangePreviewDialog):
    """Shows a checked import's preview; ``ask`` returns whether the caseworker applies it."""

    def __init__(self, preview: ImportPreview, lang: str, parent: QWidget | None = None) -> None:
        self.preview = preview
        self.lang = lang
        super().__init__(parent, can_apply=not preview.comparison.unchanged)
        self.setWindowTitle(self.tr("Import into the directory"))
        self.apply_button.setText(self.tr("&Apply import"))

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview, lang: str) -> bool:
        return cls(preview, lang, parent).applied()

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
            "<p>"
            + escape(
                self.tr(
                    "The records of {countries} are replaced by the file's; "
                    "the other countries stay as they are."
                ).format(countries=", ".join(country_name(c, self.lang) for c in preview.countries))
            )
            + "</p>",
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
