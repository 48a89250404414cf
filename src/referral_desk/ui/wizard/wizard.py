"""The referral wizard: from what the caseworker sees to who to call, in order, and why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.case import Case
from referral_desk.domain.person import treated_as_child
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import RulesLoad, load_rules
from referral_desk.ui.print_actions import SheetOptions
from referral_desk.ui.screen_fit import fit_to_screen
from referral_desk.ui.wizard.common import AnswerPage, copy_answers
from referral_desk.ui.wizard.consent_page import ConsentPage
from referral_desk.ui.wizard.happened_page import HappenedPage
from referral_desk.ui.wizard.person_page import PersonPage
from referral_desk.ui.wizard.result_page import ResultPage
from referral_desk.ui.wizard.summary_page import SummaryPage
from referral_desk.ui.wizard.urgency_page import UrgencyPage
from referral_desk.ui.wizard.where_page import WherePage

PERSON, HAPPENED, WHERE, URGENCY, CONSENT, SUMMARY, RESULT = range(7)
# Room for the result page's steps, bodies and reasons; less on a smaller (or scaled) screen.
PREFERRED_SIZE = QSize(1100, 900)


def _now() -> datetime:
    return datetime.now(UTC)


class ReferralWizard(QWizard):
    """Asks what changes the outcome, then shows the explained pathway; never runs exec() itself."""

    open_record = Signal(str)  # the id of a directory record to show in the main window

    def __init__(
        self,
        desk: Desk,
        lang: str,
        parent: QWidget | None = None,
        post_country: str | None = None,  # where the post is
        rules: Callable[[], RulesLoad] = load_rules,
        clock: Callable[[], datetime] = _now,
        sheet_defaults: SheetOptions | None = None,
        post_represents: str | None = None,  # the country the post represents, if any
        post_region: str | None = None,  # the region where the post is
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self._made_with = {
            "desk": desk,
            "post_country": post_country,
            "rules": rules,
            "clock": clock,
            "sheet_defaults": sheet_defaults,
            "post_represents": post_represents,
            "post_region": post_region,
        }
        self.setWindowTitle(self.tr("Referral pathway"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.person = PersonPage(self, lang)
        self.happened = HappenedPage(self)
        self.where = WherePage(post_country, self, lang, post_represents, post_region)
        self.urgency = UrgencyPage(self._after_urgency, self)
        self.consent = ConsentPage(self)
        self.summary = SummaryPage(self.case, self, lang)
        self.result_page = ResultPage(desk, lang, self.case, rules, clock, self, sheet_defaults)
        self.answer_pages: list[AnswerPage] = [
            self.person,
            self.happened,
            self.where,
            self.urgency,
            self.consent,
        ]
        for page_id, page in enumerate(
            (
                self.person,
                self.happened,
                self.where,
                self.urgency,
                self.consent,
                self.summary,
                self.result_page,
            )
        ):
            self.setPage(page_id, page)
        self.result_page.open_record.connect(self.open_record)
        self.result_page.start_over.connect(self.start_over)
        fit_to_screen(self, PREFERRED_SIZE, share=0.95, place=False)

    def in_language(self, lang: str) -> ReferralWizard:
        """The same wizard made again in ``lang``: every answer kept, on the same page.

        Every text, list and explanation is made in the new language as the pages are
        built; the pathway on the result page is worked out again, and a referral
        already kept in the log stays this pathway's entry.
        """
        twin = ReferralWizard(lang=lang, parent=self.parentWidget(), **self._made_with)  # type: ignore[arg-type]
        for before, after in zip(self.answer_pages, twin.answer_pages, strict=True):
            copy_answers(before, after)
        twin.setGeometry(self.geometry())
        twin.restart()
        for page_id in self.visitedIds()[1:]:
            if twin.currentId() == page_id:
                continue
            twin.next()
        if self.result_page.logged_reference is not None and twin.currentId() == RESULT:
            twin.result_page.show_logged(self.result_page.logged_reference)
        return twin

    def _after_urgency(self) -> int:
        return SUMMARY if self.is_child() else CONSENT

    def case(self) -> Case:
        """The case as answered so far; a child's consent is never asked or used."""
        answers = CaseAnswers()
        for page in self.answer_pages:
            page.fill(answers)
        return answers.case()

    def is_child(self) -> bool:
        return treated_as_child(self.case())

    def start_over(self) -> None:
        """Forget every answer and go back to the first page."""
        self.result_page.cleanupPage()
        for page in self.answer_pages:
            page.reset()
        self.restart()
