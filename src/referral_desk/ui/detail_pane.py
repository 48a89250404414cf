"""The detail pane: everything about one record, how to reach it now, and its related records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QMessageBox,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain import labels as vocabulary
from referral_desk.domain.contact_rows import ContactRow, contact_rows
from referral_desk.domain.entities import Detail, RecordRef
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.hours_text import spans_text
from referral_desk.domain.local_time import is_utc
from referral_desk.domain.post_time import local_spans, same_offset, spans_in_zone
from referral_desk.domain.region_names import region_name
from referral_desk.domain.staleness import is_stale
from referral_desk.domain.vocab import (
    Category,
    ContactWay,
    Kind,
    Population,
    ReferralMethod,
    VerifyHow,
)
from referral_desk.ui.flow_layout import FlowLayout
from referral_desk.ui.vocab_labels import code_label, label, language_name

CONTEXT = "DetailPane"
RECORD_SCHEME = "record"
REVEAL_URL = "reveal:address"
COPY_ADDRESS_URL = "copy:address"
GOOD, BAD, WARN, MUTED = "#1b6e20", "#9a3412", "#8a4b00", "#555555"


translate = QCoreApplication.translate


class Plurals(QObject):
    """Texts with a count in them: lupdate reads plural forms only from tr() in a class."""

    def older_than(self, months: int) -> str:
        return self.tr("Older than %n month(s) – check the details before you refer.", "", months)


@dataclass(frozen=True)
class PaneContext:
    """What the pane needs besides the record: language, the post's zone, the moment."""

    lang: str
    post_timezone: str
    staleness_months: int
    now: datetime


def status_text(reach: Reachability, context: PaneContext) -> str:
    """ "Reachable now (until 16:00 local time) · 15:00 post time", "Closed now – opens …"."""
    text = vocabulary.reach_text(reach, translate)
    post = context.post_timezone
    moment = {Reach.OPEN: reach.until, Reach.CLOSED: reach.next_open}.get(reach.reach)
    if moment is not None and not same_offset(reach.timezone, post, context.now):
        at_post = moment.astimezone(ZoneInfo(post))
        shown = vocabulary.moment_text(at_post, reach.reach is Reach.CLOSED, translate)
        if is_utc(post):  # the post never said where it is: UTC is no post's time
            said = translate("DetailPane", "{time} UTC")
        else:
            said = translate("DetailPane", "{time} post time")
        text += " · " + said.format(time=shown)
    return text


def _link(ref: RecordRef, lang: str) -> str:
    kind = label(ref.kind)
    return (
        f'<a href="{RECORD_SCHEME}:{escape(ref.id)}">{escape(ref.name.get(lang))}</a>'
        f' <span style="color:{MUTED}">({escape(kind)}, {escape(ref.country)})</span>'
    )


def _row(name: str, value_html: str) -> str:
    return (
        f'<tr><td style="padding-right:12px; color:{MUTED}; white-space:nowrap" valign="top">'
        f"{escape(name)}</td><td>{value_html}</td></tr>"
    )


def _table(rows: list[str]) -> str:
    return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>" if rows else ""


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _heading(text: str) -> str:
    return f'<h3 style="margin-top:14px; margin-bottom:4px">{escape(text)}</h3>'


def render_html(detail: Detail, context: PaneContext, reveal_address: bool) -> str:
    """The pane's HTML; every value from the directory is escaped."""
    lang = context.lang
    names = detail.name.all_names(lang)
    parts = [f'<h2 style="margin-bottom:2px">{escape(names[0])}</h2>']
    others = [*names[1:], *(n for n in detail.alternate_names if n not in names)]
    if detail.person:
        parts.append(f"<p><b>{escape(detail.person)}</b></p>")
    if others:
        parts.append(f'<p style="color:{MUTED}; margin-top:0">{escape(" · ".join(others))}</p>')
    kind_line = f"{escape(label(detail.kind))} · {escape(detail.country)}"
    if detail.department:
        kind_line += f" · {escape(detail.department)}"
    parts.append(f"<p>{kind_line}</p>")
    doubt = stale_warning(detail, context)
    reachable = detail.reach.reachable
    colour = GOOD if reachable else (BAD if detail.reach.reach is Reach.CLOSED else WARN)
    if doubt:  # the hours behind "reachable now" are as old as the numbers
        colour = WARN
    parts.append(
        f'<p style="font-size:large; font-weight:bold; color:{colour}">'
        f"{escape(status_text(detail.reach, context))}</p>"
    )
    if doubt:  # next to the status and the numbers it casts doubt on, not at the bottom
        parts.append(f'<p style="color:{BAD}"><b>⚠ {escape(doubt)}</b></p>')
        parts.append(_reach_section(detail, lang, reveal_address))
    if detail.description:
        parts.append(f"<p>{escape(detail.description.get(lang))}</p>")
    if not doubt:
        parts.append(_reach_section(detail, lang, reveal_address))
    parts.append(_hours_section(detail, context))
    parts.append(_serves_section(detail, lang))
    parts.append(_referral_section(detail, lang))
    parts.append(_related_section(detail, lang))
    parts.append(_verified_section(detail, context))
    return "".join(p for p in parts if p)


def _row_html(row: ContactRow) -> str:
    value = escape(row.value)
    if row.placeholder:  # no number to dial or copy: the words, muted
        value = f'<i style="color:{MUTED}">{value}</i>'
    elif row.way is ContactWay.PHONE:
        value = f"<b>{value}</b>"
    elif row.way is ContactWay.EMAIL:
        value = f'<a href="mailto:{value}">{value}</a>'
    elif row.way is ContactWay.WEB:
        value = f'<a href="{value}">{value}</a>'
    elif row.withheld:
        show = translate("DetailPane", "Show address")
        value = f'<i>{value}</i> <a href="{REVEAL_URL}">{escape(show)}</a>'
    elif row.confidential:
        marker = translate(vocabulary.CONTEXT, vocabulary.CONFIDENTIAL)
        copy = translate("DetailPane", "Copy confidential address")
        value = (
            f'<span style="color:{BAD}"><b>{escape(marker)}</b></span> {value}'
            f' <a href="{COPY_ADDRESS_URL}">{escape(copy)}</a>'
        )
    if row.note:
        separator = "–" if row.way is ContactWay.PHONE else ""
        value += f' <span style="color:{MUTED}">{separator} ({escape(row.note)})</span>'
    return _row(row.label, value)


def _reach_section(detail: Detail, lang: str, reveal_address: bool) -> str:
    rows = [
        _row_html(row)
        for row in contact_rows(detail, lang, translate, include_confidential=reveal_address)
        if row.way is not ContactWay.HOURS  # the hours have a section of their own
    ]
    if not rows:
        return _heading(translate("DetailPane", "How to reach")) + _para(
            translate("DetailPane", "No phone, e-mail or address recorded.")
        )
    return _heading(translate("DetailPane", "How to reach")) + _table(rows)


def _hours_section(detail: Detail, context: PaneContext) -> str:
    if detail.around_the_clock:
        return _heading(translate("DetailPane", "Opening hours")) + _para(
            translate(vocabulary.CONTEXT, vocabulary.AROUND_THE_CLOCK)
        )
    if not detail.hours or not detail.timezone:
        return _heading(translate("DetailPane", "Opening hours")) + _para(
            translate("DetailPane", "Not known")
        )
    zone, post = detail.timezone, context.post_timezone
    local = "<br>".join(escape(line) for line in spans_text(local_spans(detail.hours), translate))
    rows = [_row(translate("DetailPane", "Local time ({zone})").format(zone=zone), local)]
    if same_offset(zone, post, context.now):
        rows.append(
            _row(
                translate("DetailPane", "Post time ({zone})").format(zone=post),
                escape(translate("DetailPane", "the same")),
            )
        )
    else:
        shifted = spans_in_zone(detail.hours, zone, post, context.now)
        rows.append(
            _row(
                translate("DetailPane", "Post time ({zone})").format(zone=post),
                "<br>".join(escape(s) for s in spans_text(shifted, translate)),
            )
        )
    return _heading(translate("DetailPane", "Opening hours")) + _table(rows)


def _serves_section(detail: Detail, lang: str) -> str:
    rows = []
    if detail.populations:
        rows.append(
            _row(
                translate("DetailPane", "Serves"),
                escape(", ".join(code_label(Population, p) for p in detail.populations)),
            )
        )
    if detail.eligibility:
        rows.append(
            _row(translate("DetailPane", "Eligibility"), escape(detail.eligibility.get(lang)))
        )
    if detail.serves_nationals_of:
        rows.append(
            _row(
                translate("DetailPane", "Nationals of"),
                escape(", ".join(detail.serves_nationals_of)),
            )
        )
    if detail.languages:
        rows.append(
            _row(
                translate("DetailPane", "Languages"),
                escape(", ".join(language_name(code) for code in detail.languages)),
            )
        )
    if detail.categories:
        rows.append(
            _row(
                translate("DetailPane", "Categories"),
                escape(", ".join(code_label(Category, c) for c in detail.categories)),
            )
        )
    if detail.service_areas:
        areas = [
            f"{country} – {region_name(country, region, lang)}" if region else country
            for country, region in detail.service_areas
        ]
        rows.append(_row(translate("DetailPane", "Area served"), escape(", ".join(areas))))
    return _heading(translate("DetailPane", "Who it serves")) + _table(rows) if rows else ""


def _referral_section(detail: Detail, lang: str) -> str:
    rows = []
    if detail.referral_methods:
        methods = ", ".join(code_label(ReferralMethod, m) for m in detail.referral_methods)
        rows.append(_row(translate("DetailPane", "Refer"), escape(methods)))
    if detail.referral_notes:
        rows.append(
            _row(translate("DetailPane", "What to do"), escape(detail.referral_notes.get(lang)))
        )
    if detail.liaison or detail.counterpart or detail.counterpart_country:
        if detail.counterpart_country:
            rows.append(
                _row(translate("DetailPane", "Liaison with"), escape(detail.counterpart_country))
            )
        if detail.counterpart:
            rows.append(
                _row(
                    translate("DetailPane", "Counterpart across the border"),
                    _link(detail.counterpart, lang),
                )
            )
    return _heading(translate("DetailPane", "How to refer")) + _table(rows) if rows else ""


def _related_section(detail: Detail, lang: str) -> str:
    rows = []
    if detail.organization:
        name = (
            translate("DetailPane", "Part of")
            if detail.kind is Kind.ORGANIZATION
            else translate("DetailPane", "Organization")
        )
        rows.append(_row(name, _link(detail.organization, lang)))
    if detail.service:
        rows.append(_row(translate("DetailPane", "Service"), _link(detail.service, lang)))
    groups = (
        (translate("DetailPane", "Sub-organizations"), detail.children),
        (translate("DetailPane", "Services"), detail.services),
        (translate("DetailPane", "Contacts"), detail.contacts),
    )
    for name, refs in groups:
        if refs:
            rows.append(_row(name, "<br>".join(_link(ref, lang) for ref in refs)))
    return _heading(translate("DetailPane", "Related records")) + _table(rows) if rows else ""


def _verified_section(detail: Detail, context: PaneContext) -> str:
    verification = detail.verification
    if verification.at is None:
        text = escape(translate("DetailPane", "Never verified – check before use."))
        return f'<p style="color:{BAD}; margin-top:14px"><b>{text}</b></p>'
    line = translate("DetailPane", "Last verified {date}").format(date=verification.at.isoformat())
    if verification.by:
        line += " " + translate("DetailPane", "by {who}").format(who=verification.by)
    if verification.how:  # checked in the app: how, in the UI language, and the note
        line += f" ({code_label(VerifyHow, verification.how)})"
    elif verification.source:
        line += f" ({verification.source})"
    if verification.note:
        line += f" – {verification.note}"
    return f'<p style="color:{MUTED}; margin-top:14px">{escape(line)}</p>'


def stale_warning(detail: Detail, context: PaneContext) -> str:
    """ "Older than 12 months – check …" for a record checked too long ago; else empty.

    A record never verified says so at the bottom, as before ("Never verified").
    """
    verified = detail.verification.at
    if verified is None or not is_stale(verified, context.now.date(), context.staleness_months):
        return ""
    return Plurals().older_than(context.staleness_months)


class DetailPane(QWidget):
    """Shows one record; its links open related records in the same window."""

    open_record = Signal(str)
    address_revealed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: Detail | None = None
        self._context: PaneContext | None = None
        self._reveal = False
        self.copy_address_action = QAction(self)
        self.copy_address_action.triggered.connect(self.copy_confidential_address)
        self.toolbar = QWidget(self)  # buttons wrap onto a second line, never into a menu
        self.toolbar_layout = FlowLayout(self.toolbar)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.anchorClicked.connect(self._follow)
        # The buttons, the text and the note scroll together when the pane is too short for
        # them (200 % on 1366×768): a button is never cut off and the text keeps its height.
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.browser, 1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from button to text as before
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def add_buttons(self, actions: Sequence[QAction]) -> list[QWidget]:
        """Buttons over the text that wrap when narrow (at 200 % too); each button takes Tab.

        The pane's own "copy confidential address" comes last, shown only with the address.
        """
        made: list[QWidget] = []
        for action in [*actions, self.copy_address_action]:
            button = QToolButton(self.toolbar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setVisible(action.isVisible())
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
            self.toolbar_layout.add_widget(button)
            made.append(button)
        return made

    def add_below(self, widget: QWidget) -> None:
        """A widget under the text (the caseworker's own note on the record)."""
        layout = self.body.layout()
        assert layout is not None
        layout.addWidget(widget)

    @property
    def detail(self) -> Detail | None:
        return self._detail

    @property
    def address_shown(self) -> bool:
        return self._reveal

    def has_hidden_address(self) -> bool:
        return (
            bool(self._detail)
            and not self._reveal
            and any(
                loc.confidential and loc.address
                for loc in self._detail.locations  # type: ignore[union-attr]
            )
        )

    def show_detail(self, detail: Detail | None, context: PaneContext) -> None:
        """Show a record (a new record hides any confidential address again)."""
        if detail is None or self._detail is None or detail.id != self._detail.id:
            self._reveal = False
        self._detail = detail
        self._context = context
        self._render()

    def set_context(self, context: PaneContext) -> None:
        self._context = context
        self._render()

    def has_shown_address(self) -> bool:
        """Whether a confidential address is on screen (after "Show address")."""
        return (
            self._detail is not None
            and self._reveal
            and any(loc.confidential and loc.address for loc in self._detail.locations)
        )

    def reveal_address(self) -> None:
        if self.has_hidden_address():
            self._reveal = True
            self._render()
            self.address_revealed.emit()

    def copy_confidential_address(self) -> bool:
        """Put the shown confidential address on the clipboard, marked, once the caseworker agrees.

        "Copy details" never carries it; this is the one deliberate way to copy it.
        """
        if self._detail is None or self._context is None or not self.has_shown_address():
            return False
        answer = QMessageBox.question(
            self,
            translate("DetailPane", "Copy confidential address"),
            translate(
                "DetailPane",
                "This address is kept secret to protect the people staying there. Copy it only "
                "to pass it to someone who must have it, and never store it with the case. "
                "Copy it, marked CONFIDENTIAL?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from referral_desk.sheets.plain import confidential_address_text

        text = confidential_address_text(self._detail, self._context.lang, translate)
        QGuiApplication.clipboard().setText(text)
        return True

    def text(self) -> str:
        return self.browser.toPlainText()

    def _render(self) -> None:
        shown = self.has_shown_address()
        self.copy_address_action.setVisible(shown)
        self.copy_address_action.setEnabled(shown)
        scroll = self.browser.verticalScrollBar().value()
        if self._detail is None or self._context is None:
            empty = translate("DetailPane", "Select a result to see its details.")
            self.browser.setHtml(f'<p style="color:{MUTED}">{escape(empty)}</p>')
        else:
            self.browser.setHtml(render_html(self._detail, self._context, self._reveal))
            self.browser.setAccessibleDescription(self._detail.name.get(self._context.lang))
        self.browser.verticalScrollBar().setValue(scroll)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == RECORD_SCHEME:
            self.open_record.emit(url.path())
        elif url.toString() == REVEAL_URL:
            self.reveal_address()
        elif url.toString() == COPY_ADDRESS_URL:
            self.copy_confidential_address()
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def retranslate(self) -> None:
        self.browser.setAccessibleName(translate("DetailPane", "Details of the selected record"))
        self.copy_address_action.setText(translate("DetailPane", "Copy confidential address…"))
        self.copy_address_action.setStatusTip(
            translate(
                "DetailPane", "Copy the confidential address, marked as such, after a warning"
            )
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
