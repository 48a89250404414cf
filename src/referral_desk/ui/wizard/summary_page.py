"""Wizard page: the answers in brief, to check before the pathway is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget, QWizardPage

from referral_desk.domain import codes
from referral_desk.domain.case import Case
from referral_desk.domain.person import treated_as_child
from referral_desk.domain.region_names import region_name
from referral_desk.ui.vocab_labels import label
from referral_desk.ui.wizard.terms import ACTS, MEANS, PURPOSES, URGENCIES, Term


def _labels(values: frozenset[str], terms: list[Term]) -> str:
    return ", ".join(label(value) for value, _ in terms if value in values)


class SummaryPage(QWizardPage):
    def __init__(
        self, case: Callable[[], Case], parent: QWidget | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.lang = lang  # countries, regions and languages are named in it
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check the answers. Go back to change any of them."))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Summary of the answers"))
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Press Next to see the referral pathway."), self))

    def initializePage(self) -> None:  # Qt's name
        self.text.setPlainText("\n".join(self.lines(self.case())))

    def lines(self, case: Case) -> list[str]:
        child = treated_as_child(case)
        unknown = self.tr("not known")
        yes_no = {True: self.tr("yes"), False: self.tr("no"), None: unknown}
        age = str(case.age) if case.age is not None else unknown
        lines = [
            self.tr("Child or presumed child: %1").replace("%1", yes_no[child]),
            self.tr("Age: %1").replace("%1", age),
            self.tr("Nationality: %1").replace("%1", self._country(case.nationality) or unknown),
            self.tr("Where: %1").replace("%1", ", ".join(self._where(case))),
            self.tr("Languages spoken: %1").replace(
                "%1",
                ", ".join(codes.language_name(c, self.lang) for c in case.languages) or unknown,
            ),
            self.tr("Seeks asylum: %1").replace("%1", yes_no[case.seeks_asylum]),
            self.tr("Act: %1").replace("%1", _labels(frozenset(case.acts), ACTS) or "—"),
            self.tr("Means: %1").replace("%1", _labels(frozenset(case.means), MEANS) or "—"),
            self.tr("Purpose: %1").replace(
                "%1", _labels(frozenset(case.purposes), PURPOSES) or "—"
            ),
            self.tr("Moved across a border: %1").replace("%1", yes_no[case.crossed_border]),
            self.tr("Agreed to the journey: %1").replace("%1", yes_no[case.consented_to_move]),
            self.tr("Free to leave: %1").replace("%1", yes_no[case.free_to_leave]),
            self.tr("Urgent: %1").replace("%1", _labels(frozenset(case.urgent), URGENCIES) or "—"),
        ]
        if not child:
            lines.append(
                self.tr("Consents to referral: %1").replace("%1", yes_no[case.consents_to_referral])
            )
        return lines

    def _country(self, code: str | None) -> str:
        return codes.country_name(code, self.lang) if code else ""

    def _where(self, case: Case) -> list[str]:
        region = region_name(case.country, case.region, self.lang) if case.region else ""
        return [part for part in (self._country(case.country), region) if part]
