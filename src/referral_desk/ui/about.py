"""The About box: the program, and which directory is loaded (sample data or not)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from referral_desk import __version__
from referral_desk.domain.entities import DirectoryInfo


def about_html(info: DirectoryInfo, lang: str) -> str:
    directory = QCoreApplication.translate(
        "About", "Directory: {name}, version {version}, published {date} by {publisher}"
    ).format(
        name=info.name.get(lang),
        version=info.version,
        date=info.published.isoformat(),
        publisher=info.publisher,
    )
    parts = [
        f"<p><b>Referral Desk {escape(__version__)}</b></p>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "About", "An offline directory for referring possible victims of trafficking."
            )
        )
        + "</p>",
        f"<p>{escape(directory)}</p>",
    ]
    if info.notice:
        parts.append(f"<p>{escape(info.notice.get(lang))}</p>")
    if info.sample:
        sample = QCoreApplication.translate("About", "SAMPLE DATA – not for operational use")
        parts.append(f'<p style="color:#b00020"><b>{escape(sample)}</b></p>')
    return "".join(parts)


def show_about(parent: QWidget, info: DirectoryInfo, lang: str) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Referral Desk"), about_html(info, lang)
    )
