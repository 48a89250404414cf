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
from referral_desk.ui.wizard.common import AnswerPage
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
        self.setWindowTitle(self.tr("Referral pathway"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.person = PersonPage(self, lang)
        self.happened = HappenedPage(self)
        self.where = WherePage(post_country, self, lang, post_represents, post_region)
        self.urgency = UrgencyPage(self._after_urgency, self)
        self.consent = ConsentPage(self)
        self.summary = SummaryPage(self.case, self)
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
