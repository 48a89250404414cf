"""The referral sheet: pathway and header -> escaped HTML -> QTextDocument -> PDF or printer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from referral_desk.domain.case import Body, Pathway, Step, Text
from referral_desk.domain.entities import Detail, Texts
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.hours_text import hours_text, weekday_name
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.rules.model import SELF_ROLE
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
from referral_desk.sheets.plain import PHONE_LABELS

C = "Sheet"
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
    "caseworker": QT_TRANSLATE_NOOP("Sheet", "Caseworker"),
    "printed": QT_TRANSLATE_NOOP("Sheet", "Printed"),
    "reference": QT_TRANSLATE_NOOP("Sheet", "Case reference"),
    "directory": QT_TRANSLATE_NOOP("Sheet", "Directory"),
    "assessment": QT_TRANSLATE_NOOP("Sheet", "Assessment"),
    "reasons": QT_TRANSLATE_NOOP("Sheet", "Reasons"),
    "case_type": QT_TRANSLATE_NOOP("Sheet", "Case type"),
    "child": QT_TRANSLATE_NOOP("Sheet", "Child"),
    "presumed_child": QT_TRANSLATE_NOOP("Sheet", "Presumed child (age uncertain)"),
    "adult": QT_TRANSLATE_NOOP("Sheet", "Adult"),
    "urgent": QT_TRANSLATE_NOOP("Sheet", "Urgent needs"),
    "none_noted": QT_TRANSLATE_NOOP("Sheet", "None noted"),
    "person": QT_TRANSLATE_NOOP("Sheet", "The person (filled in for printing only, never stored)"),
    "pathway": QT_TRANSLATE_NOOP("Sheet", "Referral pathway"),
    "step": QT_TRANSLATE_NOOP("Sheet", "Step"),
    "why": QT_TRANSLATE_NOOP("Sheet", "Why"),
    "no_body": QT_TRANSLATE_NOOP(
        "Sheet", "No body for this role in the directory: find one by other means."
    ),
    "organization": QT_TRANSLATE_NOOP("Sheet", "Organization"),
    "phone": QT_TRANSLATE_NOOP("Sheet", "Phone"),
    "cell": QT_TRANSLATE_NOOP("Sheet", "Mobile"),
    "text": QT_TRANSLATE_NOOP("Sheet", "Text messages"),
    "fax": QT_TRANSLATE_NOOP("Sheet", "Fax"),
    "email": QT_TRANSLATE_NOOP("Sheet", "E-mail"),
    "web": QT_TRANSLATE_NOOP("Sheet", "Web"),
    "address": QT_TRANSLATE_NOOP("Sheet", "Address"),
    "confidential": QT_TRANSLATE_NOOP("Sheet", "Address confidential: not printed"),
    "hours": QT_TRANSLATE_NOOP("Sheet", "Opening hours"),
    "languages": QT_TRANSLATE_NOOP("Sheet", "Languages"),
    "at_printing": QT_TRANSLATE_NOOP("Sheet", "At time of printing"),
    "always": QT_TRANSLATE_NOOP("Sheet", "reachable around the clock"),
    "open_until": QT_TRANSLATE_NOOP("Sheet", "reachable, open until %1 (local time)"),
    "closed_opens": QT_TRANSLATE_NOOP("Sheet", "closed, opens %1 (local time)"),
    "closed": QT_TRANSLATE_NOOP("Sheet", "closed"),
    "unknown": QT_TRANSLATE_NOOP("Sheet", "opening hours not known: call to check"),
    "warnings": QT_TRANSLATE_NOOP("Sheet", "Warnings"),
    "consent": QT_TRANSLATE_NOOP("Sheet", "Informed consent"),
    "consent_text": QT_TRANSLATE_NOOP(
        "Sheet",
        "I have been told, in a language I understand, which bodies this sheet refers me to, why, "
        "and what they will be told about me. I agree to be referred to them. I know that I may "
        "refuse or withdraw my consent at any time, and that help does not depend on my "
        "cooperating with the police.",
    ),
    "sign_person": QT_TRANSLATE_NOOP("Sheet", "Signature of the person"),
    "sign_caseworker": QT_TRANSLATE_NOOP("Sheet", "Signature of the caseworker"),
    "sign_interpreter": QT_TRANSLATE_NOOP("Sheet", "Interpreter (if any)"),
    "date": QT_TRANSLATE_NOOP("Sheet", "Date"),
    "reprint": QT_TRANSLATE_NOOP("Sheet", "%1, reprinted; first printed %2"),
    "notes": QT_TRANSLATE_NOOP("Sheet", "Notes"),
}
VALUES = {
    # assessments
    "trafficking": QT_TRANSLATE_NOOP("Sheet", "Trafficking in human beings"),
    "possible_trafficking": QT_TRANSLATE_NOOP(
        "Sheet", "Possible trafficking: some elements present"
    ),
    "smuggling": QT_TRANSLATE_NOOP("Sheet", "Smuggling of migrants (not trafficking)"),
    "child_labour": QT_TRANSLATE_NOOP("Sheet", "Child labour"),
    "insufficient": QT_TRANSLATE_NOOP("Sheet", "Not enough information yet"),
    # urgent needs
    "immediate_danger": QT_TRANSLATE_NOOP("Sheet", "Immediate danger"),
    "medical_emergency": QT_TRANSLATE_NOOP("Sheet", "Medical emergency"),
    "shelter_tonight": QT_TRANSLATE_NOOP("Sheet", "Shelter needed tonight"),
    "family_threatened": QT_TRANSLATE_NOOP("Sheet", "Risk of retaliation against the family"),
    # phases
    "immediate_safety": QT_TRANSLATE_NOOP("Sheet", "Immediate safety"),
    "identification": QT_TRANSLATE_NOOP("Sheet", "Identification"),
    "first_assistance": QT_TRANSLATE_NOOP("Sheet", "First assistance and protection"),
    "return_inclusion": QT_TRANSLATE_NOOP("Sheet", "Return and social inclusion"),
    "long_term": QT_TRANSLATE_NOOP("Sheet", "Long-term assistance"),
    "proceedings": QT_TRANSLATE_NOOP("Sheet", "Criminal and civil proceedings"),
    # timing
    "now": QT_TRANSLATE_NOOP("Sheet", "now"),
    "within_24_hours": QT_TRANSLATE_NOOP("Sheet", "within 24 hours"),
    "within_days": QT_TRANSLATE_NOOP("Sheet", "within days"),
    "when_ready": QT_TRANSLATE_NOOP("Sheet", "when the person is ready"),
}
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

    def value(self, code: str) -> str:
        return self.tr.html(C, VALUES[code]) if code in VALUES else esc(code)

    def text(self, text: Text | Texts, css: str = "", prefix: str = "") -> str:
        """Directory or rule text in the sheet's language, and the second one if it has it."""
        lang, second = self.data.lang, self.data.second_lang
        one = text.get(lang)
        opening = f'<p class="{css}">' if css else "<p>"
        out = f"{opening}{prefix}{esc(one)}</p>"
        by_lang = text.by_lang
        if second and by_lang.get(second) and by_lang[second] != one:
            out += f'<p class="alt">{esc(by_lang[second])}</p>'
        return out

    def add(self, html: str) -> None:
        self.parts.append(html)

    # -- sections

    def heading(self) -> None:
        header = self.data.header
        self.add(f"<h1>{self.label('title')}</h1>")
        if header.sample:
            self.add(f'<p class="sample">{self.tr.html(C, SAMPLE_MARK)}</p>')
        printed = f"{header.created_at:%Y-%m-%d %H:%M} ({header.created_at.tzname() or 'UTC'})"
        if self.data.reprint_of is not None:
            reprinted = f"{self.data.reprint_of:%Y-%m-%d %H:%M}"
            printed = fill(self.first(C, LABELS["reprint"]), reprinted, printed)
        published = header.directory_published.isoformat() if header.directory_published else "–"
        rows = [
            ("reference", f"<b>{esc(header.reference)}</b>"),
            ("post", esc(header.post)),
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
        if pathway.is_child:
            age = "presumed_child" if pathway.case.age_uncertain else "child"
        else:
            age = "adult"
        urgent = ", ".join(self.value(u.value) for u in sorted(pathway.case.urgent)) or self.label(
            "none_noted"
        )
        self.add(
            self.raw_table(
                [
                    (self.label("assessment"), f"<b>{self.value(pathway.assessment.value)}</b>"),
                    (self.label("case_type"), f"<b>{self.label(age)}</b>"),
                    (self.label("urgent"), urgent),
                ]
            )
        )
        if pathway.reasons:
            self.add(f"<h3>{self.label('reasons')}</h3><ul>")
            for reason in pathway.reasons:
                self.add(f"<li>{self.text(reason.text)}</li>")
            self.add("</ul>")

    def steps(self) -> None:
        self.add(f"{SPACER}<h2>{self.label('pathway')}</h2>")
        for number, step in enumerate(self.data.pathway.steps, start=1):
            self.step(number, step)

    def step(self, number: int, step: Step) -> None:
        phase = self.value(step.phase.value)
        timing = self.value(step.timing.value)
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="3" style="margin-top: 6pt">'
            f"<tr><th>{self.label('step')} {number} · {phase} · {esc(step.country)} · "
            f"{timing}</th></tr>"
            "</table>"
        )
        self.add(self.text(step.action))
        self.add(self.text(step.why, "small", prefix=f"<b>{self.label('why')}:</b> "))
        if not step.bodies and step.role != SELF_ROLE:  # the caseworker's own step needs no body
            self.add(f'<p class="no">{self.label("no_body")} ({esc(step.role)})</p>')
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
        how = []
        for phone in body.phones:
            extension = f" ext. {phone.extension}" if phone.extension else ""
            kind = self.short(PHONE_LABELS.get(phone.type, "phone"))
            note = phone.description.get(lang) if phone.description else ""
            note_html = f' <span class="muted">({esc(note)})</span>' if note else ""
            how.append(
                f'<span class="muted">{kind}:</span> '
                f"<b>{esc(phone.display)}{esc(extension)}</b>{note_html}"
            )
        if body.email:
            how.append(f'<span class="muted">{self.short("email")}:</span> {esc(body.email)}')
        if body.website:
            how.append(f'<span class="muted">{self.short("web")}:</span> {esc(body.website)}')
        detail = self.data.details.get(body.ref.id)
        if detail is not None:
            how += self.places(detail)
        how.append(
            f'<span class="muted">{self.short("at_printing")}:</span> {self.reach(body.reach)}'
        )
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 3pt; '
            'background-color: #f6f7f9">'
            f'<tr><td width="44%">{"<br/>".join(who)}</td>'
            f'<td width="56%">{"<br/>".join(how)}</td></tr></table>'
        )

    def places(self, detail: Detail) -> list[str]:
        lines = []
        for location in detail.locations:
            if location.address is None:
                continue
            if location.confidential:
                lines.append(f'<span class="muted">{self.label("confidential")}</span>')
            else:
                lines.append(
                    f'<span class="muted">{self.short("address")}:</span> '
                    f"{esc(', '.join(location.address.lines()))}"
                )
        hours = hours_text(detail.hours, self.first) if not detail.around_the_clock else ""
        if hours:
            zone = f" ({detail.timezone})" if detail.timezone else ""
            lines.append(
                f'<span class="muted">{self.short("hours")}{esc(zone)}:</span> {esc(hours)}'
            )
        return lines

    def reach(self, reach: Reachability) -> str:
        first = self.first
        if reach.reach is Reach.ALWAYS:
            return f'<span class="ok">{self.label("always")}</span>'
        if reach.reach is Reach.OPEN:
            until = f"{reach.until:%H:%M}" if reach.until else "?"
            return f'<span class="ok">{esc(fill(first(C, LABELS["open_until"]), until))}</span>'
        if reach.reach is Reach.CLOSED:
            if reach.next_open:
                day = weekday_name(reach.next_open.weekday(), first)
                when = f"{day} {reach.next_open:%H:%M}"
                return (
                    f'<span class="no">{esc(fill(first(C, LABELS["closed_opens"]), when))}</span>'
                )
            return f'<span class="no">{self.label("closed")}</span>'
        return f'<span class="muted">{self.label("unknown")}</span>'

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
        self.add(f"{SPACER}<h2>{self.label('consent')}</h2>")
        for line in self.tr.lines(C, LABELS["consent_text"]):
            self.add(f"<p>{esc(line)}</p>")
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

    def notes(self) -> None:
        self.add(f"{SPACER}<h2>{self.label('notes')}</h2>")
        if self.data.notes.strip():
            self.add(
                "<p>"
                + "<br/>".join(esc(line) for line in self.data.notes.strip().splitlines())
                + "</p>"
            )
        blank = "".join(
            '<tr><td style="border-bottom: 1px solid #999999">&nbsp;</td></tr>' for _ in range(5)
        )
        self.add(f'<table width="100%" cellspacing="0" cellpadding="5">{blank}</table>')

    def html(self) -> str:
        self.heading()
        self.assessment()
        self.steps()
        self.warnings()
        self.consent()
        self.notes()
        return "<html><body>" + "".join(self.parts) + "</body></html>"


def sheet_html(data: SheetData) -> str:
    return _Writer(data).html()


def build_sheet_document(data: SheetData) -> QTextDocument:
    """The sheet as a paginated document; testable without a printer."""
    document = new_document(PageSetup(paper=data.paper), CSS)
    document.setHtml(sheet_html(data))
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
