"""What the wizard's pages share: the answer-page base, term checklists, explain buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QToolButton,
    QWhatsThis,
    QWidget,
    QWizard,
    QWizardPage,
)

from referral_desk.domain.i18n import QT_TRANSLATE_NOOP
from referral_desk.ui.mnemonics import give_mnemonics, set_plain_label
from referral_desk.ui.vocab_labels import label
from referral_desk.ui.wizard.terms import CONTEXT, Term


def term(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AnswerPage(QWizardPage):
    """A page that asks something: it writes its answers into the case and can forget them."""

    def initializePage(self) -> None:  # Qt's name
        """Give the vocabulary's labels on this page letters no other control here uses."""
        wizard = self.wizard()
        kinds = (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
        )
        buttons = [] if wizard is None else [wizard.button(kind) for kind in kinds]
        give_mnemonics(self, [b for b in buttons if b is not None])

    def fill(self, answers: dict[str, Any]) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError

    def cleanupPage(self) -> None:  # Qt's name; Back keeps the answers
        pass


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
    layout.addWidget(box, 1)
    layout.addWidget(explain_button(row, subject, explanation))
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
            box = QCheckBox(self)
            if mnemonics:
                set_plain_label(box, name)
            else:
                box.setText(name.replace("&", "&&"))
                box.setAccessibleName(name)
            box.setToolTip(term(explanation))
            box.setWhatsThis(term(explanation))
            self.boxes[str(value)] = box
            grid.addWidget(box, row, 0)
            grid.addWidget(explain_button(self, name, term(explanation)), row, 1)
        grid.setColumnStretch(0, 1)

    def selected(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, values: Sequence[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in values)


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


def code_combo(parent: QWidget, codes: Sequence[str], name: str, blank: bool) -> QComboBox:
    """An editable list of ISO country codes (two capital letters)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    if blank:
        combo.addItem("")
    combo.addItems(list(codes))
    combo.setAccessibleName(name)
    line = combo.lineEdit()
    assert line is not None
    line.setMaxLength(2)
    line.textEdited.connect(lambda text: line.setText(text.upper()))
    return combo


def combo_code(combo: QComboBox) -> str | None:
    text = combo.currentText().strip().upper()
    return text if len(text) == 2 and text.isalpha() else None


COUNTRY_CODES = (
    "AT",
    "BG",
    "RO",
    "UA",
    "HU",
    "SK",
    "CZ",
    "DE",
    "IT",
    "GR",
    "TR",
    "RS",
    "MK",
    "MD",
    "SY",
    "AF",
    "IQ",
    "NG",
    "PH",
    "VN",
    "CN",
    "IN",
)
