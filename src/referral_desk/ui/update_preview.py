"""The preview of a directory update: who sent it, what it changes, old → new; Apply or Cancel."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from referral_desk.domain.local_time import in_zone
from referral_desk.ui.change_preview import ChangePreviewDialog

if TYPE_CHECKING:
    from referral_desk.exchange.update_preview import Body, Comparison
    from referral_desk.services.updates import UpdatePreview

MAX_LISTED = 200  # bodies listed per kind of change; the counts always show all
OLD_STYLE = "color:#8b0000;text-decoration:line-through"
NEW_STYLE = "color:#004d00;background-color:#fff3b0;font-weight:bold"


class UpdatePreviewDialog(ChangePreviewDialog):
    """Shows a verified update's preview; ``ask`` returns whether the caseworker applies it."""

    def __init__(
        self,
        preview: UpdatePreview,
        lang: str,
        parent: QWidget | None = None,
        zone: str = "UTC",  # the post's: the day the update was written, on its clock
    ) -> None:
        self.preview = preview
        self.lang = lang
        self.zone = zone
        super().__init__(parent)
        self.setWindowTitle(self.tr("Directory update"))
        self.apply_button.setText(self.tr("&Apply update"))

    @classmethod
    def ask(
        cls, parent: QWidget | None, preview: UpdatePreview, lang: str, zone: str = "UTC"
    ) -> bool:
        """Show the preview; True when the caseworker chose Apply."""
        return cls(preview, lang, parent, zone).applied()

    def html(self) -> str:
        """The preview as HTML; every text from the update is escaped."""
        preview = self.preview
        manifest = preview.update.manifest
        comparison = preview.comparison
        key = preview.publisher
        parts = [
            "<h2>"
            + escape(
                self.tr("Update {number} from {publisher}").format(
                    number=manifest.sequence, publisher=key.name(self.lang)
                )
            )
            + "</h2>",
            "<p>"
            + escape(
                self.tr("For {countries}, written on {date}. Signed with key {key}.").format(
                    countries=", ".join(manifest.countries),
                    date=f"{in_zone(manifest.created, self.zone):%Y-%m-%d}",
                    key=key.key_id,
                )
            )
            + "</p>",
        ]
        if key.sample:
            parts.append(
                "<p><b>" + escape(self.tr("Sample data: not for operational use.")) + "</b></p>"
            )
        if preview.update.skipped:
            parts.append(
                "<p>"
                + escape(
                    self.tr("{count} earlier update(s) from this publisher never arrived here.")
                ).format(count=preview.update.skipped)
                + "</p>"
            )
        parts.append(
            comparison_html(
                comparison,
                self.lang,
                after=self.tr("After the update"),
                unchanged=self.tr("The update changes nothing in the directory."),
            )
        )
        notes = preview.release_notes(self.lang)
        if notes:
            parts.append("<h3>" + escape(self.tr("Release notes")) + "</h3>")
            parts.append("<p>" + escape(notes).replace("\n", "<br>") + "</p>")
        return "\n".join(parts)


def _kind(kind: str) -> str:
    return {
        "organization": QCoreApplication.translate("UpdatePreviewDialog", "Organization"),
        "location": QCoreApplication.translate("UpdatePreviewDialog", "Location"),
        "service": QCoreApplication.translate("UpdatePreviewDialog", "Service"),
        "contact": QCoreApplication.translate("UpdatePreviewDialog", "Contact"),
    }.get(kind, kind)


def _field(field: str) -> str:
    return {
        "phones": QCoreApplication.translate("UpdatePreviewDialog", "Phone numbers"),
        "hours": QCoreApplication.translate("UpdatePreviewDialog", "Opening hours"),
        "address": QCoreApplication.translate("UpdatePreviewDialog", "Address"),
    }.get(field, field)


def comparison_html(comparison: Comparison, lang: str, *, after: str, unchanged: str) -> str:
    """What a change of the directory does, as HTML: counts before and ``after``, the bodies
    added, retired and changed, and old → new for phones, hours and addresses. Shared by
    the previews of updates and of imports; every text from the data is escaped."""

    def label(body: Body) -> str:
        return escape(body.label(lang))

    parts: list[str] = []
    rows = "".join(
        f"<tr><td>{escape(_kind(kind))}</td>"
        f"<td align='right'>{comparison.before[kind]}</td>"
        f"<td align='right'>{comparison.after[kind]}</td></tr>"
        for kind in ("organization", "location", "service", "contact")
    )
    now = escape(QCoreApplication.translate("UpdatePreviewDialog", "Now"))
    after = escape(after)
    parts.append(
        f"<table cellpadding='3'><tr><th></th><th>{now}</th><th>{after}</th></tr>{rows}</table>"
    )
    parts.append(
        "<p>"
        + escape(
            QCoreApplication.translate(
                "UpdatePreviewDialog", "{added} added, {retired} retired, {changed} changed"
            ).format(
                added=len(comparison.added),
                retired=len(comparison.retired),
                changed=len(comparison.changed),
            )
        )
        + "</p>"
    )
    if comparison.field_changes:
        parts.append(
            "<h3>"
            + escape(
                QCoreApplication.translate(
                    "UpdatePreviewDialog", "Phone numbers, opening hours and addresses"
                )
            )
            + "</h3>"
        )
        parts.append("<table cellpadding='3'>")
        for change in comparison.field_changes:
            old = "<br>".join(escape(line) for line in change.old) or "–"
            new = "<br>".join(escape(line) for line in change.new) or "–"
            parts.append(
                f"<tr><td valign='top'><b>{label(change.body)}</b><br>"
                f"{escape(_field(change.field.value))}</td>"
                f"<td valign='top'><span style='{OLD_STYLE}'>{old}</span></td>"
                f"<td valign='top'>→</td>"
                f"<td valign='top'><span style='{NEW_STYLE}'>{new}</span></td></tr>"
            )
        parts.append("</table>")
    for title, bodies in (
        (QCoreApplication.translate("UpdatePreviewDialog", "Added"), comparison.added),
        (QCoreApplication.translate("UpdatePreviewDialog", "Retired"), comparison.retired),
        (QCoreApplication.translate("UpdatePreviewDialog", "Changed"), comparison.changed),
    ):
        if not bodies:
            continue
        parts.append(f"<h3>{escape(title)} ({len(bodies)})</h3><ul>")
        parts += [f"<li>{escape(_kind(b.kind))}: {label(b)}</li>" for b in bodies[:MAX_LISTED]]
        if len(bodies) > MAX_LISTED:
            more = QCoreApplication.translate("UpdatePreviewDialog", "… and {count} more").format(
                count=len(bodies) - MAX_LISTED
            )
            parts.append(f"<li>{escape(more)}</li>")
        parts.append("</ul>")
    if comparison.unchanged:
        parts.append("<p>" + escape(unchanged) + "</p>")
    return "\n".join(parts)
