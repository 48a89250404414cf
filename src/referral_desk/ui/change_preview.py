"""The frame the previews of an update and of an import share: the change as HTML, Apply, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class ChangePreviewDialog(QDialog):
    """A preview in a browser, with an Apply button and Cancel, which has the focus and is
    the default: Enter never applies a change, whatever control has the focus.
    Subclasses give ``html()``, name the window and the Apply button, and offer ``ask``."""

    def __init__(self, parent: QWidget | None = None, *, can_apply: bool = True) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html())
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(can_apply)
        self.apply_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(800, 640)
        cancel.setFocus()

    def html(self) -> str:
        """The preview as HTML; every text from the file is escaped."""
        raise NotImplementedError

    def applied(self) -> bool:
        """Show the dialog until it is closed; True when Apply was chosen."""
        return self.exec() == QDialog.DialogCode.Accepted
