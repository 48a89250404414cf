"""The pathway as plain text: the vocabulary's words, structured body lines, honest wording."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from referral_desk.domain.case import (
    Act,
    AgeGroup,
    Assessment,
    Body,
    Case,
    Gender,
    Means,
    Purpose,
)
from referral_desk.domain.entities import Phone, RecordRef, Texts
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.referral import ReferralHeader
from referral_desk.domain.vocab import Kind
from referral_desk.services.desk import Desk
from referral_desk.sheets.pathway_text import body_text, pathway_as_text
from referral_desk.sheets.pdf import labels_for
from referral_desk.sheets.referral_sheet import SheetData, sheet_html

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
# "say that trafficking indicators were found", as the asylum step words it in each language
INDICATORS_FOUND = {
    "en": "trafficking indicators were found",
    "bg": "установените признаци на трафик",
    "de": "Hinweise auf Menschenhandel hinweisen",
}


def asylum_seeker(**facts: object) -> Case:
    base: dict[str, object] = {
        "country": "BG",
        "age_group": AgeGroup.ADULT,
        "gender": Gender.MALE,
        "nationality": "UA",
        "seeks_asylum": True,
        "acts": frozenset({Act.TRANSPORTATION}),
        "crossed_border": True,
        "consents_to_referral": True,  # no referral passes on data before consent
    }
    base.update(facts)
    return Case(**base)  # type: ignore[arg-type]


def test_a_body_in_words_keeps_its_parts_apart() -> None:
    body = Body(
        RecordRef(Kind.SERVICE, "s", Texts({"en": "Hotline — night"}), "AT"),
        RecordRef(Kind.ORGANIZATION, "o", Texts({"en": "LEFÖ"}), "AT"),
        (Phone("+4310000001", "+43 1 000 0001", "fax"),),
        "a@example.org",
        None,
        Reachability(Reach.CLOSED, "Europe/Vienna"),
    )
    text = body_text(body, "en")
    assert text.name == "Hotline — night (LEFÖ)"  # a dash in a name no longer splits it
    assert text.reach == "Closed now"
    assert text.contacts == ("Fax: +43 1 000 0001", "E-mail: a@example.org")


@pytest.mark.parametrize("lang", ["en", "bg", "de"])
def test_smuggling_never_says_trafficking_indicators_were_found(
    sample_desk: Desk, lang: str
) -> None:
    smuggled = sample_desk.pathways.make(
        asylum_seeker(consented_to_move=True, free_to_leave=True), NOW
    )
    assert smuggled.assessment is Assessment.SMUGGLING
    assert "asylum_authority" in [s.role for s in smuggled.steps], "still referred for asylum"
    tr = labels_for(lang)
    assert INDICATORS_FOUND[lang] not in pathway_as_text(smuggled, lang, tr)
    exploited = sample_desk.pathways.make(
        asylum_seeker(
            means=frozenset({Means.DECEPTION}), purposes=frozenset({Purpose.FORCED_LABOUR})
        ),
        NOW,
    )
    assert exploited.assessment is Assessment.TRAFFICKING
    assert INDICATORS_FOUND[lang] in pathway_as_text(exploited, lang, tr)


@pytest.mark.parametrize("lang", ["en", "bg", "de"])
def test_the_sheet_and_the_text_word_the_assessment_the_same(
    qapp: object, sample_desk: Desk, lang: str
) -> None:
    exploited = asylum_seeker(
        means=frozenset({Means.DECEPTION}), purposes=frozenset({Purpose.FORCED_LABOUR})
    )
    pathway = sample_desk.pathways.make(exploited, NOW)
    words = labels_for(lang)("Vocabulary", "Trafficking in persons indicated")
    header = ReferralHeader("Post", "Caseworker", NOW, "RD-2026-TEST-0002")
    assert words in pathway_as_text(pathway, lang, labels_for(lang))
    assert f"<b>{words}</b>" in sheet_html(SheetData(pathway, header, lang=lang))
