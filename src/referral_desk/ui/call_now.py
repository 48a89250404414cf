"""The call-now window: emergency and 24-hour numbers and bodies open now, large enough to read out.

Only numbers, names and whether a body answers now are shown: never an address, so a
confidential shelter address cannot appear here. A placeholder number (sample data) is
shown as the words saying so, small and grey, never as digits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from referral_desk.domain.call_now import CountryCalls, Group
from referral_desk.domain.codes import country_name
from referral_desk.domain.contact_rows import phone_row
from referral_desk.domain.entities import Detail
from referral_desk.domain.hours import Reach
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.region_names import region_name
from referral_desk.domain.vocab import PhoneType
from referral_desk.ui.detail_pane import BAD, GOOD, MUTED, RECORD_SCHEME, WARN, PaneContext
from referral_desk.ui.detail_pane import status_text as reach_status
from referral_desk.ui.plain_text import plain

if TYPE_CHECKING:
    from referral_desk.services.call_now import CallNowList
    from referral_desk.services.desk import Desk

CONTEXT = "CallNow"
REFRESH_MS = 60_000
NUMBER_PT = 22  # read aloud over a phone or across a desk
NAME_PT = 12
GROUP_TITLES = {
    Group.EMERGENCY: QT_TRANSLATE_NOOP("CallNow", "Emergency numbers and helplines"),
    Group.AROUND_THE_CLOCK: QT_TRANSLATE_NOOP("CallNow", "Around the clock"),
    Group.OPEN_NOW: QT_TRANSLATE_NOOP("CallNow", "Open now"),
}
translate = QCoreApplication.translate


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def numbers_html(detail: Detail, lang: str) -> str:
    """The body's numbers, large; a placeholder says so in small grey words, never digits."""
    out = []
    for phone in detail.phones:
        if phone.type == PhoneType.FAX:
            continue
        row = phone_row(phone, lang, _tr)
        said = [row.label] if phone.type != PhoneType.VOICE else []  # "Mobile", "Text"
        said += [row.note] if row.note else []
        note = (
            f' <span style="font-size:{NAME_PT}pt; color:{MUTED}">{escape(" – ".join(said))}</span>'
            if said
            else ""
        )
        if row.placeholder:
            out.append(
                f'<span style="font-size:{NAME_PT}pt; color:{MUTED}"><i>{escape(row.value)}</i>'
                f"</span>{note}"
            )
        else:
            out.append(
                f'<span style="font-size:{NUMBER_PT}pt; font-weight:bold">{escape(row.value)}'
                f"</span>{note}"
            )
    return "<br/>".join(out)


def body_html(detail: Detail, context: PaneContext) -> str:
    """One body: its numbers on the left, its name, organization and reach on the right."""
    lang = context.lang
    name = escape(detail.name.get(lang))
    link = f'<a href="{RECORD_SCHEME}:{escape(detail.id)}">{name}</a>'
    lines = [f'<span style="font-size:{NAME_PT}pt; font-weight:bold">{link}</span>']
    if detail.organization is not None and detail.organization.id != detail.id:
        lines.append(
            f'<span style="color:{MUTED}">{escape(detail.organization.name.get(lang))}</span>'
        )
    reach = detail.reach
    colour = GOOD if reach.reachable else (BAD if reach.reach is Reach.CLOSED else WARN)
    lines.append(f'<span style="color:{colour}">{escape(reach_status(reach, context))}</span>')
    return (
        f'<tr><td width="38%" style="padding:6px">{numbers_html(detail, lang)}</td>'
        f'<td style="padding:6px">{"<br/>".join(lines)}</td></tr>'
    )


def calls_html(calls: Sequence[CountryCalls], context: PaneContext, empty: str) -> str:
    """The whole list as HTML; every value from the directory is escaped."""
    parts: list[str] = []
    for country in calls:
        heading = f"{country_name(country.country, context.lang)} ({country.country})"
        parts.append(f'<h2 style="margin-top:14px">{escape(heading)}</h2>')
        if not country.groups:
            parts.append(f'<p style="color:{MUTED}">{escape(empty)}</p>')
        for group, details in country.groups:
            parts.append(
                f'<h3 style="margin-top:10px; margin-bottom:2px">'
                f"{escape(translate(CONTEXT, GROUP_TITLES[group]))}</h3>"
            )
            rows = "".join(body_html(detail, context) for detail in details)
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0" border="0.5" '
                f'style="border-color:#bbbbbb">{rows}</table>'
            )
    return "".join(parts)


class CallNowView(QWidget):
    """Its own window; the list is worked out again each minute while it is shown."""

    open_record = Signal(str)

    def __init__(
        self,
        desk: Desk,
        countries: Sequence[str],
        context: Callable[[], PaneContext],
        parent: QWidget | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.desk, self.countries, self.context = desk, tuple(countries), context
        self.shown: CallNowList | None = None
        # The post's region first; without one, the region chosen here last time.
        self.post_region = region or None
        saved = str(self._state().value("callnow/region", "") or "")
        self._region = self.post_region or saved or None
        self.region_label = QLabel(self)
        self.region = QComboBox(self)
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_label.setBuddy(self.region)
        self.updated = plain(QLabel(self))
        self.refresh_button = QPushButton(self)
        self.refresh_button.setAutoDefault(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.region_label)
        top.addWidget(self.region)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh_button.clicked.connect(self.refresh)
        self.region.activated.connect(self._region_chosen)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()
        self.browser.setPlainText(self.tr("Finding who answers now…"))
        QTimer.singleShot(0, self, self._first_refresh)  # the window is on screen first

    def _first_refresh(self) -> None:
        if self.shown is None:
            self.refresh()

    @staticmethod
    def _state() -> QSettings:
        from referral_desk.paths import user_config_dir

        return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Call now"))
        self.region_label.setText(self.tr("&Region:"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.browser.setAccessibleName(self.tr("Numbers to call now"))
        if self.shown is not None:  # the regions named in the new language too
            self._fill_regions(self.shown.regions)
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Work out again who answers now; the scroll position is kept."""
        from referral_desk.services.call_now import call_now

        context = self.context()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.shown = call_now(
                self.desk.directory, self.countries, self._region, context.now, context.lang
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._fill_regions(self.shown.regions)
        self._render()

    def _fill_regions(self, regions: Sequence[str]) -> None:
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("Whole country"), "")
        lang = self.context().lang
        named = sorted(
            ((region_name(None, r, lang), r) for r in regions), key=lambda n: n[0].casefold()
        )
        if self.post_region and self.post_region not in regions:
            named.insert(0, (region_name(None, self.post_region, lang), self.post_region))
        for text, region in named:
            self.region.addItem(text, region)
        self.region.setCurrentIndex(max(0, self.region.findData(self._region or "")))
        self.region.blockSignals(False)

    def _render(self) -> None:
        assert self.shown is not None
        context = self.context()
        bar = self.browser.verticalScrollBar().value()
        empty = self.tr("No number in the directory answers now.")
        self.browser.setHtml(calls_html(self.shown.countries, context, empty))
        self.browser.verticalScrollBar().setValue(bar)
        moment = self.shown.at.astimezone(ZoneInfo(context.post_timezone))  # post time
        self.updated.setText(self.tr("As of %1").replace("%1", f"{moment:%H:%M}"))

    def _region_chosen(self, _index: int) -> None:
        self._region = str(self.region.currentData() or "") or None
        state = self._state()
        state.setValue("callnow/region", self._region or "")
        state.sync()
        self.refresh()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == RECORD_SCHEME:
            self.open_record.emit(url.path())

    def text(self) -> str:
        """The list as plain text (what a screen reader or a test reads)."""
        return self.browser.toPlainText()

    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
