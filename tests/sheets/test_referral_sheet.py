"""The referral sheet read back from its PDF: bodies, numbers, escaping, languages, sample mark."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pdf_readback import pdf_page_size, pdf_pages
from referral_desk.domain.case import (
    AgeGroup,
    Assessment,
    Body,
    Case,
    Pathway,
    Phase,
    Reason,
    Step,
    Text,
    Timing,
    Urgency,
    Warning,
)
from referral_desk.domain.entities import (
    Address,
    Detail,
    Location,
    Phone,
    RecordRef,
    Texts,
    Verification,
)
from referral_desk.domain.hours import Reach, Reachability, WeeklyHours
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.vocab import Kind
from referral_desk.sheets.pdf import Paper, fill, labels_for
from referral_desk.sheets.referral_sheet import (
    SheetData,
    build_sheet_document,
    sheet_html,
    write_sheet_pdf,
)

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)


def body(record_id: str, name: Texts, phone: str, org: str = "Org") -> Body:
    return Body(
        ref=RecordRef(Kind.SERVICE, record_id, name, "AT"),
        organization=RecordRef(Kind.ORGANIZATION, f"org-{record_id}", Texts({"en": org}), "AT"),
        phones=(Phone(phone.replace(" ", ""), phone, "voice"),),
        email=f"{record_id}@example.org",
        website=None,
        reach=Reachability(Reach.OPEN, "Europe/Vienna", until=datetime(2026, 11, 30, 17, 0)),
        languages=("de", "bg"),
    )


def text(en: str, **others: str) -> Text:
    return Text({"en": en, **others})


def pathway(is_child: bool = True, steps: int = 2) -> Pathway:
    bodies = [
        body(
            "drehscheibe",
            Texts({"en": "Drehscheibe crisis centre"}, "Drehscheibe – Krisenzentrum", "de"),
            "+43 1 000 0001",
        ),
        body(
            "sacp",
            Texts(
                {"en": "State Agency for Child Protection"},
                "Държавна агенция за закрила на детето",
                "bg",
            ),
            "+359 2 000 0002",
        ),
        body("street", Texts({"en": "Straßensozialarbeit Wien"}), "+43 1 000 0003"),
    ]
    made = tuple(
        Step(
            rule_id=f"rule-{n}",
            phase=Phase.FIRST_ASSISTANCE,
            role="child_protection_authority",
            country="AT",
            action=text(
                f"Hand the child over to the youth welfare service {n}",
                de=f"Übergabe an die Jugendhilfe {n}",
            ),
            why=text("The child protection authority leads for every child."),
            timing=Timing.NOW,
            bodies=(bodies[n % len(bodies)],),
        )
        for n in range(steps)
    )
    return Pathway(
        case=Case(
            "AT",
            age_group=AgeGroup.CHILD if is_child else AgeGroup.ADULT,
            urgent=frozenset({Urgency.SHELTER_TONIGHT}),
        ),
        assessment=Assessment.TRAFFICKING,
        reasons=(Reason("child_no_means_needed", text("Act and purpose are enough for a child.")),),
        steps=made,
        warnings=(
            Warning("reflection_period", text("Offer the reflection period of at least 30 days.")),
        ),
        is_child=is_child,
    )


def header(sample: bool = True) -> ReferralHeader:
    return ReferralHeader(
        "Consulate in Vienna",
        "M. Petrova",
        NOW,
        "RD-2026-7KQ3-9F2M",
        "2026.11-sample",
        date(2026, 11, 1),
        sample,
    )


def render(tmp_path: Path, data: SheetData) -> list[str]:
    target = tmp_path / "sheet.pdf"
    write_sheet_pdf(data, target)
    return pdf_pages(target)


def test_every_step_with_its_bodies_and_numbers_is_printed(qapp: object, tmp_path: Path) -> None:
    data = SheetData(pathway(steps=3), header())
    text_all = " ".join(render(tmp_path, data))
    for number in (1, 2, 3):
        assert f"Step {number} · First assistance and protection" in text_all
    for name, phone in (
        ("Drehscheibe crisis centre", "+43 1 000 0001"),
        ("State Agency for Child Protection", "+359 2 000 0002"),
        ("Straßensozialarbeit Wien", "+43 1 000 0003"),
    ):
        assert name in text_all
        assert phone in text_all
    assert (
        "Държавна агенция за закрила на детето" in text_all
    )  # Cyrillic comes back as the same text
    assert "RD-2026-7KQ3-9F2M" in text_all
    assert "Consulate in Vienna" in text_all and "M. Petrova" in text_all
    assert "Needs a safe place to sleep tonight" in text_all
    assert "Offer the reflection period of at least 30 days." in text_all
    assert "Reachable now (until 17:00 local time)" in text_all


def test_values_that_look_like_html_print_literally(qapp: object, tmp_path: Path) -> None:
    evil = body("evil", Texts({"en": "<img src=x>"}), "+43 1 000 0009", org="<b>Police</b>")
    base = pathway(steps=1)
    step = Step(
        "r",
        Phase.IMMEDIATE_SAFETY,
        "police",
        "AT",
        text("Call <b>Police</b>"),
        text("why"),
        Timing.NOW,
        (evil,),
    )
    data = SheetData(
        Pathway(base.case, base.assessment, (), (step,), (), True),
        header(),
        notes="<script>alert(1)</script>",
        person={"name": "<i>Ana</i>"},
    )
    html = sheet_html(data)
    assert "<img src=x>" not in html and "&lt;img src=x&gt;" in html
    assert "<b>Police</b>" not in html
    text_all = " ".join(render(tmp_path, data))
    assert "<img src=x>" in text_all
    assert "<b>Police</b>" in text_all
    assert "Call <b>Police</b>" in text_all
    assert "<script>alert(1)</script>" in text_all
    assert "<i>Ana</i>" in text_all


def test_confidential_addresses_are_never_printed(qapp: object, tmp_path: Path) -> None:
    def location(address: str, confidential: bool) -> Location:
        return Location(
            address,
            Texts({"en": address}),
            "Europe/Vienna",
            confidential,
            Address(address, "Wien", "AT", postal_code="1010"),
            (WeeklyHours.parse("MO,TU,WE,TH,FR", "08:00", "16:00"),),
        )

    detail = Detail(
        kind=Kind.SERVICE,
        id="drehscheibe",
        name=Texts({"en": "Drehscheibe crisis centre"}),
        description=Texts(),
        country="AT",
        organization=None,
        phones=(),
        email=None,
        website=None,
        locations=(location("Geheimgasse 7", True), location("Rathausstraße 1", False)),
        hours=(WeeklyHours.parse("MO,TU,WE,TH,FR", "08:00", "16:00"),),
        timezone="Europe/Vienna",
        reach=Reachability(Reach.OPEN, "Europe/Vienna"),
        around_the_clock=False,
        languages=(),
        verification=Verification(None, None, None),
    )
    data = SheetData(pathway(steps=1), header(), details={"drehscheibe": detail})
    text_all = " ".join(render(tmp_path, data))
    assert "Geheimgasse" not in text_all
    assert "Address: confidential, not shown" in text_all
    assert "Rathausstraße 1, 1010 Wien, AT" in text_all
    assert "Mon–Fri 08:00–16:00" in text_all


def test_a_bilingual_sheet_has_labels_in_both_languages(qapp: object, tmp_path: Path) -> None:
    german, bulgarian = labels_for("de"), labels_for("bg")
    data = SheetData(pathway(), header(), lang="de", second_lang="bg")
    pages = render(tmp_path, data)
    text_all = " ".join(pages)
    for context, source in (
        ("Sheet", "Referral sheet"),
        ("Sheet", "Assessment"),
        ("Vocabulary", "Trafficking in persons indicated"),
        ("Sheet", "Page %1 of %2"),
    ):
        de, bg = german(context, source), bulgarian(context, source)
        assert de != source and bg != source and any("\u0400" <= c <= "\u04ff" for c in bg)
        if "%1" not in source:
            assert f"{de} / {bg}" in text_all
    page_of = f"{german('Sheet', 'Page %1 of %2')} / {bulgarian('Sheet', 'Page %1 of %2')}"
    assert fill(page_of, 1, len(pages)) in pages[0]
    assert "Übergabe an die Jugendhilfe 0" in text_all  # rule text in the sheet's language


def test_sample_mark_on_every_page_and_only_for_sample_data(qapp: object, tmp_path: Path) -> None:
    pages = render(tmp_path, SheetData(pathway(steps=14), header(sample=True)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "SAMPLE DATA – not for operational use" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Directory 2026.11-sample of 2026-11-01" in page
    real = render(tmp_path, SheetData(pathway(steps=1), header(sample=False)))
    assert "SAMPLE DATA" not in " ".join(real)


def test_consent_and_signatures_only_for_adults(qapp: object, tmp_path: Path) -> None:
    adult = " ".join(render(tmp_path, SheetData(pathway(is_child=False), header())))
    assert "Informed consent" in adult and "Signature of the person" in adult
    child = " ".join(render(tmp_path, SheetData(pathway(is_child=True), header())))
    assert "Informed consent" not in child
    assert "Child" in child


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_size(qapp: object, tmp_path: Path, paper: Paper, size: tuple[int, int]) -> None:
    target = tmp_path / "sheet.pdf"
    write_sheet_pdf(SheetData(pathway(), header(), paper=paper), target)
    assert pdf_page_size(target) == size


def test_the_document_is_built_without_a_printer(qapp: object) -> None:
    document = build_sheet_document(
        SheetData(pathway(steps=1), header(), notes="Bring the child's shoes")
    )
    assert "Bring the child's shoes" in document.toPlainText()
    assert document.pageCount() >= 1


def test_a_step_for_the_caseworker_is_not_flagged_as_missing_a_body(
    qapp: object, tmp_path: Path
) -> None:
    from dataclasses import replace

    base = pathway(is_child=False, steps=1)
    own = replace(base.steps[0], rule_id="consent", role="caseworker", bodies=())
    missing = replace(base.steps[0], rule_id="gap", role="legal_aid", bodies=())
    text_of = " ".join(render(tmp_path, SheetData(replace(base, steps=(own, missing)), header())))
    assert text_of.count("No body for this role") == 1
    assert "(Legal aid)" in text_of and "(caseworker)" not in text_of


def test_warnings_and_the_now_steps_are_on_page_one(qapp: object, tmp_path: Path) -> None:
    data = SheetData(pathway(steps=12), header())
    pages = render(tmp_path, data)
    assert len(pages) > 2
    first = pages[0]
    assert "Offer the reflection period" in first
    assert "Now" in first and "youth welfare service 11" in first  # the last step, at once
    assert "+43 1 000 0001" in first  # who answers now, with a number
    assert "Offer the reflection period" not in " ".join(pages[1:])


@pytest.mark.parametrize("steps", range(1, 9))
def test_no_page_holds_only_ruled_lines(qapp: object, tmp_path: Path, steps: int) -> None:
    pages = render(tmp_path, SheetData(pathway(is_child=False, steps=steps), header()))
    for page in pages:  # the footer alone is some 15 words; ruled lines are no text
        assert len(page.split()) > 25, page


def test_the_second_languages_why_is_as_small_as_the_first(qapp: object) -> None:
    step = pathway().steps[0]
    why = replace(step.why, by_lang={"en": "Because.", "de": "Weil."})
    data = SheetData(replace(pathway(steps=1), steps=(replace(step, why=why),)), header())
    html = sheet_html(replace(data, second_lang="de"))
    assert '<p class="small"><i>Weil.</i></p>' in html
