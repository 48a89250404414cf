"""Wizard page: the pathway, by phase, with each body's contacts and whether it is reachable now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from referral_desk.domain import labels
from referral_desk.domain.case import Case, Pathway
from referral_desk.domain.contact_rows import phone_row
from referral_desk.domain.now_steps import now_steps
from referral_desk.domain.rules.model import SELF_ROLE
from referral_desk.services.desk import Desk
from referral_desk.services.pathway import RulesLoad
from referral_desk.sheets.pathway_text import (
    NO_BODY,
    NO_ONE_NOW,
    NOT_SUGGESTED,
    REGION_NEEDED,
    body_text,
    pathway_as_text,
)
from referral_desk.ui import print_actions
from referral_desk.ui.flow_layout import FlowLayout
from referral_desk.ui.plain_text import plain, tooltip
from referral_desk.ui.print_actions import SheetOptions

REFRESH_MS = 60_000
BODY_ID = Qt.ItemDataRole.UserRole


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the width it has (a spanned row: the whole tree)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self.tree
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        spanned = tree.isFirstColumnSpanned(index.row(), index.parent())
        if spanned or index.column() == tree.columnCount() - 1:
            width = tree.viewport().width() - tree.header().sectionPosition(index.column())
        else:
            width = tree.header().sectionSize(index.column())
        if index.column() == 0:
            width -= tree.indentation() * (depth + 1)
        width = max(60, width - 12)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = tree.fontMetrics() if not isinstance(font, QFont) else QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(hint.width(), max(hint.height(), height + 6))


class WrappingTree(QTreeWidget):
    """A tree whose long steps, reasons and names wrap instead of being cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().setStretchLastSection(False)
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.header()
        reach = max(header.sectionSizeHint(1), self.fontMetrics().horizontalAdvance("M" * 14))
        header.resizeSection(0, max(120, self.viewport().width() - reach))
        header.resizeSection(1, reach)
        self.scheduleDelayedItemsLayout()


class ResultPage(QWizardPage):
    open_record = Signal(str)
    start_over = Signal()

    def __init__(
        self,
        desk: Desk,
        lang: str,
        case: Callable[[], Case],
        rules: Callable[[], RulesLoad],
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        sheet_defaults: SheetOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.sheet_defaults = sheet_defaults or SheetOptions()
        self.logged_reference: str | None = None  # this pathway's entry in the referral log
        self.desk, self.lang, self.case, self.rules, self.clock = (
            desk,
            lang,
            case,
            rules,
            clock,
        )
        self.pathway: Pathway | None = None
        self.setTitle(self.tr("Referral pathway"))
        layout = QVBoxLayout(self)
        self.rules_problem = QLabel(self)
        self.rules_problem.setWordWrap(True)
        self.rules_problem.hide()
        self.now_box = QLabel(self)  # rich text built here, every value escaped
        self.now_box.setTextFormat(Qt.TextFormat.RichText)
        self.now_box.setWordWrap(True)
        self.now_box.setStyleSheet(
            "QLabel { background: #fff4e0; border: 1px solid #d9a441; padding: 6px; }"
        )
        self.now_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_box.setAccessibleName(self.tr("Now"))
        self.assessment = QLabel(self)
        self.warnings = QLabel(self)  # the warnings, in the "Now" box; kept for reading out
        self.warnings.hide()
        for label in (self.rules_problem, self.assessment, self.warnings):
            plain(label)  # rule texts, shown as written
        for label in (self.assessment, self.warnings):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.assessment.setAccessibleName(self.tr("Assessment"))
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.tree = WrappingTree(self)
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Reachable now")])
        self.tree.setAccessibleName(self.tr("Steps of the pathway"))
        button_row = QWidget(self)  # wraps onto two lines rather than widen the wizard
        buttons = FlowLayout(button_row)
        self.copy_button = QPushButton(self.tr("&Copy pathway as text"), self)
        self.open_button = QPushButton(self.tr("&Open in main window"), self)
        self.open_button.setEnabled(False)
        self.again_button = QPushButton(self.tr("&Start over"), self)
        self.print_button = QPushButton(self.tr("&Print sheet"), self)
        self.print_button.setAccessibleName(self.tr("Print the referral sheet"))
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setAccessibleName(self.tr("Ways to print the referral sheet"))
        self.preview_sheet_action = self.print_menu.addAction(self.tr("Pre&view sheet…"))
        self.print_sheet_action = self.print_menu.addAction(self.tr("&Print sheet…"))
        self.pdf_sheet_action = self.print_menu.addAction(self.tr("Save sheet as P&DF…"))
        self.print_button.setMenu(self.print_menu)
        for button in (self.copy_button, self.open_button, self.print_button, self.again_button):
            button.setAutoDefault(False)
            buttons.add_widget(button)
        self.logged = QLabel(self)
        self.logged.setWordWrap(True)
        self.logged.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logged.setAccessibleName(self.tr("Referral log"))
        self.logged.hide()
        # The "Now" box and the assessment over the steps; the caseworker drags the line.
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.now_box, self.assessment, self.warnings):
            top_layout.addWidget(widget)
        top_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(top)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tree)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.rules_problem)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(button_row)
        layout.addWidget(self.logged)
        self.preview_sheet_action.triggered.connect(lambda: self.print_sheet(print_actions.PREVIEW))
        self.print_sheet_action.triggered.connect(lambda: self.print_sheet(print_actions.PRINT))
        self.pdf_sheet_action.triggered.connect(lambda: self.print_sheet(print_actions.PDF))
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(self.open_selected)
        self.again_button.clicked.connect(self.start_over)
        self.tree.currentItemChanged.connect(
            lambda item, _old: self.open_button.setEnabled(self.selected_body() is not None)
        )
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def initializePage(self) -> None:  # Qt's name
        loaded = self.rules()
        self.rules_problem.setVisible(loaded.error is not None)
        if loaded.error is not None:
            self.rules_problem.setText(
                self.tr(
                    "The rule files have problems; the last good rules are used. Tell your "
                    "coordinator:\n%1"
                ).replace("%1", str(loaded.error))
            )
        self.logged_reference = None
        self.logged.hide()
        if loaded.rules is None:
            self.pathway = None
            self.print_button.setEnabled(False)
            self.tree.clear()
            self.assessment.setText(
                self.tr("No pathway can be made: the rule files cannot be used.")
            )
            return
        self.pathway = self.desk.pathways.make(self.case(), self.clock(), loaded.rules)
        self.print_button.setEnabled(True)
        self.show_pathway()
        self.timer.start()

    def cleanupPage(self) -> None:  # Qt's name
        self.timer.stop()

    def refresh(self) -> None:
        """Work out again who is reachable now (each minute while the page is shown)."""
        if self.pathway is not None:
            self.pathway = self.desk.pathways.refresh_reach(self.pathway, self.clock())
            self.show_pathway()

    def show_pathway(self) -> None:
        pathway, lang = self.pathway, self.lang
        assert pathway is not None
        reasons = "\n".join(f"• {r.text.get(lang)}" for r in pathway.reasons)
        self.assessment.setText(f"{labels.label(pathway.assessment, _tr)}\n{reasons}")
        self.warnings.setText("\n".join(f"⚠ {w.text.get(lang)}" for w in pathway.warnings))
        self.now_box.setText(self.now_html(pathway))
        QTimer.singleShot(0, self, self._share_height)
        current = self.selected_body()
        self.tree.clear()
        phase_item: QTreeWidgetItem | None = None
        bold = QFont()
        bold.setBold(True)
        for number, step in enumerate(pathway.steps, 1):
            if phase_item is None or phase_item.data(0, BODY_ID + 1) != step.phase.value:
                phase_item = QTreeWidgetItem(self.tree, [labels.label(step.phase, _tr)])
                phase_item.setData(0, BODY_ID + 1, step.phase.value)
                phase_item.setFont(0, bold)
                phase_item.setFirstColumnSpanned(True)
            role = labels.role_label(step.role, _tr)
            timing = labels.label(step.timing, _tr)
            step_item = QTreeWidgetItem(
                phase_item,
                [f"{number}. [{timing}] {step.action.get(lang)} — {role} ({step.country})"],
            )
            why = self.tr("Why: %1").replace("%1", step.why.get(lang))
            step_item.setToolTip(0, tooltip(f"{step.action.get(lang)}\n\n{why}"))
            step_item.setFirstColumnSpanned(True)
            QTreeWidgetItem(step_item, [why]).setFirstColumnSpanned(True)
            for body in step.bodies:
                text = body_text(body, lang, _tr)
                body_item = QTreeWidgetItem(step_item, [text.name, text.reach])
                body_item.setData(0, BODY_ID, body.ref.id)
                for line in text.contacts:
                    QTreeWidgetItem(body_item, [line]).setFirstColumnSpanned(True)
                if body.ref.id == current:
                    self.tree.setCurrentItem(body_item)
            if not step.bodies and step.role != SELF_ROLE:  # as on the sheet and in the CLI
                note = QTreeWidgetItem(step_item, [f"⚠ {_tr('Pathway', NO_BODY)}"])
                note.setFirstColumnSpanned(True)
            if f"region_needed:{step.rule_id}" in pathway.notes:
                note = QTreeWidgetItem(step_item, [f"⚠ {_tr('Pathway', REGION_NEEDED)}"])
                note.setFirstColumnSpanned(True)
            if f"now_unreached:{step.rule_id}" in pathway.notes:
                note = QTreeWidgetItem(step_item, [f"⚠ {_tr('Pathway', NO_ONE_NOW)}"])
                note.setFirstColumnSpanned(True)
        self._show_left_out(pathway, bold, current)
        self.tree.expandAll()

    def _share_height(self) -> None:
        """The "Now" box as tall as its text, up to half the height; the steps get the rest."""
        height = self.splitter.height()
        box = self.now_box.heightForWidth(self.splitter.width() - 24)
        wanted = box + self.assessment.heightForWidth(self.splitter.width() - 24) + 16
        top = max(height // 4, min(wanted, height // 2))
        self.splitter.setSizes([top, height - top])

    def now_html(self, pathway: Pathway) -> str:
        """What to do now, who answers now (with a number to call), the warnings."""
        lang = self.lang
        title = self.tr("Now")
        parts = [f"<b>{escape(title)}</b>"]
        items = []
        for now in now_steps(pathway):
            who = []
            for body in now.reachable:
                numbers = [
                    row.value
                    for row in (phone_row(p, lang, _tr) for p in body.phones if p.type != "fax")
                    if not row.placeholder
                ]
                name = escape(body.ref.name.get(lang))
                who.append(f"{name} <b>{escape(numbers[0])}</b>" if numbers else name)
            reached = (
                "; ".join(who)
                if who
                else f'<span style="color:#9a3412">{escape(_tr("Pathway", NO_ONE_NOW))}</span>'
            )
            if not now.step.bodies:
                reached = ""
            line = f"{now.number}. {escape(now.step.action.get(lang))}"
            items.append(f"<p>{line}{'<br/>' + reached if reached else ''}</p>")
        if items:
            parts += items
        else:
            nothing = self.tr("No step needs to be taken at once.")
            parts.append(f"<p>{escape(nothing)}</p>")
        for warning in pathway.warnings:
            parts.append(f"<p>⚠ {escape(warning.text.get(lang))}</p>")
        return "".join(parts)

    def _show_left_out(self, pathway: Pathway, bold: QFont, current: str | None) -> None:
        """Bodies that play a step's role but do not fit the person, each with the reason."""
        if not pathway.left_out:
            return
        group = QTreeWidgetItem(self.tree, [_tr("Pathway", NOT_SUGGESTED)])
        group.setFont(0, bold)
        group.setFirstColumnSpanned(True)
        for item in pathway.left_out:
            reason = labels.label(item.reason, _tr)
            row = QTreeWidgetItem(group, [f"{item.ref.name.get(self.lang)} — {reason}"])
            row.setFirstColumnSpanned(True)
            row.setData(0, BODY_ID, item.ref.id)
            if item.ref.id == current:
                self.tree.setCurrentItem(row)

    def selected_body(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, BODY_ID) is None:
            item = item.parent()
        return None if item is None else str(item.data(0, BODY_ID))

    def open_selected(self) -> None:
        record = self.selected_body()
        if record is not None:
            self.open_record.emit(record)

    def copy(self) -> None:
        if self.pathway is not None:
            clipboard = QGuiApplication.clipboard()
            sample = self.desk.directory.info().sample
            clipboard.setText(pathway_as_text(self.pathway, self.lang, _tr, sample=sample))

    def print_sheet(self, action: str) -> str | None:
        """Preview, print or save the sheet; a sheet kept in the log shows its case reference.

        Once this pathway is in the log, further copies are not logged again unless the
        caseworker ticks that box, so that one referral is counted once.
        """
        if self.pathway is None:
            return None
        defaults = self.sheet_defaults
        if self.logged_reference is not None:
            defaults = replace(defaults, save_to_log=False)
        printed = print_actions.sheet_action(
            self, self.desk, self.pathway, self.lang, action, defaults
        )
        if printed is None:
            return None
        if printed.logged:  # the log's own notice refreshes an open log window
            self.show_logged(printed.reference)
        return printed.reference

    def show_logged(self, reference: str) -> None:
        """Say that this pathway is in the referral log under ``reference``."""
        self.logged_reference = reference
        self.logged.setText(
            self.tr(
                "Saved in the referral log as %1. Mark each body as referred there once "
                "you have referred the person."
            ).replace("%1", reference)
        )
        self.logged.show()
