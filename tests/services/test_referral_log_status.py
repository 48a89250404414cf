"""The log's "referred" status: set by the caseworker, never without consent; names, local days."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from tests.services.test_referral_log import make_pathway

from referral_desk.domain.case import AgeGroup, Pathway, Step
from referral_desk.domain.entities import Texts
from referral_desk.domain.referral import ConsentMissing, LogFilter, ReferralHeader
from referral_desk.domain.vocab import Consent, FollowUp
from referral_desk.services.desk import Desk


def header(moment: datetime) -> ReferralHeader:
    return ReferralHeader("Consulate", "M. P.", moment, "", "2026.11-sample", date(2026, 11, 1))


NOON = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def adult(desk: Desk, consents: bool | None) -> Pathway:
    pathway = make_pathway(desk.directory, child=False)
    case = replace(pathway.case, age=30, age_group=AgeGroup.ADULT, consents_to_referral=consents)
    return replace(pathway, case=case)


def test_a_saved_sheet_refers_nobody_until_the_caseworker_says_so(
    synthetic_desk: Desk,
) -> None:
    desk = synthetic_desk
    reference = desk.log.save(adult(desk, True), header(NOON))
    saved = desk.log.get(reference)
    assert saved is not None and saved.consent is Consent.GIVEN
    assert {b.status for b in saved.bodies} == {FollowUp.PLANNED}
    assert desk.log.list(LogFilter(status=FollowUp.REFERRED)) == []
    desk.log.update_follow_up(saved.bodies[0].id, FollowUp.REFERRED, "")
    again = desk.log.get(reference)
    assert again is not None
    assert [b.status for b in again.bodies] == [FollowUp.REFERRED, FollowUp.PLANNED]


def test_never_referred_while_consent_is_not_asked_or_refused(synthetic_desk: Desk) -> None:
    desk = synthetic_desk
    for consents, consent in ((None, Consent.NOT_ASKED), (False, Consent.REFUSED)):
        reference = desk.log.save(adult(desk, consents), header(NOON))
        saved = desk.log.get(reference)
        assert saved is not None and saved.consent is consent
        for status in (FollowUp.REFERRED, FollowUp.ACCEPTED):
            with pytest.raises(ConsentMissing):
                desk.log.update_follow_up(saved.bodies[0].id, status, "")
        desk.log.update_follow_up(saved.bodies[0].id, FollowUp.PLANNED, "asked tomorrow")
        kept = desk.log.get(reference)
        assert kept is not None and kept.bodies[0].status is FollowUp.PLANNED
        assert kept.bodies[0].feedback == "asked tomorrow"
    # consent asked afterwards and given: now the body can be marked referred
    desk.log.record_consent(reference, Consent.GIVEN)
    desk.log.update_follow_up(saved.bodies[0].id, FollowUp.REFERRED, "")
    done = desk.log.get(reference)
    assert done is not None and done.consent is Consent.GIVEN
    assert done.bodies[0].status is FollowUp.REFERRED


def test_a_child_is_referred_without_consent(synthetic_desk: Desk) -> None:
    desk = synthetic_desk
    reference = desk.log.save(make_pathway(desk.directory, child=True), header(NOON))
    saved = desk.log.get(reference)
    assert saved is not None and saved.consent is Consent.NOT_NEEDED
    desk.log.update_follow_up(saved.bodies[0].id, FollowUp.REFERRED, "")
    with pytest.raises(ValueError, match="needs no consent"):
        desk.log.record_consent(reference, Consent.REFUSED)


def test_a_body_named_by_two_steps_is_logged_once(synthetic_desk: Desk) -> None:
    desk = synthetic_desk
    pathway = make_pathway(desk.directory)
    first = pathway.steps[0]
    twice: tuple[Step, ...] = (*pathway.steps, replace(first, rule_id="again"))
    reference = desk.log.save(replace(pathway, steps=twice), header(NOON))
    saved = desk.log.get(reference)
    assert saved is not None
    ids = [b.record_id for b in saved.bodies]
    assert len(ids) == len(set(ids)) == len(pathway.steps)


def test_body_names_in_the_readers_language(synthetic_desk: Desk) -> None:
    desk = synthetic_desk
    pathway = make_pathway(desk.directory)
    step = pathway.steps[0]
    body = step.bodies[0]
    named = replace(
        body,
        ref=replace(body.ref, name=Texts({"en": "Child Protection", "bg": "Закрила на детето"})),
    )
    pathway = replace(pathway, steps=(replace(step, bodies=(named,)),))
    saved = desk.log.get(desk.log.save(pathway, header(NOON)))
    assert saved is not None
    logged = saved.bodies[0]
    assert logged.record_name == "Child Protection"
    assert (logged.name("bg"), logged.name("en")) == ("Закрила на детето", "Child Protection")
    assert logged.name("de") == "Child Protection", "a name not in German falls back to English"


def test_dates_and_months_are_the_posts_days(synthetic_desk: Desk) -> None:
    desk = synthetic_desk
    late = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 00:30 on 1 December in Sofia
    reference = desk.log.save(make_pathway(desk.directory), header(late))
    december = LogFilter(date_from=date(2026, 12, 1), date_to=date(2026, 12, 1))
    assert [r.reference for r in desk.log.list(replace(december, zone="Europe/Sofia"))] == [
        reference
    ]
    assert desk.log.list(december) == [], "in UTC it is still 30 November"
    assert desk.log.statistics(zone="Europe/Sofia").of("month") == {"2026-12": 1}
    assert desk.log.statistics(zone="UTC").of("month") == {"2026-11": 1}
