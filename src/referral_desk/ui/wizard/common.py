"""What the wizard's pages share: the answer-page base, problems, checklists, explain buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
    QWizardPage,
)

from referral_desk.domain.answers import CaseAnswers, Issue, Problem
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.ui.mnemonics import (
    give_mnemonics,
    resolve_clashes,
    set_plain_label,
    wizard_buttons,
)
from referral_desk.ui.vocab_labels import label
from referral_desk.ui.wizard.terms import CONTEXT, Term
from referral_desk.ui.wrapping_check_box import WrappingCheckBox

translate = QCoreApplication.translate


def term(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ProblemLine(QLabel):
    """The problems of a page's answers in words, hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the typed text is shown as typed
        self.setStyleSheet("color: #9a3412")
        self.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.setText("\n".join(problem_text(p) for p in problems))
        self.setVisible(bool(problems))


class AnswerPage(QWizardPage):
    """A page that asks something: it fills its fields of the answers and can forget them."""

    FIELDS: ClassVar[frozenset[str]] = frozenset()  # the fields of CaseAnswers this page fills

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_line = ProblemLine(self)  # a page that can have problems lays it out

    def initializePage(self) -> None:  # Qt's name
        """Give the vocabulary's labels on this page letters no other control here uses."""
        wizard = self.wizard()
        buttons = [] if wizard is None else wizard_buttons(wizard)
        give_mnemonics(self, buttons)
        resolve_clashes(self, [b.text() for b in buttons])

    def fill(self, answers: CaseAnswers) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        """What is wrong with this page's answers, by the domain's checks."""
        answers = CaseAnswers()
        self.fill(answers)
        return [p for p in answers.problems() if p.field in self.FIELDS]

    def isComplete(self) -> bool:  # Qt's name
        return not self.problems()

    def answers_changed(self) -> None:
        """Word what is wrong now, and let the wizard check its Next button again."""
        self.problem_line.show_problems(self.problems())
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # Qt's name; Back keeps the answers
        pass


ISSUES = {
    Issue.NO_COUNTRY: QT_TRANSLATE_NOOP("Wizard", "Choose the country where the person is now."),
    Issue.AGE_AND_GROUP_DISAGREE: QT_TRANSLATE_NOOP(
        "Wizard", "Age %1 does not fit the age group: change one of them."
    ),
    Issue.AGE_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Wizard", "Age %1 is not between 0 and 120."),
    Issue.NOT_LANGUAGE_CODES: QT_TRANSLATE_NOOP(
        "Wizard", "Languages: %1 is not a language. Pick it from the list or write its name."
    ),
    Issue.NOT_A_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "Wizard", "%2: %1 is not a country. Pick one from the list."
    ),
    Issue.NOT_A_REGION: QT_TRANSLATE_NOOP(
        "Wizard",
        "Region: %1 is not a region of this country. Pick one from the list or leave it empty.",
    ),
}
CODE_FIELDS = {
    "country": QT_TRANSLATE_NOOP("Wizard", "Country"),
    "nationality": QT_TRANSLATE_NOOP("Wizard", "Nationality"),
    "post_represents": QT_TRANSLATE_NOOP("Wizard", "Country your post represents"),
    "post_location": QT_TRANSLATE_NOOP("Wizard", "Country where your post is"),
    "exploitation_country": QT_TRANSLATE_NOOP("Wizard", "Exploited in"),
}


def problem_text(problem: Problem) -> str:
    """One problem, worded for the caseworker, naming the answer it is about."""
    name = CODE_FIELDS.get(problem.field, problem.field)
    return (
        translate("Wizard", ISSUES[problem.issue])
        .replace("%2", translate("Wizard", name))
        .replace("%1", problem.text)
    )


def scroll_body(page: QWidget) -> QWidget:
    """A widget to lay a page out on, inside a scroll area that fills the page.

    At 200 % on a small screen a page is taller than the wizard has room for: it scrolls
    instead of pushing the wizard's buttons off screen. The "?" buttons stand before what
    they explain, so that sideways scrolling (long labels at 200 %) never hides them.
    """
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return body


def explain_button(parent: QWidget, subject: str, explanation: str) -> QToolButton:
    """A small "?" button that shows the explanation of a term next to it."""
    button = QToolButton(parent)
    button.setText("?")
    button.setToolTip(explanation)
    button.setWhatsThis(explanation)
    button.setAccessibleName(
        QCoreApplication.translate("Wizard", "Explain: %1").replace("%1", subject.replace("&", ""))
    )
    button.setAccessibleDescription(explanation)
    button.clicked.connect(
        lambda: QWhatsThis.showText(
            button.mapToGlobal(QPoint(0, button.height())), explanation, button
        )
    )
    return button


def with_explanation(box: QWidget, subject: str, explanation: str) -> QWidget:
    """A widget with its "?" button beside it; the widget also explains itself on hover."""
    box.setToolTip(explanation)
    box.setWhatsThis(explanation)
    row = QWidget(box.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    # The "?" first: a long label in German or Bulgarian at 200 % never pushes it out of sight.
    layout.addWidget(explain_button(row, subject, explanation))
    layout.addWidget(box, 1)
    return row


class Checklist(QGroupBox):
    """A titled list of terms to tick, each with its explanation on demand.

    With ``mnemonics`` each box gets an Alt-key letter when its page opens.
    """

    def __init__(
        self,
        title: str,
        terms: Sequence[Term],
        parent: QWidget | None = None,
        mnemonics: bool = False,
    ) -> None:
        super().__init__(title, parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for row, (value, explanation) in enumerate(terms):
            name = label(value)
            box = WrappingCheckBox("", self)
            if mnemonics:
                set_plain_label(box, name)
            else:
                box.setText(name.replace("&", "&&"))
                box.setAccessibleName(name)
            box.setToolTip(term(explanation))
            box.setWhatsThis(term(explanation))
            self.boxes[str(value)] = box
            grid.addWidget(explain_button(self, name, term(explanation)), row, 0)
            grid.addWidget(box, row, 1)
        grid.setColumnStretch(1, 1)

    def selected(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, values: Sequence[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


def _answer_fields(page: QWidget) -> list[QWidget]:
    """The lists and text fields of a page, not the line edit inside a list or a number."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QComboBox | QLineEdit)
        and not isinstance(widget.parentWidget(), QComboBox | QSpinBox)
    ]


def copy_answers(old: QWidget, new: QWidget) -> None:
    """Give the widgets of ``new`` the values shown in ``old``, a page built the same way.

    Lists whose items are named in the UI language (countries, regions) are matched by
    the value behind the item, so a page rebuilt in another language keeps each answer.
    """
    for kind in (QCheckBox, QRadioButton, QSpinBox):
        for before, after in zip(old.findChildren(kind), new.findChildren(kind), strict=True):
            if isinstance(before, QSpinBox) and isinstance(after, QSpinBox):
                after.setValue(before.value())
            elif isinstance(before, QCheckBox | QRadioButton):
                assert isinstance(after, QCheckBox | QRadioButton)
                after.setChecked(before.isChecked())
    # In the order built: a country before its regions.
    for before, after in zip(_answer_fields(old), _answer_fields(new), strict=True):
        if isinstance(before, QLineEdit) and isinstance(after, QLineEdit):
            after.setText(before.text())
        elif isinstance(before, QComboBox) and isinstance(after, QComboBox):
            index = before.currentIndex()
            picked = index >= 0 and before.itemText(index) == before.currentText()
            found = after.findData(before.itemData(index)) if picked else -1
            if found >= 0 and before.itemData(index) is not None:
                after.setCurrentIndex(found)
            elif picked and not before.isEditable():
                after.setCurrentIndex(index)
            else:  # typed, matching no item: kept as typed
                after.setEditText(before.currentText())


def tri_state(parent: QWidget, name: str) -> QComboBox:
    """Not known / Yes / No, for answers the caseworker may not have."""
    combo = QComboBox(parent)
    options = (
        (QT_TRANSLATE_NOOP("Wizard", "Not known"), None),
        (QT_TRANSLATE_NOOP("Wizard", "Yes"), True),
        (QT_TRANSLATE_NOOP("Wizard", "No"), False),
    )
    for text, value in options:
        combo.addItem(QCoreApplication.translate("Wizard", text), value)
    combo.setAccessibleName(name)
    return combo


def tri_state_value(combo: QComboBox) -> bool | None:
    """The answer of a tri_state combo: None when not known."""
    value = combo.currentData()
    return value if isinstance(value, bool) else None
