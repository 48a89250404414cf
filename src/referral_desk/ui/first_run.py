"""The first-run setup: who the post is, where it sits, its time zone and the program's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from referral_desk.settings import Settings
from referral_desk.ui.post_profile_form import PostProfileForm


class FirstRunDialog(QDialog):
    """Asks once, on the first start, what every sheet and "reachable now" depends on.

    Choosing a language switches the program to it at once, so the rest is read in it.
    Everything here can be changed later under Settings.
    """

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._original = settings
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.profile = PostProfileForm(self, settings, required=True)
        self.buttons = QDialogButtonBox(self)  # own buttons: Qt would retranslate standard ones
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.profile)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.profile.checked.connect(self.start.setEnabled)
        self.profile.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self.profile.check()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 72)

    @staticmethod
    def ask(parent: QWidget | None, settings: Settings) -> Settings | None:
        """Show the setup; the settings given, or None when the caseworker leaves it for later."""
        dialog = FirstRunDialog(parent, settings)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def value(self) -> Settings:
        return self.profile.value(self._original)

    def _language_chosen(self) -> None:
        """Switch the whole program to the language picked; the LanguageChange retranslates."""
        from referral_desk.ui.translators import install_translators

        self.profile.lang = str(self.profile.language.currentData())
        app = QCoreApplication.instance()
        if app is not None:
            install_translators(app, self.profile.lang)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Referral Desk"))
        self.intro.setText(
            self.tr(
                "Before the first case: tell the program who your post is and where it is. "
                "Sheets print the post's name, and times on screen, on sheets and in the "
                "referral log are the post's local time. You can change all of this later "
                "under Settings."
            )
        )
        self.start.setText(self.tr("&Start"))
        self.later.setText(self.tr("&Ask me later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
