"""Wizard page: where the person is now, and who the post handling the case is."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from referral_desk.domain.answers import CaseAnswers
from referral_desk.domain.codes import find_country
from referral_desk.domain.region_names import find_region
from referral_desk.ui.code_pickers import (
    choose_code,
    country_picker,
    fill_regions,
    follow_country,
    picked_region,
    picked_text,
    region_picker,
)
from referral_desk.ui.wizard.common import AnswerPage, scroll_body, term, with_explanation
from referral_desk.ui.wizard.terms import EXPLAIN
from referral_desk.ui.wrapping_check_box import WrappingCheckBox


class WherePage(AnswerPage):
    FIELDS = frozenset(
        {
            "country",
            "region",
            "at_border_crossing",
            "exploitation_country",
            "home_region",
            "post_represents",
            "post_location",
        }
    )

    def __init__(
        self,
        post_location: str | None,
        parent: QWidget | None = None,
        lang: str = "en",
        post_represents: str | None = None,
        post_region: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.post_location, self.post_represented = post_location, post_represents
        self.post_region = post_region  # the person is most often where the post is
        self.lang = lang
        self._regions_of: str | None = None  # the country whose regions are listed
        self.setTitle(self.tr("Where"))
        self.setSubTitle(self.tr("The country and region where the person is now."))
        form = QFormLayout(scroll_body(self))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: field below
        none = self.tr("None or not known")
        self.country = country_picker(self, lang, self.tr("Country where the person is"))
        self.region = region_picker(self, self.tr("Region"))
        self.at_border = WrappingCheckBox(self.tr("Met at a &border crossing point"), self)
        self.at_border.setAccessibleName(self.tr("Met at a border crossing point"))
        self.exploited_in = country_picker(
            self, lang, self.tr("Country where the exploitation happened"), blank=none
        )
        self.home_region = QLineEdit(self)
        self.home_region.setAccessibleName(self.tr("Home region in the country of origin"))
        self.post = country_picker(
            self, lang, self.tr("Country your post represents"), blank=self.tr("None")
        )
        self.post_in = country_picker(self, lang, self.tr("Country where your post is"), none)
        for text, widget in (
            (self.tr("&Country:"), self.country),
            (self.tr("&Region:"), self.region),
            (self.tr("E&xploited in:"), self.exploited_in),
            (self.tr("&Home region:"), self.home_region),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(
            with_explanation(self.at_border, self.at_border.text(), term(EXPLAIN["border"]))
        )
        label = QLabel(self.tr("Your &post represents:"), self)
        label.setBuddy(self.post)
        form.addRow(label, with_explanation(self.post, label.text(), term(EXPLAIN["post"])))
        label = QLabel(self.tr("Your post &is in:"), self)
        label.setBuddy(self.post_in)
        form.addRow(label, self.post_in)
        form.addRow(self.problem_line)
        for combo in (self.country, self.region, self.exploited_in, self.post, self.post_in):
            combo.editTextChanged.connect(self.answers_changed)
        self.country.editTextChanged.connect(self._country_changed)
        self.reset()

    def _country_changed(self) -> None:
        """The regions of the country picked, in the UI language; a typed region stays."""
        self._regions_of = follow_country(self.country, self.region, self.lang, self._regions_of)

    def fill(self, answers: CaseAnswers) -> None:
        answers.country = answers.read_country("country", picked_text(self.country))
        answers.region = answers.read_region(
            answers.country, picked_region(self.region, answers.country)
        )
        answers.at_border_crossing = self.at_border.isChecked()
        answers.exploitation_country = answers.read_country(
            "exploitation_country", picked_text(self.exploited_in)
        )
        answers.home_region = find_region(self.home_region.text()) or None  # any language
        answers.post_represents = answers.read_country("post_represents", picked_text(self.post))
        answers.post_location = answers.read_country("post_location", picked_text(self.post_in))

    def reset(self) -> None:
        choose_code(self.country, self.post_location or "AT")  # the post's own country first
        self._regions_of = find_country(picked_text(self.country))
        fill_regions(self.region, self._regions_of, self.lang, self.post_region)
        self.at_border.setChecked(False)
        choose_code(self.exploited_in, None)
        self.home_region.clear()
        choose_code(self.post, self.post_represented)
        choose_code(self.post_in, self.post_location)
