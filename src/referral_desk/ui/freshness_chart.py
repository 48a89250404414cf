"""A bar chart of the freshness figures drawn with QPainter: per group, three bars in percent."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from referral_desk.domain.freshness import WINDOWS, FreshnessRow

# One colour per window (3, 6, 12 months): dark to light, readable in grey print too.
BAR_COLOURS = ("#1b5e20", "#43a047", "#a5d6a7")
ROW_GAP = 10
BAR_HEIGHT = 9
LABEL_WIDTH = 220
MARGIN = 12


class FreshnessChart(QWidget):
    """Horizontal bars: each group's share verified within 3, 6 and 12 months (0–100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FreshnessRow] = []
        self.names: list[str] = []
        self.legend: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def set_rows(self, rows: list[FreshnessRow], names: list[str], legend: list[str]) -> None:
        """The figures, each group's name as shown, and the legend's texts (one per window)."""
        self.rows, self.names, self.legend = list(rows), list(names), list(legend)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        line = self.fontMetrics().height()
        return max(line, BAR_HEIGHT * len(WINDOWS)) + ROW_GAP

    def sizeHint(self) -> QSize:
        legend = self.fontMetrics().height() * 3
        return QSize(640, MARGIN * 2 + legend + self.row_height() * max(len(self.rows), 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        left = MARGIN + min(LABEL_WIDTH, self.width() // 3)
        right = self.width() - MARGIN - metrics.horizontalAdvance(_figures_text(None)) - 8
        width = max(right - left, 10)
        y = MARGIN
        x = left
        for colour, text in zip(BAR_COLOURS, self.legend, strict=False):  # the legend
            painter.fillRect(QRectF(x, y + 2, 14, metrics.height() - 4), QColor(colour))
            painter.setPen(text_colour)
            painter.drawText(x + 18, y + metrics.ascent(), text)
            x += 18 + metrics.horizontalAdvance(text) + 16
        y += metrics.height() * 3
        grid = QColor(text_colour)
        grid.setAlpha(40)
        chart_top, chart_bottom = y, y + self.row_height() * len(self.rows)
        for step in range(0, 101, 25):  # grid lines at 0, 25, 50, 75 and 100 %
            gx = left + width * step / 100
            painter.setPen(grid)
            painter.drawLine(int(gx), chart_top, int(gx), chart_bottom)
            painter.setPen(text_colour)
            mark = f"{step} %"
            painter.drawText(int(gx - metrics.horizontalAdvance(mark) / 2), chart_top - 4, mark)
        for row, name in zip(self.rows, self.names, strict=False):
            height = self.row_height()
            painter.setPen(text_colour)
            shown = metrics.elidedText(
                f"{name} ({row.records})", Qt.TextElideMode.ElideRight, left - MARGIN - 8
            )
            painter.drawText(
                QRectF(MARGIN, y, left - MARGIN - 8, height - ROW_GAP),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                shown,
            )
            for index, colour in enumerate(BAR_COLOURS[: len(WINDOWS)]):
                share = row.share(index)
                bar = QRectF(left, y + index * BAR_HEIGHT, width * share, BAR_HEIGHT - 1)
                painter.fillRect(bar, QColor(colour))
            painter.drawText(
                QRectF(right + 4, y, self.width() - right, height - ROW_GAP),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                _figures_text(row),
            )
            y += height
        painter.end()


def _figures_text(row: FreshnessRow | None) -> str:
    """The shares as figures beside the bars: "20 · 50 · 90 %" (None: the widest text)."""
    if row is None:
        return " · ".join(["100"] * len(WINDOWS)) + " %"
    return " · ".join(f"{100 * row.share(i):.0f}" for i in range(len(WINDOWS))) + " %"
