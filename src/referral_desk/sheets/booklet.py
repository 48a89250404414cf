"""The paper directory for a country, region, category or favourites; and one contact card."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from referral_desk.domain import codes, labels
from referral_desk.domain.booklet import BookletSelection
from referral_desk.domain.call_now import is_emergency
from referral_desk.domain.contact_rows import contact_rows, way_rows
from referral_desk.domain.entities import Detail, DirectoryInfo
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.local_time import stamp
from referral_desk.domain.text import bg_to_latin
from referral_desk.domain.vocab import Category, Kind, PhoneType
from referral_desk.sheets.contact_html import rows_html
from referral_desk.sheets.pdf import (
    DIRECTORY_OF,
    PAGE_OF,
    SAMPLE_MARK,
    Bilingual,
    Footer,
    PageSetup,
    Paper,
    bilingual,
    esc,
    fill,
    new_document,
    paint_document,
    pdf_printer,
)
from referral_desk.sheets.referral_sheet import CSS as SHEET_CSS
from referral_desk.sheets.referral_sheet import LABELS as SHEET_LABELS

C = "Booklet"
CSS = (
    SHEET_CSS
    + """
h1 { font-size: 22pt; margin: 40pt 0 6pt 0; }
h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; color: #333333; }
.number { font-size: 12pt; font-weight: bold; }
.letter { font-size: 11pt; font-weight: bold; color: #1a3d6d; }
.index { font-size: 8pt; }
"""
)
LABELS = {
    "title": QT_TRANSLATE_NOOP("Booklet", "Paper directory"),
    "card": QT_TRANSLATE_NOOP("Booklet", "Contact card"),
    "selection": QT_TRANSLATE_NOOP("Booklet", "Selection"),
    "everything": QT_TRANSLATE_NOOP("Booklet", "The whole directory"),
    "country": QT_TRANSLATE_NOOP("Booklet", "Country"),
    "region": QT_TRANSLATE_NOOP("Booklet", "Region"),
    "category": QT_TRANSLATE_NOOP("Booklet", "Category"),
    "favourites": QT_TRANSLATE_NOOP("Booklet", "Favourites"),
    "directory": QT_TRANSLATE_NOOP("Booklet", "Directory"),
    "version": QT_TRANSLATE_NOOP("Booklet", "Version"),
    "published": QT_TRANSLATE_NOOP("Booklet", "Published"),
    "publisher": QT_TRANSLATE_NOOP("Booklet", "Publisher"),
    "printed": QT_TRANSLATE_NOOP("Booklet", "Printed"),
    "bodies": QT_TRANSLATE_NOOP("Booklet", "Bodies listed"),
    "care": QT_TRANSLATE_NOOP(
        "Booklet",
        "Addresses of shelters and other confidential places are left out. Check a number in the "
        "app or with the national coordinator before you rely on it: this paper ages.",
    ),
    "emergency": QT_TRANSLATE_NOOP("Booklet", "Emergency and 24-hour numbers"),
    "index": QT_TRANSLATE_NOOP("Booklet", "Index"),
    "index_note": QT_TRANSLATE_NOOP(
        "Booklet",
        "Every body is listed under its Latin and its Cyrillic name, with the page it is on.",
    ),
    "liaison": QT_TRANSLATE_NOOP("Booklet", "Liaison and other contacts"),
    "other": QT_TRANSLATE_NOOP("Booklet", "Organizations"),
    "also": QT_TRANSLATE_NOOP("Booklet", "Also"),
    "eligibility": QT_TRANSLATE_NOOP("Booklet", "Who for"),
    "how_to_refer": QT_TRANSLATE_NOOP("Booklet", "How to refer"),
    "nothing": QT_TRANSLATE_NOOP("Booklet", "No body matches this selection."),
}
CATEGORY_ORDER = {c.value: i for i, c in enumerate(Category)}
SPACER = '<p style="font-size: 5pt">&nbsp;</p>'  # Qt drops a heading's top margin after a table
LIAISON_GROUP = "~liaison"  # sorts after the categories
OTHER_GROUP = "~other"


@dataclass(frozen=True)
class BookletData:
    """The bodies of a booklet, grouped, plus what its title page says. Plain data, no Qt."""

    info: DirectoryInfo
    selection: BookletSelection
    emergency: tuple[Detail, ...]
    groups: tuple[tuple[str, str, tuple[Detail, ...]], ...]  # (category or group, country, bodies)
    printed_at: datetime
    lang: str = "en"
    second_lang: str | None = None
    paper: Paper = Paper.A4
    post_timezone: str = "UTC"  # IANA zone: "Printed" is the post's wall-clock time


@dataclass
class _Anchors:
    next_id: int = 0
    names: dict[str, list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )  # anchor -> index names

    def add(self, names: Iterable[str]) -> str:
        self.next_id += 1
        anchor = f"e{self.next_id}"
        self.names[anchor] = list(names)
        return anchor


def primary_category(detail: Detail) -> str:
    if not detail.categories:
        return LIAISON_GROUP if detail.kind is Kind.CONTACT else OTHER_GROUP
    return min(detail.categories, key=lambda c: CATEGORY_ORDER.get(c, 99))


def booklet_data(
    details: Iterable[Detail],
    info: DirectoryInfo,
    selection: BookletSelection,
    lang: str = "en",
    now: datetime | None = None,
    second_lang: str | None = None,
    paper: Paper = Paper.A4,
    post_timezone: str = "UTC",
) -> BookletData:
    """The booklet of these bodies (as the caller read them for ``selection``), grouped."""
    now = now or datetime.now(UTC)
    details = list(details)
    grouped: dict[tuple[str, str], list[Detail]] = defaultdict(list)
    for detail in details:
        grouped[(primary_category(detail), detail.country)].append(detail)
    order = sorted(
        grouped,
        key=lambda key: (CATEGORY_ORDER.get(key[0], 98 if key[0] == LIAISON_GROUP else 99), key[1]),
    )
    groups = tuple(
        (
            category,
            country,
            tuple(sorted(grouped[(category, country)], key=lambda d: _sort_name(d, lang))),
        )
        for category, country in order
    )
    emergency = tuple(
        sorted(
            (d for d in details if is_emergency(d)),
            key=lambda d: (0 if "emergency" in d.categories else 1, d.country, _sort_name(d, lang)),
        )
    )
    return BookletData(
        info, selection, emergency, groups, now, lang, second_lang, paper, post_timezone
    )


def _sort_name(detail: Detail, lang: str) -> str:
    return detail.name.get(lang).casefold()


def country_name(code: str, lang: str, second_lang: str | None = None) -> str:
    """ "Österreich (AT)", or "Österreich / Австрия (AT)" with a second language."""
    names = dict.fromkeys(
        codes.country_name(code, one) for one in (lang, second_lang) if one is not None
    )
    names.pop(code, None)  # CLDR has no name for it
    return f"{' / '.join(names)} ({code})" if names else code


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def index_names(detail: Detail) -> list[str]:
    """Every name the index lists a body under: Latin, Cyrillic, and the Latin of the Cyrillic."""
    names = [*detail.name.all_names("en"), *detail.alternate_names]
    if detail.organization is not None and detail.kind is not Kind.ORGANIZATION:
        names += detail.organization.name.all_names("en")
    out: list[str] = []
    for name in names:
        out.append(name)
        if _has_cyrillic(name):
            out.append(f"{bg_to_latin(name)} ({name})")
    return list(dict.fromkeys(n.strip() for n in out if n.strip()))


class _Booklet:
    def __init__(self, data: BookletData) -> None:
        self.data = data
        self.tr: Bilingual = bilingual(data.lang, data.second_lang)
        self.anchors = _Anchors()
        self.parts: list[str] = []

    def label(self, key: str) -> str:
        return self.tr.html(C, LABELS[key])

    def category(self, code: str) -> str:
        if code == LIAISON_GROUP:
            return self.label("liaison")
        if code == OTHER_GROUP:
            return self.label("other")
        try:
            return self.tr.html(labels.CONTEXT, labels.label(Category(code)))
        except ValueError:
            return esc(code)

    def country(self, code: str) -> str:
        return country_name(code, self.data.lang, self.data.second_lang)

    def title_page(self) -> None:
        data, info = self.data, self.data.info
        selection = data.selection
        chosen = []
        if selection.country:
            chosen.append((self.label("country"), esc(self.country(selection.country))))
        if selection.region:
            chosen.append((self.label("region"), esc(selection.region)))
        if selection.category:
            chosen.append((self.label("category"), self.category(selection.category)))
        if selection.favourites is not None:
            chosen.append((self.label("favourites"), esc(len(selection.favourites))))
        if not chosen:
            chosen.append((self.label("selection"), self.label("everything")))
        count = sum(len(bodies) for _c, _k, bodies in data.groups)
        rows = [
            *chosen,
            (self.label("directory"), esc(info.name.get(data.lang))),
            (self.label("version"), f"<b>{esc(info.version)}</b>"),
            (self.label("published"), f"<b>{esc(info.published.isoformat())}</b>"),
            (self.label("publisher"), esc(info.publisher)),
            (self.label("printed"), esc(stamp(data.printed_at, data.post_timezone))),
            (self.label("bodies"), esc(count)),
        ]
        self.parts.append(f"<h1>{self.label('title')}</h1>")
        if info.sample:
            self.parts.append(
                '<p class="sample" style="font-size: 14pt">'
                f"{self.tr.html('Sheet', SAMPLE_MARK)}</p>"
            )
        table = "".join(
            f'<tr><td width="30%" class="muted">{k}</td><td>{v}</td></tr>' for k, v in rows
        )
        self.parts.append(
            f'<p> </p><table width="100%" cellpadding="3" cellspacing="0">{table}</table>'
        )
        self.parts.append(f'<p> </p><p class="small">{self.label("care")}</p>')

    def emergency(self) -> None:
        if not self.data.emergency:
            return
        self.parts.append(f'<h2 style="page-break-before: always">{self.label("emergency")}</h2>')
        rows = []
        lang = self.data.lang
        for detail in self.data.emergency:
            numbers = "<br/>".join(
                esc(row.value)
                for row in way_rows(detail, lang, self.tr.first)
                if row.phone is not None and row.phone.type != PhoneType.FAX
            )
            org = detail.organization.name.get(lang) if detail.organization else ""
            always = ""
            if detail.around_the_clock:
                words = self.tr.html(labels.CONTEXT, labels.AROUND_THE_CLOCK)
                always = f'<br/><span class="ok">{words}</span>'
            rows.append(
                f'<tr><td width="28%" class="number">{numbers}</td>'
                f"<td><b>{esc(detail.name.get(lang))}</b><br/>"
                f'<span class="muted">{esc(org)}</span>{always}</td>'
                f'<td width="12%">{esc(detail.country)}</td></tr>'
            )
        table = (
            '<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            'style="border-color: #bbbbbb">'
        )
        self.parts.append("".join(f"{table}{row}</table>" for row in rows))  # see keep_rows_whole

    def groups(self) -> None:
        if not self.data.groups:
            self.parts.append(f'<p style="page-break-before: always">{self.label("nothing")}</p>')
            return
        previous = None
        for category, country, bodies in self.data.groups:
            if category != previous:
                if previous is None:
                    self.parts.append(
                        f'<h2 style="page-break-before: always">{self.category(category)}</h2>'
                    )
                else:
                    self.parts.append(f"{SPACER}<h2>{self.category(category)}</h2>")
                previous = category
            self.parts.append(f"<h3>{esc(self.country(country))}</h3>")
            cells = []
            for detail in bodies:
                anchor = self.anchors.add(index_names(detail))
                cells.append(
                    entry_html(detail, self.tr, self.data.lang, self.data.second_lang, anchor)
                )
            self.parts.append(  # a table a row: see keep_rows_whole
                "".join(
                    '<table width="100%" cellspacing="0" cellpadding="0">'
                    f'<tr><td width="50%">{cells[i]}</td>'
                    f'<td width="50%">{cells[i + 1] if i + 1 < len(cells) else ""}'
                    "</td></tr></table>"
                    for i in range(0, len(cells), 2)
                )
            )

    def main_html(self) -> str:
        self.title_page()
        self.emergency()
        self.groups()
        return "<html><body>" + "".join(self.parts) + "</body></html>"


def entry_html(
    detail: Detail, tr: Bilingual, lang: str, second_lang: str | None, anchor: str | None = None
) -> str:
    """One body: its names, organization, every contact way, public address, hours. All escaped."""

    def label(key: str) -> str:
        return esc(tr.first(C, LABELS[key]))

    names = [detail.name.get(lang)]
    if second_lang and detail.name.by_lang.get(second_lang):
        names.append(detail.name.by_lang[second_lang])
    if detail.name.own:
        names.append(detail.name.own)
    names = list(dict.fromkeys(n for n in names if n))
    title = f"<b>{esc(names[0])}</b>"
    if anchor:  # on a space after the name, so that the name itself stays one run of text
        title = f'{title}<a name="{anchor}">&nbsp;</a>'
    lines = [title] + [f'<span class="alt">{esc(n)}</span>' for n in names[1:]]
    if detail.organization is not None and detail.kind is not Kind.ORGANIZATION:
        org = detail.organization.name
        own = f" · {org.own}" if org.own and org.own != org.get(lang) else ""
        lines.append(f'<span class="muted">{esc(org.get(lang) + own)}</span>')
    if detail.person or detail.department:
        lines.append(esc(" · ".join(p for p in (detail.person, detail.department) if p)))
    lines += rows_html(contact_rows(detail, lang, tr.first))  # contact labels: first language
    if detail.languages:
        languages = esc(tr.first("Sheet", SHEET_LABELS["languages"]))
        lines.append(f'<span class="muted">{languages}:</span> {esc(", ".join(detail.languages))}')
    eligibility = detail.eligibility.get(lang) if detail.eligibility else ""
    if eligibility:
        lines.append(f'<span class="muted">{label("eligibility")}:</span> {esc(eligibility)}')
    notes = detail.referral_notes.get(lang) if detail.referral_notes else ""
    if notes:
        lines.append(f'<span class="muted">{label("how_to_refer")}:</span> {esc(notes)}')
    if len(detail.categories) > 1:
        others = [labels.code_label(Category, c, tr.first) for c in detail.categories]
        lines.append(f'<span class="small">{label("also")}: {esc(", ".join(others))}</span>')
    style = "margin-top: 5pt; margin-bottom: 3pt; margin-right: 8pt"
    return f'<p style="{style}">{"<br/>".join(lines)}</p>'


def keep_rows_whole(document: QTextDocument) -> None:
    """Start each table that would straddle a page break on the next page, with the
    headings right before it.

    Each entry row of the booklet is a table of its own: Qt breaks a table row across
    pages, but a table with a page break before it moves whole. Each table is measured on
    a layout made afresh from it on, as printing lays it out.
    """
    layout = document.documentLayout()
    page_height = document.pageSize().height()

    def page(y: float) -> int:
        return int(y // page_height)

    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    _lay_out_again(document, 0)
    for table in tables:
        rect = layout.frameBoundingRect(table)
        top, bottom = rect.top() + 1, rect.bottom()  # +1: a page's top may round below it
        headings = _headings_before(document, table.firstPosition())
        heading_top = layout.blockBoundingRect(headings[-1]).top() + 1 if headings else top
        if bottom - heading_top >= page_height or page(heading_top) == page(bottom - 1):
            continue
        if headings:  # a heading goes with its first entry
            cursor = QTextCursor(headings[-1])
            block_format = headings[-1].blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
        else:
            format_ = table.format()
            format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(format_)
        _lay_out_again(document, headings[-1].position() if headings else table.firstPosition())
    _lay_out_again(document, 0)  # what is printed: a layout patched in places may overlap


def _headings_before(document: QTextDocument, position: int) -> list[QTextBlock]:
    """The headings right before ``position``, nearest first."""
    found = []
    block = document.findBlock(position).previous()
    while block.isValid() and block.blockFormat().headingLevel() > 0:
        found.append(block)
        block = block.previous()
    return found


def _lay_out_again(document: QTextDocument, position: int) -> None:
    """Lay the document out afresh from ``position`` (the table of the row moved) to its end."""
    document.markContentsDirty(position, document.characterCount() - position)
    document.documentLayout().documentSize()


def _anchor_pages(document: QTextDocument) -> dict[str, int]:
    """The 1-based page each named anchor landed on after pagination."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    pages: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                for name in fragment.charFormat().anchorNames():
                    if name not in pages:
                        top = layout.blockBoundingRect(block).top()
                        pages[name] = int(top // page_height) + 1
            iterator += 1
        block = block.next()
    return pages


def _sort_key(name: str) -> tuple[int, str]:
    """Latin names first (umlauts with their base letter), then Cyrillic."""
    base = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return (1 if _has_cyrillic(name[:1]) else 0, base.casefold())


def index_html(anchors: _Anchors, pages: dict[str, int], tr: Bilingual) -> str:
    entries: dict[str, set[int]] = defaultdict(set)
    for anchor, names in anchors.names.items():
        page = pages.get(anchor)
        if page is None:
            continue
        for name in names:
            entries[name].add(page)
    parts = [
        f"<h2>{tr.html(C, LABELS['index'])}</h2>",
        f'<p class="small">{tr.html(C, LABELS["index_note"])}</p>',
    ]
    letter = ""
    rows: list[str] = []
    for name in sorted(entries, key=_sort_key):
        first = _sort_key(name)[1][:1].upper()
        if first != letter:
            letter = first
            rows.append(f'<p class="letter" style="margin-top: 5pt">{esc(letter)}</p>')
        numbers = ", ".join(str(p) for p in sorted(entries[name]))
        rows.append(f'<p class="index">{esc(name)} … {numbers}</p>')
    return "".join(parts + rows)


def build_booklet_document(data: BookletData) -> QTextDocument:
    """Title page, emergency numbers, bodies by category and country, then the paged index."""
    writer = _Booklet(data)
    document = new_document(PageSetup(paper=data.paper), CSS)
    document.setHtml(writer.main_html())
    keep_rows_whole(document)
    pages = _anchor_pages(document)
    if writer.anchors.names:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        start = cursor.position()
        cursor.insertHtml(index_html(writer.anchors, pages, writer.tr))
        cursor.setPosition(start)
        page_break = QTextBlockFormat()
        page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(page_break)
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, data.info.name.get(data.lang)
    )
    return document


def booklet_footer(info: DirectoryInfo, lang: str, second_lang: str | None) -> Footer:
    labels = bilingual(lang, second_lang)
    return Footer(
        left=fill(labels.first("Sheet", DIRECTORY_OF), info.version, info.published.isoformat()),
        right_template=labels.both("Sheet", PAGE_OF),
        sample_mark=labels.both("Sheet", SAMPLE_MARK) if info.sample else None,
    )


def print_booklet(data: BookletData, device: QPagedPaintDevice) -> int:
    document = build_booklet_document(data)
    return paint_document(document, device, booklet_footer(data.info, data.lang, data.second_lang))


def write_booklet_pdf(data: BookletData, path: Path) -> int:
    printer = pdf_printer(path, PageSetup(paper=data.paper), data.info.name.get(data.lang))
    return print_booklet(data, printer)


def build_card_document(
    detail: Detail,
    info: DirectoryInfo,
    lang: str = "en",
    second_lang: str | None = None,
    paper: Paper = Paper.A4,
) -> QTextDocument:
    tr = bilingual(lang, second_lang)
    country = country_name(detail.country, lang, second_lang)
    head = f'<p class="small">{tr.html(C, LABELS["card"])} · {esc(country)}</p>'
    if info.sample:
        head += f'<p class="sample">{tr.html("Sheet", SAMPLE_MARK)}</p>'
    body = entry_html(detail, tr, lang, second_lang)
    html = (
        '<table width="62%" cellspacing="0" cellpadding="8" border="1" '
        'style="border-color: #888888">'
        f"<tr><td>{head}{body}</td></tr></table>"
    )
    document = new_document(PageSetup(paper=paper), CSS)
    document.setHtml(f"<html><body>{html}</body></html>")
    return document


def print_contact_card(
    detail: Detail,
    info: DirectoryInfo,
    device: QPagedPaintDevice,
    lang: str = "en",
    second_lang: str | None = None,
    paper: Paper = Paper.A4,
) -> int:
    document = build_card_document(detail, info, lang, second_lang, paper)
    return paint_document(document, device, booklet_footer(info, lang, second_lang))


def write_card_pdf(
    detail: Detail,
    info: DirectoryInfo,
    path: Path,
    lang: str = "en",
    second_lang: str | None = None,
    paper: Paper = Paper.A4,
) -> int:
    printer = pdf_printer(path, PageSetup(paper=paper), detail.name.get(lang))
    return print_contact_card(detail, info, printer, lang, second_lang, paper)
