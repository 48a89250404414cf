"""Wizard page: the person (age, presumed minority, gender, nationality, asylum, languages)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.case import AgeGroup, Gender
from referral_desk.domain.codes import find_language
from referral_desk.domain.person import ADULT_AGE, age_fits_group
from referral_desk.ui.code_pickers import choose_code, country_picker, language_picker, picked_text
from referral_desk.ui.wizard.common import AnswerPage, scroll_body, term, with_explanation
from referral_desk.ui.wizard.terms import EXPLAIN
from referral_desk.ui.wrapping_check_box import WrappingCheckBox


class PersonPage(AnswerPage):
    FIELDS = frozenset(
        {
            "age",
            "age_group",
            "age_uncertain",
            "gender",
            "nationality",
            "unaccompanied",
            "seeks_asylum",
            "irregular_stay",
            "languages",
            "age_estimated",
            "separated_child",
        }
    )

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The person"))
        self.setSubTitle(
            self.tr(
                "Only what changes the referral. Never enter a name or other identifying details."
            )
        )
        form = QFormLayout(scroll_body(self))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: field below
        self.age = QSpinBox(self)
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.age.setAccessibleName(self.tr("Age in years"))
        self.age_group = QComboBox(self)
        for text, value in (
            (self.tr("Not known"), AgeGroup.UNKNOWN),
            (self.tr("Child (under 18)"), AgeGroup.CHILD),
            (self.tr("Adult"), AgeGroup.ADULT),
        ):
            self.age_group.addItem(text, value.value)
        self.age_group.setAccessibleName(self.tr("Age group"))
        self.age_uncertain = WrappingCheckBox(
            self.tr("Age &uncertain, and there are reasons to believe this is a child"), self
        )
        self.gender = QComboBox(self)
        for text, gender in (
            (self.tr("Not known"), Gender.UNKNOWN),
            (self.tr("Female"), Gender.FEMALE),
            (self.tr("Male"), Gender.MALE),
            (self.tr("Other"), Gender.OTHER),
        ):
            self.gender.addItem(text, gender.value)
        self.gender.setAccessibleName(self.tr("Gender"))
        self.nationality = country_picker(
            self, lang, self.tr("Nationality"), blank=self.tr("Not known")
        )
        self.age_estimated = WrappingCheckBox(self.tr("The age is my &estimate"), self)
        self.separated_child = WrappingCheckBox(
            self.tr("A child with an adult who is not a verified parent or carer"), self
        )
        self.unaccompanied = WrappingCheckBox(self.tr("A child &without a parent or carer"), self)
        self.seeks_asylum = WrappingCheckBox(
            self.tr("Seeks as&ylum (international protection)"), self
        )
        self.irregular_stay = WrappingCheckBox(
            self.tr("Foreign national without a right to &stay"), self
        )
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. Bulgarian, Romani"))
        self.languages.setAccessibleName(self.tr("Languages the person speaks"))
        self.language_choice = language_picker(self, lang, self.tr("Add a language"))
        self.language_choice.activated.connect(self._add_language)
        languages = QWidget(self)
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.languages, 2)
        row.addWidget(self.language_choice, 1)
        for text, widget in (
            (self.tr("&Age:"), self.age),
            (self.tr("Age &group:"), self.age_group),
            (self.tr("G&ender:"), self.gender),
            (self.tr("&Nationality:"), self.nationality),
            (self.tr("&Languages:"), languages),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for box, key in (
            (self.age_estimated, "age_estimated"),
            (self.age_uncertain, "age_uncertain"),
            (self.unaccompanied, "unaccompanied"),
            (self.separated_child, "separated_child"),
            (self.seeks_asylum, "seeks_asylum"),
            (self.irregular_stay, "irregular_stay"),
        ):
            box.setAccessibleName(box.text().replace("&", ""))
            form.addRow(with_explanation(box, box.text(), term(EXPLAIN[key])))
        form.addRow(self.problem_line)
        form.addRow(self._age_question())
        self.age.valueChanged.connect(self.answers_changed)
        self.age_group.currentIndexChanged.connect(self.answers_changed)
        self.nationality.editTextChanged.connect(self.answers_changed)
        self.languages.textChanged.connect(self.answers_changed)
        self.reset()

    def _age_question(self) -> QWidget:
        """Asked when the age and the age group disagree: which of the two is right?"""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.age_question = QLabel(box)
        self.age_question.setWordWrap(True)
        self.by_age_button = QPushButton(box)
        self.by_group_button = QPushButton(box)
        self.by_age_button.setAutoDefault(False)
        self.by_group_button.setAutoDefault(False)
        self.by_age_button.setAccessibleName(self.tr("The age is right: set the age group"))
        self.by_group_button.setAccessibleName(self.tr("The age group is right: clear the age"))
        row.addWidget(self.age_question, 1)
        row.addWidget(self.by_age_button)
        row.addWidget(self.by_group_button)
        self.by_age_button.clicked.connect(self._group_from_age)
        self.by_group_button.clicked.connect(lambda: self.age.setValue(-1))
        self.age_question_box = box
        box.hide()
        return box

    def _age_in_years(self) -> int | None:
        return None if self.age.value() < 0 else self.age.value()

    def _group_from_age(self) -> None:
        age = self._age_in_years()
        if age is not None:
            group = AgeGroup.CHILD if age < ADULT_AGE else AgeGroup.ADULT
            self.age_group.setCurrentIndex(self.age_group.findData(group.value))

    def answers_changed(self) -> None:
        """Also ask, when the age and the age group disagree, which one is right."""
        super().answers_changed()
        age, group = self._age_in_years(), AgeGroup(self.age_group.currentData())
        if age_fits_group(age, group):
            self.age_question_box.hide()
            return
        assert age is not None
        chosen = self.age_group.currentText()
        if age < ADULT_AGE:
            question = self.tr("Age %1 is under 18, but “%2” is chosen. Which is right?")
            by_age = self.tr("A &child, aged %1").replace("%1", str(age))
        else:
            question = self.tr("Age %1 is 18 or over, but “%2” is chosen. Which is right?")
            by_age = self.tr("An a&dult, aged %1").replace("%1", str(age))
        self.age_question.setText(question.replace("%1", str(age)).replace("%2", chosen))
        self.by_age_button.setText(by_age)
        self.by_group_button.setText(self.tr("“%1”, age not &known").replace("%1", chosen))
        self.age_question_box.show()

    def fill(self, answers: CaseAnswers) -> None:
        age = self.age.value()
        answers.age = None if age < 0 else age
        answers.age_group = AgeGroup(self.age_group.currentData())
        answers.age_uncertain = self.age_uncertain.isChecked()
        answers.gender = Gender(self.gender.currentData())
        answers.nationality = answers.read_country("nationality", picked_text(self.nationality))
        answers.age_estimated = self.age_estimated.isChecked()
        answers.separated_child = self.separated_child.isChecked()
        answers.unaccompanied = self.unaccompanied.isChecked()
        answers.seeks_asylum = self.seeks_asylum.isChecked()
        answers.irregular_stay = self.irregular_stay.isChecked()
        answers.languages = answers.read_languages(self.languages.text())

    def reset(self) -> None:
        self.age.setValue(-1)
        self.age_group.setCurrentIndex(0)
        self.gender.setCurrentIndex(0)
        choose_code(self.nationality, None)
        self.languages.clear()
        self.language_choice.setCurrentIndex(0)
        for box in (
            self.age_estimated,
            self.age_uncertain,
            self.unaccompanied,
            self.separated_child,
            self.seeks_asylum,
            self.irregular_stay,
        ):
            box.setChecked(False)

    def _add_language(self) -> None:
        """Append the language picked in the list to those typed, each once."""
        code = find_language(picked_text(self.language_choice))
        if code is None:
            return
        typed = [part.strip() for part in self.languages.text().split(",") if part.strip()]
        if code not in {find_language(part) for part in typed}:
            self.languages.setText(", ".join([*typed, self.language_choice.currentText()]))
        self.language_choice.setCurrentIndex(0)
