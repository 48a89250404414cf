"""The referral sheet: pathway and header -> escaped HTML -> QTextDocument -> PDF or printer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from referral_desk.domain import labels
from referral_desk.domain.case import AgeGroup, Body, Pathway, Step, Text
from referral_desk.domain.codes import language_name
from referral_desk.domain.contact_rows import contact_rows, way_rows
from referral_desk.domain.entities import Detail, Texts
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.local_time import stamp
from referral_desk.domain.now_steps import now_steps
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.rules.model import SELF_ROLE
from referral_desk.domain.vocab import ContactWay, Dimension
from referral_desk.sheets import pathway_text
from referral_desk.sheets.consent_texts import consent_languages, consent_text, is_right_to_left
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

C = "Sheet"
PLACES = (ContactWay.ADDRESS, ContactWay.HOURS)  # from the directory record, beside the body's
SPACER = '<p style="font-size: 5pt">&nbsp;</p>'  # Qt drops a heading's top margin after a table
CSS = """
body { color: #111111; }
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 12pt; margin-bottom: 4pt; color: #1a3d6d; }
h3 { font-size: 9.5pt; margin-top: 6pt; margin-bottom: 1pt; }
p { margin-top: 0; margin-bottom: 1pt; }
.second { color: #555555; font-weight: normal; }
.alt { color: #444444; font-style: italic; }
.small { font-size: 7.5pt; color: #444444; }
.muted { color: #555555; }
.sample { color: #b00020; font-weight: bold; }
.ok { color: #1b6e20; font-weight: bold; }
.no { color: #b00020; font-weight: bold; }
td { vertical-align: top; }
th { text-align: left; background-color: #e8eef6; }
"""

LABELS = {
    "title": QT_TRANSLATE_NOOP("Sheet", "Referral sheet"),
    "post": QT_TRANSLATE_NOOP("Sheet", "Post"),
    "post_details": QT_TRANSLATE_NOOP("Sheet", "Post address and phone"),
    "caseworker": QT_TRANSLATE_NOOP("Sheet", "Caseworker"),
    "printed": QT_TRANSLATE_NOOP("Sheet", "Printed"),
    "reference": QT_TRANSLATE_NOOP("Sheet", "Case reference"),
    "directory": QT_TRANSLATE_NOOP("Sheet", "Directory"),
    "assessment": QT_TRANSLATE_NOOP("Sheet", "Assessment"),
    "reasons": QT_TRANSLATE_NOOP("Sheet", "Reasons"),
    "urgent": QT_TRANSLATE_NOOP("Sheet", "Urgent needs"),
    "none_noted": QT_TRANSLATE_NOOP("Sheet", "None noted"),
    "person": QT_TRANSLATE_NOOP("Sheet", "The person (filled in for printing only, never stored)"),
    "pathway": QT_TRANSLATE_NOOP("Sheet", "Referral pathway"),
    "step": QT_TRANSLATE_NOOP("Sheet", "Step"),
    "why": QT_TRANSLATE_NOOP("Sheet", "Why"),
    "no_body": QT_TRANSLATE_NOOP(
        "Sheet", "No body for this role in the directory: find one by other means."
    ),
    "languages": QT_TRANSLATE_NOOP("Sheet", "Languages"),
    "at_printing": QT_TRANSLATE_NOOP("Sheet", "At time of printing"),
    "warnings": QT_TRANSLATE_NOOP("Sheet", "Warnings"),
    "consent": QT_TRANSLATE_NOOP("Sheet", "Informed consent"),
    "rights": QT_TRANSLATE_NOOP("Sheet", "The person's rights"),
    "untranslated": QT_TRANSLATE_NOOP(
        "Sheet",
        "No translation into %1: have the consent statement and the rights read to the person "
        "by an interpreter.",
    ),
    "sign_person": QT_TRANSLATE_NOOP("Sheet", "Signature of the person"),
    "sign_caseworker": QT_TRANSLATE_NOOP("Sheet", "Signature of the caseworker"),
    "sign_interpreter": QT_TRANSLATE_NOOP("Sheet", "Interpreter (if any)"),
    "date": QT_TRANSLATE_NOOP("Sheet", "Date"),
    "reprint": QT_TRANSLATE_NOOP("Sheet", "%1, reprinted; first printed %2"),
    "notes": QT_TRANSLATE_NOOP("Sheet", "Notes"),
    "now": QT_TRANSLATE_NOOP("Sheet", "Now"),
    "no_one_now": QT_TRANSLATE_NOOP("Sheet", "No one on this step answers now."),
}
NOTE_LINES = (5, 3, 0)  # ruled lines for notes, fewer (or none) when they would need a page
PERSON_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Sheet", "Name")),
    ("birth_date", QT_TRANSLATE_NOOP("Sheet", "Date of birth")),
    ("nationality", QT_TRANSLATE_NOOP("Sheet", "Nationality")),
    ("language", QT_TRANSLATE_NOOP("Sheet", "Language spoken")),
    ("document", QT_TRANSLATE_NOOP("Sheet", "Identity document")),
    ("contact", QT_TRANSLATE_NOOP("Sheet", "How to reach the person")),
)


@dataclass(frozen=True)
class SheetData:
    """Everything a sheet shows. ``person`` holds print-only fields that are never stored."""

    pathway: Pathway
    header: ReferralHeader
    paper: Paper = Paper.A4
    lang: str = "en"
    second_lang: str | None = None
    person: Mapping[str, str] = field(default_factory=dict)
    notes: str = ""
    details: Mapping[str, Detail] = field(
        default_factory=dict
    )  # record id -> detail: hours, addresses
    reprint_of: datetime | None = None
    post_timezone: str = "UTC"  # IANA zone: times are printed on the post's wall clock
    post_details: str = ""  # the post's address and phone, from the settings


class _Writer:
    """Builds the sheet's HTML; every value passes through ``esc``."""

    def __init__(self, data: SheetData) -> None:
        self.data = data
        self.tr: Bilingual = bilingual(data.lang, data.second_lang)
        self.first = self.tr.first
        self.parts: list[str] = []

    def label(self, key: str) -> str:
        return self.tr.html(C, LABELS[key])

    def short(self, key: str) -> str:
        """A contact-way label in the first language only: a box of numbers stays readable."""
        return esc(self.first(C, LABELS[key]))

    def term(self, value: StrEnum) -> str:
        """A value of the vocabulary, in both languages."""
        return self.tr.html(labels.CONTEXT, labels.label(value))

    def text(self, text: Text | Texts, css: str = "", prefix: str = "") -> str:
        """Directory or rule text in the sheet's language, and the second one if it has it."""
        lang, second = self.data.lang, self.data.second_lang
        one = text.get(lang)
        opening = f'<p class="{css}">' if css else "<p>"
        out = f"{opening}{prefix}{esc(one)}</p>"
        by_lang = text.by_lang
        if second and by_lang.get(second) and by_lang[second] != one:
            # the same size as the first language (a small "Why" stays small), in italics
            out += f'<p class="{css or "alt"}"><i>{esc(by_lang[second])}</i></p>'
        return out

    def add(self, html: str) -> None:
        self.parts.append(html)

    # -- sections

    def heading(self) -> None:
        header = self.data.header
        self.add(f"<h1>{self.label('title')}</h1>")
        if header.sample:
            self.add(f'<p class="sample">{self.tr.html(C, SAMPLE_MARK)}</p>')
        zone = self.data.post_timezone
        printed = stamp(header.created_at, zone)
        if self.data.reprint_of is not None:
            reprinted = stamp(self.data.reprint_of, zone)
            printed = fill(self.first(C, LABELS["reprint"]), reprinted, printed)
        published = header.directory_published.isoformat() if header.directory_published else "–"
        rows = [
            ("reference", f"<b>{esc(header.reference)}</b>"),
            ("post", esc(header.post)),
        ]
        if self.data.post_details.strip():
            rows.append(("post_details", esc(self.data.post_details.strip())))
        rows += [
            ("caseworker", esc(header.caseworker)),
            ("printed", esc(printed)),
            ("directory", esc(f"{header.directory_version} ({published})")),
        ]
        self.add(self.table(rows))
        person = [(label, self.data.person.get(key, "").strip()) for key, label in PERSON_FIELDS]
        extra = [
            (k, v.strip())
            for k, v in self.data.person.items()
            if k not in dict(PERSON_FIELDS) and v.strip()
        ]
        if any(v for _, v in person) or extra:
            self.add(f"{SPACER}<h2>{self.label('person')}</h2>")
            cells = [(self.tr.html(C, label), esc(value)) for label, value in person if value]
            cells += [(esc(k), esc(v)) for k, v in extra]
            self.add(self.raw_table(cells))

    def table(self, rows: list[tuple[str, str]]) -> str:
        return self.raw_table([(self.label(key), value) for key, value in rows])

    @staticmethod
    def raw_table(rows: list[tuple[str, str]]) -> str:
        body = "".join(
            f'<tr><td width="36%" class="muted">{label}</td><td>{value}</td></tr>'
            for label, value in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="2">{body}</table>'

    def assessment(self) -> None:
        pathway = self.data.pathway
        self.add(f"{SPACER}<h2>{self.label('assessment')}</h2>")
        if not pathway.is_child:
            age = self.term(AgeGroup.ADULT)
        elif pathway.case.age_uncertain:
            age = self.tr.html(labels.CONTEXT, labels.PRESUMED_CHILD)
        else:
            age = self.term(AgeGroup.CHILD)
        urgent = ", ".join(self.term(u) for u in sorted(pathway.case.urgent)) or self.label(
            "none_noted"
        )
        self.add(
            self.raw_table(
                [
                    (self.label("assessment"), f"<b>{self.term(pathway.assessment)}</b>"),
                    (self.term(Dimension.AGE_GROUP), f"<b>{age}</b>"),
                    (self.label("urgent"), urgent),
                ]
            )
        )
        if pathway.reasons:
            self.add(f"<h3>{self.label('reasons')}</h3><ul>")
            for reason in pathway.reasons:
                self.add(f"<li>{self.text(reason.text)}</li>")
            self.add("</ul>")

    def now(self) -> None:
        """Page one: the steps to take at once, each with who answers now and a number."""
        steps = now_steps(self.data.pathway)
        if not steps:
            return
        self.add(f"{SPACER}<h2>{self.label('now')}</h2>")
        rows = []
        for now in steps:
            who = []
            for body in now.reachable:
                numbers = [
                    r.value
                    for r in way_rows(body, self.data.lang, self.first)
                    if r.way is ContactWay.PHONE and not r.placeholder
                ]
                name = esc(body.ref.name.get(self.data.lang))
                who.append(f"{name} <b>{esc(numbers[0])}</b>" if numbers else name)
            if now.step.bodies and not who:
                who.append(f'<span class="no">{self.label("no_one_now")}</span>')
            action = self.text(now.step.action, prefix=f"<b>{now.number}.</b> ")
            rows.append(f"<tr><td>{action}{'<br/>'.join(who)}</td></tr>")
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="4" '
            f'style="background-color: #fff4e0">{"".join(rows)}</table>'
        )

    def steps(self) -> None:
        self.add(f"{SPACER}<h2>{self.label('pathway')}</h2>")
        for number, step in enumerate(self.data.pathway.steps, start=1):
            self.step(number, step)

    def step(self, number: int, step: Step) -> None:
        phase = self.term(step.phase)
        timing = self.term(step.timing)
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="3" style="margin-top: 6pt">'
            f"<tr><th>{self.label('step')} {number} · {phase} · {esc(step.country)} · "
            f"{timing}</th></tr>"
            "</table>"
        )
        self.add(self.text(step.action))
        self.add(self.text(step.why, "small", prefix=f"<b>{self.label('why')}:</b> "))
        if not step.bodies and step.role != SELF_ROLE:  # the caseworker's own step needs no body
            role = esc(labels.role_label(step.role, self.first))
            self.add(f'<p class="no">{self.label("no_body")} ({role})</p>')
        if f"region_needed:{step.rule_id}" in self.data.pathway.notes:
            needed = self.tr.html(pathway_text.CONTEXT, pathway_text.REGION_NEEDED)
            self.add(f'<p class="no">{needed}</p>')
        for body in step.bodies:
            self.body(body)

    def body(self, body: Body) -> None:
        """One body in a light box: who it is on the left, how to reach it on the right."""
        lang, second = self.data.lang, self.data.second_lang
        names = [body.ref.name.get(lang)]
        if second and body.ref.name.by_lang.get(second):
            names.append(body.ref.name.by_lang[second])
        if body.ref.name.own:
            names.append(body.ref.name.own)
        names = list(dict.fromkeys(n for n in names if n))
        who = [f"<b>{esc(names[0])}</b>"] + [
            f'<span class="alt">{esc(n)}</span>' for n in names[1:]
        ]
        if body.organization is not None and body.organization.id != body.ref.id:
            who.append(f'<span class="muted">{esc(body.organization.name.get(lang))}</span>')
        if body.languages:
            who.append(
                f'<span class="muted">{self.short("languages")}:</span> '
                f"{esc(', '.join(body.languages))}"
            )
        # a box of numbers stays readable: contact labels in the first language only
        detail = self.data.details.get(body.ref.id)
        rows = way_rows(body, lang, self.first)  # with the organization's when it has none
        if detail is not None:
            rows += [r for r in contact_rows(detail, lang, self.first) if r.way in PLACES]
        how = rows_html(rows)
        how.append(
            f'<span class="muted">{self.short("at_printing")}:</span> {self.reach(body.reach)}'
        )
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 3pt; '
            'background-color: #f6f7f9">'
            f'<tr><td width="44%">{"<br/>".join(who)}</td>'
            f'<td width="56%">{"<br/>".join(how)}</td></tr></table>'
        )

    def reach(self, reach: Reachability) -> str:
        css = {Reach.ALWAYS: "ok", Reach.OPEN: "ok", Reach.CLOSED: "no"}.get(reach.reach, "muted")
        return f'<span class="{css}">{esc(labels.reach_text(reach, self.first))}</span>'

    def warnings(self) -> None:
        if not self.data.pathway.warnings:
            return
        self.add(f"{SPACER}<h2>{self.label('warnings')}</h2>")
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="4" '
            'style="background-color: #fff4e0"><tr><td>'
        )
        for warning in self.data.pathway.warnings:
            self.add(f"<p>⚠ {esc(warning.text.get(self.data.lang))}</p>")
            second = self.data.second_lang
            if (
                second
                and warning.text.by_lang.get(second)
                and warning.text.by_lang[second] != warning.text.get(self.data.lang)
            ):
                self.add(f'<p class="alt">{esc(warning.text.by_lang[second])}</p>')
        self.add("</td></tr></table>")

    def consent(self) -> None:
        if self.data.pathway.is_child:
            return
        languages, missing = consent_languages(
            self.data.lang, self.data.second_lang, self.data.pathway.case.languages
        )
        self.add(f"{SPACER}<h2>{self.label('consent')}</h2>")
        for lang in missing:
            name = language_name(lang, self.data.lang)
            self.add(f'<p class="no">{esc(fill(self.first(C, LABELS["untranslated"]), name))}</p>')
        for lang in languages:
            text = consent_text(lang)
            assert text is not None
            self.add(self.in_language(lang, text.consent_title, text.consent))
        self.add("<p> </p>")
        rule = "_" * 34
        rows = "".join(
            f'<tr><td width="50%"><br/><br/>{rule}<br/>'
            f'<span class="small">{self.label(left)}</span></td>'
            f'<td width="50%"><br/><br/>{rule}<br/>'
            f'<span class="small">{self.label(right)}</span></td></tr>'
            for left, right in (("sign_person", "date"), ("sign_caseworker", "sign_interpreter"))
        )
        self.add(f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>')
        self.add(f"{SPACER}<h2>{self.label('rights')}</h2>")
        for lang in languages:
            text = consent_text(lang)
            assert text is not None
            self.add(self.in_language(lang, text.rights_title, text.rights))

    @staticmethod
    def in_language(lang: str, title: str, text: str) -> str:
        """A paragraph in ``lang`` with its own heading, right to left where the script is."""
        if is_right_to_left(lang):
            return (
                f'<p dir="rtl" align="right" lang="{esc(lang)}"><b>{esc(title)}</b><br/>'
                f"{esc(text)}</p>"
            )
        return f'<p lang="{esc(lang)}"><b>{esc(title)}</b><br/>{esc(text)}</p>'

    def notes(self, lines: int = NOTE_LINES[0]) -> None:
        if not lines and not self.data.notes.strip():
            return
        self.add(f"{SPACER}<h2>{self.label('notes')}</h2>")
        if self.data.notes.strip():
            self.add(
                "<p>"
                + "<br/>".join(esc(line) for line in self.data.notes.strip().splitlines())
                + "</p>"
            )
        blank = "".join(
            '<tr><td style="border-bottom: 1px solid #999999">&nbsp;</td></tr>'
            for _ in range(lines)
        )
        if blank:
            self.add(f'<table width="100%" cellspacing="0" cellpadding="5">{blank}</table>')

    def html(self, note_lines: int = NOTE_LINES[0]) -> str:
        """Page one holds what matters at once: the warnings and the steps for now."""
        self.heading()
        self.assessment()
        self.warnings()
        self.now()
        self.steps()
        self.consent()
        self.notes(note_lines)
        return "<html><body>" + "".join(self.parts) + "</body></html>"


def sheet_html(data: SheetData, note_lines: int = NOTE_LINES[0]) -> str:
    return _Writer(data).html(note_lines)


def build_sheet_document(data: SheetData) -> QTextDocument:
    """The sheet as a paginated document; testable without a printer.

    The ruled lines for notes are fitted on the last page of text, fewer of them or none
    rather than a page holding only lines.
    """
    setup = PageSetup(paper=data.paper)
    without = new_document(setup, CSS)
    without.setHtml(sheet_html(data, 0))
    for lines in NOTE_LINES:
        document = new_document(setup, CSS)
        document.setHtml(sheet_html(data, lines))
        if lines == 0 or document.pageCount() <= without.pageCount():
            break
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, data.header.reference)
    return document


def sheet_footer(data: SheetData) -> Footer:
    labels = bilingual(data.lang, data.second_lang)
    header = data.header
    published = header.directory_published.isoformat() if header.directory_published else "–"
    first = labels.first
    return Footer(
        left=fill(first(C, DIRECTORY_OF), header.directory_version, published),
        right_template=labels.both(C, PAGE_OF),
        sample_mark=labels.both(C, SAMPLE_MARK) if header.sample else None,
        centre=header.reference,
    )


def print_sheet(data: SheetData, device: QPagedPaintDevice) -> int:
    """Print onto a printer, a preview's printer or a PDF writer; return the number of pages."""
    return paint_document(build_sheet_document(data), device, sheet_footer(data))


def write_sheet_pdf(data: SheetData, path: Path) -> int:
    printer = pdf_printer(path, PageSetup(paper=data.paper), data.header.reference)
    return print_sheet(data, printer)
