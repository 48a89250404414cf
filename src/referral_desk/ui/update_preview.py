"""The preview of a directory update: who sent it, what it changes, old → new; Apply or Cancel."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from referral_desk.exchange.update_preview import Body
    from referral_desk.services.updates import UpdatePreview

MAX_LISTED = 200  # bodies listed per kind of change; the counts always show all
OLD_STYLE = "color:#8b0000;text-decoration:line-through"
NEW_STYLE = "color:#004d00;background-color:#fff3b0;font-weight:bold"


class UpdatePreviewDialog(QDialog):
    """Shows a verified update's preview; ``ask`` returns whether the caseworker applies it."""

    def __init__(self, preview: UpdatePreview, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.lang = lang
        self.setWindowTitle(self.tr("Directory update"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html())
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply update"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, preview: UpdatePreview, lang: str) -> bool:
        """Show the preview; True when the caseworker chose Apply."""
        dialog = cls(preview, lang, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _label(self, body: Body) -> str:
        return escape(body.label(self.lang))

    def _kind(self, kind: str) -> str:
        return {
            "organization": self.tr("Organization"),
            "location": self.tr("Location"),
            "service": self.tr("Service"),
            "contact": self.tr("Contact"),
        }.get(kind, kind)

    def _field(self, field: str) -> str:
        return {
            "phones": self.tr("Phone numbers"),
            "hours": self.tr("Opening hours"),
            "address": self.tr("Address"),
        }.get(field, field)

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
                    date=manifest.created.strftime("%Y-%m-%d"),
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
        rows = "".join(
            f"<tr><td>{escape(self._kind(kind))}</td>"
            f"<td align='right'>{comparison.before[kind]}</td>"
            f"<td align='right'>{comparison.after[kind]}</td></tr>"
            for kind in ("organization", "location", "service", "contact")
        )
        now, after = escape(self.tr("Now")), escape(self.tr("After the update"))
        parts.append(
            f"<table cellpadding='3'><tr><th></th><th>{now}</th><th>{after}</th></tr>{rows}</table>"
        )
        parts.append(
            "<p>"
            + escape(
                self.tr("{added} added, {retired} retired, {changed} changed").format(
                    added=len(comparison.added),
                    retired=len(comparison.retired),
                    changed=len(comparison.changed),
                )
            )
            + "</p>"
        )
        if comparison.field_changes:
            parts.append(
                "<h3>" + escape(self.tr("Phone numbers, opening hours and addresses")) + "</h3>"
            )
            parts.append("<table cellpadding='3'>")
            for change in comparison.field_changes:
                old = "<br>".join(escape(line) for line in change.old) or "–"
                new = "<br>".join(escape(line) for line in change.new) or "–"
                parts.append(
                    f"<tr><td valign='top'><b>{self._label(change.body)}</b><br>"
                    f"{escape(self._field(change.field.value))}</td>"
                    f"<td valign='top'><span style='{OLD_STYLE}'>{old}</span></td>"
                    f"<td valign='top'>→</td>"
                    f"<td valign='top'><span style='{NEW_STYLE}'>{new}</span></td></tr>"
                )
            parts.append("</table>")
        for title, bodies in (
            (self.tr("Added"), comparison.added),
            (self.tr("Retired"), comparison.retired),
            (self.tr("Changed"), comparison.changed),
        ):
            if not bodies:
                continue
            parts.append(f"<h3>{escape(title)} ({len(bodies)})</h3><ul>")
            parts += [
                f"<li>{escape(self._kind(b.kind))}: {self._label(b)}</li>"
                for b in bodies[:MAX_LISTED]
            ]
            if len(bodies) > MAX_LISTED:
                more = self.tr("… and {count} more").format(count=len(bodies) - MAX_LISTED)
                parts.append(f"<li>{escape(more)}</li>")
            parts.append("</ul>")
        if comparison.unchanged:
            parts.append(
                "<p>" + escape(self.tr("The update changes nothing in the directory.")) + "</p>"
            )
        notes = preview.release_notes(self.lang)
        if notes:
            parts.append("<h3>" + escape(self.tr("Release notes")) + "</h3>")
            parts.append("<p>" + escape(notes).replace("\n", "<br>") + "</p>")
        return "\n".join(parts)
