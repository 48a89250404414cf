"""A check box whose text wraps onto more lines instead of widening its page (German at 200 %)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

TEXT_FLAGS = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignTop
    | Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextShowMnemonic
)


class WrappingCheckBox(QCheckBox):
    """A ``QCheckBox`` (its keys, Alt-letter and accessible name unchanged) that wraps its text.

    A plain check box is never narrower than its one line of text: a long German answer
    at 200 % on a 1366×768 screen made a wizard page scroll sideways.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # a fixed height cuts line two
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indent(self) -> int:
        """Where the text starts: after the box and the space beside it."""
        style, option = self.style(), self._option()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, option, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)

    def _line(self) -> int:
        """The height of the first line: the box's or the text's, whichever is taller."""
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, self._option(), self)
        return max(box, self.fontMetrics().height())

    def _text_height(self, width: int) -> int:
        room = QRect(0, 0, max(1, width - self._indent()), 100_000)
        return self.fontMetrics().boundingRect(room, int(TEXT_FLAGS), self.text()).height()

    def minimumSizeHint(self) -> QSize:
        words = self.text().replace("&", "").split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QSize(self._indent() + longest + 2, self._line())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._line(), self._text_height(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""
        style = self.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, self)
        top = max(0, (self.height() - self.heightForWidth(self.width())) // 2)  # centred in a row
        option.rect = QRect(0, top + (self._line() - height) // 2, width, height)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        text = self.rect().adjusted(self._indent(), top, 0, 0)
        if self._line() > self.fontMetrics().height():  # the first line beside the box's middle
            text.adjust(0, (self._line() - self.fontMetrics().height()) // 2, 0, 0)
        painter.drawItemText(
            text,
            int(TEXT_FLAGS),
            self.palette(),
            self.isEnabled(),
            self.text(),
            self.foregroundRole(),
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = painter.boundingRect(text, int(TEXT_FLAGS), self.text()).adjusted(
                -1, 0, 1, 0
            )
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
