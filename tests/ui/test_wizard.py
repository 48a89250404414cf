"""The referral wizard, walked end to end with the sample directory (offscreen, never exec())."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QTreeWidgetItem,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from pdf_readback import pdf_text
from referral_desk.domain.person import own_national_abroad
from referral_desk.domain.rules import Problem, RuleSetError
from referral_desk.services.changes import Changes
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import RulesLoad, load_rules
from referral_desk.sheets.pdf import Paper
from referral_desk.ui import print_actions
from referral_desk.ui.print_actions import SheetOptions, SheetOptionsDialog
from referral_desk.ui.wizard import ReferralWizard
from referral_desk.ui.wizard.wizard import (
    CONSENT,
    HAPPENED,
    PERSON,
    RESULT,
    SUMMARY,
    URGENCY,
    WHERE,
)

# The offscreen platform cannot resize native windows; QWizard asks it to on every page.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WEDNESDAY_MORNING = datetime(2026, 3, 4, 8, 30, tzinfo=UTC)
SUNDAY_NIGHT = datetime(2026, 3, 8, 1, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(WEDNESDAY_MORNING)


@pytest.fixture
def wizard(qtbot: QtBot, sample_desk: Desk, clock: Clock) -> ReferralWizard:
    wizard = ReferralWizard(sample_desk, "en", post_country="AT", clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def person(
    wizard: ReferralWizard,
    *,
    age: int = -1,
    group: str = "unknown",
    gender: str = "unknown",
    nationality: str = "",
    **flags: bool,
) -> None:
    assert wizard.currentId() == PERSON
    page = wizard.person
    page.age.setValue(age)
    choose(page.age_group, group)
    choose(page.gender, gender)
    page.nationality.setCurrentText(nationality)
    for name, value in flags.items():
        getattr(page, name).setChecked(value)
    wizard.next()


def happened(
    wizard: ReferralWizard,
    acts: list[str],
    means: list[str],
    purposes: list[str],
    crossed: bool = True,
) -> None:
    assert wizard.currentId() == HAPPENED
    page = wizard.happened
    page.acts.set_selected(acts)
    page.means.set_selected(means)
    page.purposes.set_selected(purposes)
    page.crossed_border.setChecked(crossed)
    wizard.next()


def where(wizard: ReferralWizard, country: str, region: str = "") -> None:
    assert wizard.currentId() == WHERE
    wizard.where.country.setCurrentText(country)
    wizard.where.region.setCurrentText(region)
    wizard.next()


def all_texts(wizard: ReferralWizard) -> list[str]:
    texts: list[str] = []

    def walk(item: QTreeWidgetItem) -> None:
        texts.append(item.text(0) + " | " + item.text(1))
        for index in range(item.childCount()):
            walk(item.child(index))

    tree = wizard.result_page.tree
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        walk(item)
    return texts


def body_item(wizard: ReferralWizard, name_part: str) -> QTreeWidgetItem:
    tree = wizard.result_page.tree
    found = tree.findItems(name_part, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    bodies = [item for item in found if item.data(0, Qt.ItemDataRole.UserRole)]
    assert bodies, name_part
    return bodies[0]


def test_child_begging_in_vienna_skips_consent(qtbot: QtBot, wizard: ReferralWizard) -> None:
    person(wizard, age=12, group="child", gender="male", nationality="BG", unaccompanied=True)
    happened(wizard, ["transportation", "harbouring"], [], ["forced_begging"])
    where(wizard, "AT", "Vienna")
    assert wizard.currentId() == URGENCY
    wizard.next()
    assert wizard.currentId() == SUMMARY, "a child is never asked for consent"
    summary = wizard.summary.text.toPlainText()
    assert "Child or presumed child: yes" in summary and "Forced begging" in summary
    wizard.next()
    assert wizard.currentId() == RESULT
    assert CONSENT not in wizard.visitedIds()
    texts = "\n".join(all_texts(wizard))
    assert "Drehscheibe" in texts and "Embassy of the Republic of Bulgaria in Vienna" in texts
    assert "Trafficking in persons indicated" in wizard.result_page.assessment.text()
    assert "not be detained" in wizard.result_page.warnings.text()

    wizard.result_page.tree.setCurrentItem(body_item(wizard, "Drehscheibe"))
    assert wizard.result_page.open_button.isEnabled()
    with qtbot.waitSignal(wizard.open_record) as signal:
        wizard.result_page.open_button.click()
    assert signal.args is not None
    detail = wizard.result_page.desk.directory.show(signal.args[0])
    assert detail is not None and "Drehscheibe" in str(detail.organization)

    wizard.result_page.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("SAMPLE DATA – not for operational use\n\nReferral pathway")
    assert "Drehscheibe" in copied

    wizard.result_page.again_button.click()
    assert wizard.currentId() == PERSON
    assert wizard.person.age.value() == -1 and not wizard.person.unaccompanied.isChecked()


def test_a_step_with_no_body_in_the_directory_says_so(wizard: ReferralWizard) -> None:
    person(wizard, age=16, group="child", gender="female", nationality="AT")
    happened(wizard, ["recruitment"], [], ["sexual_exploitation"])
    where(wizard, "AT", "Tyrol")  # no crisis centre for Austrian children in Tyrol (sample)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == RESULT
    texts = all_texts(wizard)
    placement = next(i for i, t in enumerate(texts) if "crisis centre for children" in t)
    assert "No body for this role in the directory" in texts[placement + 2], texts[placement:]


def test_adult_woman_consents_and_back_keeps_answers(wizard: ReferralWizard) -> None:
    person(wizard, age=24, group="adult", gender="female", nationality="BG")
    happened(wizard, ["recruitment"], ["deception"], ["sexual_exploitation"])
    where(wizard, "AT", "Vienna")
    wizard.urgency.urgent.set_selected(["shelter_tonight"])
    wizard.next()
    assert wizard.currentId() == CONSENT
    wizard.consent.choices[True].setChecked(True)
    wizard.next()
    assert "Consents to referral: yes" in wizard.summary.text.toPlainText()
    wizard.next()
    texts = "\n".join(all_texts(wizard))
    assert "LEFÖ" in texts and "MEN VIA" not in texts and "Drehscheibe" not in texts
    assert "reflection period" in wizard.result_page.warnings.text()

    for _ in range(6):  # result, summary, consent, urgency, where, happened
        wizard.back()
    assert wizard.currentId() == PERSON
    assert wizard.person.age.value() == 24
    assert wizard.happened.means.selected() == ["deception"]
    assert wizard.consent.choices[True].isChecked()
    assert wizard.urgency.urgent.selected() == ["shelter_tonight"]


def test_asylum_seeker_in_bulgaria_gets_no_embassy(wizard: ReferralWizard) -> None:
    person(wizard, group="adult", gender="male", nationality="UA", seeks_asylum=True)
    happened(wizard, ["transportation"], ["abuse_of_vulnerability"], ["forced_labour"])
    where(wizard, "BG", "Sofia City")
    wizard.next()
    wizard.consent.choices[True].setChecked(True)
    wizard.next()
    wizard.next()
    texts = "\n".join(all_texts(wizard))
    assert "State Agency for Refugees" in texts
    assert "Embassy of Ukraine" not in texts
    assert "Do not contact the embassy" in wizard.result_page.warnings.text()


def test_reach_is_refreshed_each_minute(wizard: ReferralWizard, clock: Clock) -> None:
    person(wizard, group="adult", gender="male", nationality="BG")
    happened(wizard, ["recruitment"], ["fraud"], ["forced_labour"])
    where(wizard, "AT", "Vienna")
    wizard.next()
    wizard.consent.choices[True].setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.result_page
    assert page.timer.isActive() and page.timer.interval() == 60_000
    labour = body_item(wizard, "Labour Inspectorate")
    assert labour.text(1).startswith("Reachable now")
    clock.now = SUNDAY_NIGHT
    page.timer.timeout.emit()
    assert body_item(wizard, "Labour Inspectorate").text(1).startswith("Closed now")
    assert body_item(wizard, "Human trafficking hotline").text(1).startswith("Reachable around")
    wizard.back()
    assert not page.timer.isActive()


def test_broken_rule_files_are_reported_and_last_good_rules_used(
    qtbot: QtBot, sample_desk: Desk, clock: Clock
) -> None:
    good = load_rules().rules
    error = RuleSetError([Problem("pathway.toml", 12, "unknown role 'embasy'", "x")])
    wizard = ReferralWizard(
        sample_desk, "de", rules=lambda: RulesLoad(good, error, True), clock=clock
    )
    qtbot.addWidget(wizard)
    wizard.show()
    person(wizard, age=30, group="adult", gender="female", nationality="AT")
    happened(wizard, [], [], [], crossed=False)
    where(wizard, "AT")
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.result_page
    assert not page.rules_problem.isHidden()
    assert "pathway.toml, line 12" in page.rules_problem.text()
    assert "Hotline gegen Menschenhandel" in "\n".join(all_texts(wizard))  # rule texts in German


def test_answers_that_cannot_be_used_are_named_and_hold_the_page(
    wizard: ReferralWizard,
) -> None:
    page = wizard.person
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.problem_line.isHidden() and next_button.isEnabled()
    page.age.setValue(30)
    choose(page.age_group, "child")
    assert not page.isComplete() and not next_button.isEnabled()
    assert not page.problem_line.isHidden()
    assert "Age 30 does not fit the age group" in page.problem_line.text()
    choose(page.age_group, "adult")
    page.languages.setText("bg, Bulgarain")
    assert page.problem_line.text() == (
        "Languages: Bulgarain is not a language. Pick it from the list or write its name."
    )
    page.languages.setText("Bulgarian, Romani")  # names in the UI language are understood
    assert page.problem_line.isHidden()
    page.nationality.setCurrentText("BU")
    assert "Nationality: BU is not a country" in page.problem_line.text()
    page.nationality.setCurrentText("Bulgaria (BG)")
    assert page.problem_line.isHidden() and next_button.isEnabled()
    wizard.next()
    happened(wizard, [], [], [], crossed=False)
    wizard.where.country.setCurrentText("")
    assert not wizard.where.isComplete()
    assert wizard.where.problem_line.text() == "Choose the country where the person is now."
    wizard.where.country.setCurrentText("AT")
    assert wizard.where.isComplete() and wizard.where.problem_line.isHidden()
    wizard.where.region.setEditText("Sofia")  # not a region of Austria: the bodies would miss it
    assert not wizard.where.isComplete()
    assert "Region: Sofia is not a region" in wizard.where.problem_line.text()
    wizard.where.region.setEditText("Wien")  # a region's name in another language is understood
    assert wizard.where.isComplete() and wizard.where.problem_line.isHidden()
    assert wizard.case().region == "Vienna"
    wizard.where.region.setEditText("")
    case = wizard.case()
    assert (case.age, case.nationality, case.languages, case.country) == (
        30,
        "BG",
        ("bg", "rom"),
        "AT",
    )


def test_keyboard_and_screen_reader_labels(wizard: ReferralWizard) -> None:
    for page in (wizard.person, wizard.happened, wizard.where, wizard.urgency, wizard.consent):
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QCheckBox | QComboBox) or widget.inherits("QAbstractButton"):
                assert widget.accessibleName(), f"{type(widget).__name__} on {page.title()}"
        for label in page.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()
    box = wizard.person.unaccompanied
    box.setFocus()
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "&" in box.text(), "every checkbox has a mnemonic"


def child_begging_in_vienna(wizard: ReferralWizard) -> None:
    person(wizard, age=12, group="child", gender="male", nationality="BG", unaccompanied=True)
    happened(wizard, ["transportation", "harbouring"], [], ["forced_begging"])
    where(wizard, "AT", "Vienna")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == RESULT


def test_print_menu_calls_the_sheet_action_with_the_pathway(
    wizard: ReferralWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_sheet_action(*args: Any) -> None:
        calls.append(args)

    monkeypatch.setattr(print_actions, "sheet_action", fake_sheet_action)
    child_begging_in_vienna(wizard)
    page = wizard.result_page
    assert page.print_button.isEnabled() and "&" in page.print_button.text()
    assert page.print_button.accessibleName()
    assert page.print_button.menu() is page.print_menu
    entries = [a for a in page.print_menu.actions() if not a.isSeparator()]
    assert [a.text().replace("&", "") for a in entries] == [
        "Preview sheet…",
        "Print sheet…",
        "Save sheet as PDF…",
    ]
    for action, way in zip(
        entries, (print_actions.PREVIEW, print_actions.PRINT, print_actions.PDF), strict=True
    ):
        action.trigger()
        parent, desk, pathway, lang, chosen, _defaults = calls[-1]
        assert parent is page and desk is page.desk
        assert pathway is page.pathway and lang == "en" and chosen == way
    assert page.logged.isHidden(), "nothing was kept in the log"


def test_sheet_defaults_reach_the_options_dialog(
    qtbot: QtBot, sample_desk: Desk, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    defaults = SheetOptions(post="Consulate Vienna", caseworker="M. Petrova", second_lang="de")
    wizard = ReferralWizard(
        sample_desk, "bg", post_country="AT", clock=clock, sheet_defaults=defaults
    )
    qtbot.addWidget(wizard)
    wizard.show()
    seen: list[SheetOptions | None] = []

    def ask(_parent: object, lang: str, given: SheetOptions | None = None) -> None:
        assert lang == "bg"
        seen.append(given)

    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(ask))
    child_begging_in_vienna(wizard)
    assert wizard.result_page.print_sheet(print_actions.PDF) is None  # cancelled
    assert seen == [defaults]


def test_save_sheet_as_pdf_from_the_result_page(
    qtbot: QtBot, wizard: ReferralWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = SheetOptions(
        post="Consulate Vienna",
        caseworker="M. Petrova",
        second_lang="bg",
        paper=Paper.A4,
        person={"name": "Ivan Secretov"},
    )
    given: list[SheetOptions | None] = []

    def ask(_parent: object, _lang: str, defaults: SheetOptions | None = None) -> SheetOptions:
        given.append(defaults)
        return options

    monkeypatch.setattr(SheetOptionsDialog, "ask", staticmethod(ask))
    target = tmp_path / "sheet"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    child_begging_in_vienna(wizard)
    page = wizard.result_page
    notices: list[Changes] = []
    page.desk.subscribe(notices.append)
    page.pdf_sheet_action.trigger()
    reference = page.logged_reference
    assert reference is not None and notices == [Changes(referral_log=True)]
    assert not page.logged.isHidden()
    assert page.logged.text().startswith(f"Saved in the referral log as {reference}. ")
    assert "Mark each body as referred there" in page.logged.text(), "saved is not referred"
    text = pdf_text(target.with_suffix(".pdf"))
    assert reference in text and "Drehscheibe" in text and "Ivan Secretov" in text
    assert "Consulate Vienna" in text and "Оценка" in text  # bilingual: Bulgarian labels too
    stored = page.desk.log.get(reference)
    drehscheibe = body_item(wizard, "Drehscheibe").data(0, Qt.ItemDataRole.UserRole)
    assert stored is not None and drehscheibe in [b.record_id for b in stored.bodies]

    # A second copy of the same referral is not counted twice unless the caseworker asks.
    monkeypatch.setattr(
        SheetOptionsDialog,
        "ask",
        staticmethod(lambda _p, _l, defaults=None: given.append(defaults) or defaults),
    )
    page.pdf_sheet_action.trigger()
    assert given[-1] is not None and not given[-1].save_to_log
    assert [r.reference for r in page.desk.log.list()] == [reference]
    assert len(notices) == 1, "a copy not kept in the log sends no notice"
    assert f" as {reference}. " in page.logged.text()

    wizard.result_page.again_button.click()
    child_begging_in_vienna(wizard)
    assert page.logged.isHidden() and page.logged_reference is None  # a new referral


def test_an_embassy_abroad_is_two_facts_where_it_is_and_whom_it_represents(
    qtbot: QtBot, sample_desk: Desk, clock: Clock
) -> None:
    """Issue 9, point 1: the Austrian embassy in Sofia, a Bulgarian child in Vienna."""
    wizard = ReferralWizard(sample_desk, "de", post_country="BG", clock=clock, post_represents="AT")
    qtbot.addWidget(wizard)
    where = wizard.where
    assert where.country.currentData() == "BG"  # the person is usually where the post is
    assert where.country.currentText() == "Bulgarien (BG)"  # names in the UI language
    assert (where.post.currentData(), where.post_in.currentData()) == ("AT", "BG")
    choose(where.country, "AT")
    choose(wizard.person.nationality, "BG")
    wizard.person.age.setValue(12)
    case = wizard.case()
    assert (case.country, case.post_represents, case.post_location) == ("AT", "AT", "BG")
    assert not own_national_abroad(case)
    where.post.setCurrentText("Keine (Polizei)")  # not a country: named, never guessed
    assert "is not a country" in where.problem_line.text()
    choose(where.post, "")  # none: a police station or a border crossing point
    assert wizard.case().post_represents is None and where.problem_line.isHidden()


def test_pickers_find_a_country_by_any_part_of_its_name(wizard: ReferralWizard) -> None:
    nationality = wizard.person.nationality
    completer = nationality.completer()
    assert completer is not None
    completer.setCompletionPrefix("kraine")
    assert completer.currentCompletion() == "Ukraine (UA)"
    wizard.person.language_choice.setCurrentIndex(wizard.person.language_choice.findData("rom"))
    wizard.person.language_choice.activated.emit(wizard.person.language_choice.currentIndex())
    assert wizard.case().languages == ("rom",)


def test_an_age_that_contradicts_the_age_group_is_asked_about(wizard: ReferralWizard) -> None:
    page = wizard.person
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.age_question_box.isHidden()
    page.age.setValue(12)
    choose(page.age_group, "adult")
    assert not page.age_question_box.isHidden() and not next_button.isEnabled()
    assert page.age_question.text() == "Age 12 is under 18, but “Adult” is chosen. Which is right?"
    assert page.by_age_button.text() == "A &child, aged 12"
    page.by_age_button.click()  # a child of 12
    assert page.age_group.currentData() == "child" and page.age.value() == 12
    assert page.age_question_box.isHidden() and next_button.isEnabled()

    page.age.setValue(30)
    assert "Age 30 is 18 or over" in page.age_question.text()
    page.by_group_button.click()  # the group is right; the age is not known
    assert page.age.value() == -1 and page.age_group.currentData() == "child"
    assert page.age_question_box.isHidden() and next_button.isEnabled()


def test_regions_are_offered_for_the_country_where_the_person_is(
    wizard: ReferralWizard,
) -> None:
    where = wizard.where
    where.country.setCurrentText("BG")
    names = [where.region.itemData(i) for i in range(where.region.count())]
    assert "Sofia City" in names and "Vienna" not in names
    where.country.setCurrentText("AT")
    where.region.setCurrentIndex(where.region.findData("Styria"))
    case = wizard.case()
    assert case.region == "Styria"


def test_long_check_box_texts_wrap_instead_of_scrolling_sideways(
    qtbot: QtBot, wizard: ReferralWizard
) -> None:
    # a German text at 200 % on 1366×768 is as wide, against the page, as this is here
    wizard.resize(420, 520)
    for page in (wizard.person, wizard.happened, wizard.where):
        wizard.restart() if page is wizard.person else wizard.next()
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is p)  # type: ignore[misc]
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        qtbot.waitUntil(lambda s=scroll: s.viewport().width() > 0)  # type: ignore[misc]
        scroll.widget().layout().activate()
        assert scroll.widget().width() <= scroll.viewport().width(), "no sideways scrolling"
        boxes = [b for b in page.findChildren(QCheckBox) if b.isVisibleTo(page) and b.text()]
        right = scroll.viewport().mapToGlobal(scroll.viewport().rect().topRight()).x()
        for box in boxes:
            assert box.mapToGlobal(box.rect().topRight()).x() <= right, box.text()
        qtbot.wait(50)  # the rows' own layouts follow the page's
        cut = [b.text() for b in boxes if b.height() < b.heightForWidth(b.width())]
        assert not cut, "a line of the answer is cut off"
