"""Wizard page: where the person is now, and which country's post handles the case."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from referral_desk.domain.answers import CaseAnswers
from referral_desk.ui.wizard.common import (
    COUNTRY_CODES,
    AnswerPage,
    code_combo,
    term,
    with_explanation,
)
from referral_desk.ui.wizard.terms import EXPLAIN

REGIONS = (
    "",
    "Vienna",
    "Burgenland",
    "Lower Austria",
    "Salzburg",
    "Styria",
    "Tyrol",
    "Sofia City",
    "Sofia Province",
    "Plovdiv",
    "Varna",
    "Burgas",
    "Sliven",
    "Pazardzhik",
)


class WherePage(AnswerPage):
    FIELDS = frozenset({"country", "region", "post_country"})

    def __init__(self, post_country: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post_country = post_country
        self.setTitle(self.tr("Where"))
        self.setSubTitle(self.tr("The country and region where the person is now."))
        form = QFormLayout(self)
        self.country = code_combo(
            self, COUNTRY_CODES, self.tr("Country where the person is"), False
        )
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.addItems(list(REGIONS))
        self.region.setAccessibleName(self.tr("Region"))
        self.post = code_combo(self, COUNTRY_CODES, self.tr("Country of your post"), blank=True)
        for text, widget in (
            (self.tr("&Country:"), self.country),
            (self.tr("&Region:"), self.region),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        label = QLabel(self.tr("Your &post's country:"), self)
        label.setBuddy(self.post)
        form.addRow(label, with_explanation(self.post, label.text(), term(EXPLAIN["post"])))
        form.addRow(self.problem_line)
        for combo in (self.country, self.post):
            combo.editTextChanged.connect(self.answers_changed)
        self.reset()

    def fill(self, answers: CaseAnswers) -> None:
        answers.country = answers.read_country("country", self.country.currentText())
        answers.region = self.region.currentText().strip() or None
        answers.post_country = answers.read_country("post_country", self.post.currentText())

    def reset(self) -> None:
        start = self.post_country if self.post_country in COUNTRY_CODES else "AT"
        self.country.setCurrentText(start or "AT")
        self.region.setCurrentIndex(0)
        self.post.setCurrentText(self.post_country or "")
