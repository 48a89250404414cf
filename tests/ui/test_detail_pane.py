"""The detail pane renders the contact rows; a confidential address is copied only on purpose."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from referral_desk.domain.entities import (
    Address,
    Detail,
    Location,
    Phone,
    Texts,
    Verification,
)
from referral_desk.domain.hours import Reach, Reachability
from referral_desk.domain.vocab import Kind
from referral_desk.ui.detail_pane import DetailPane, PaneContext, render_html

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
CONTEXT = PaneContext("en", "Europe/Sofia", 12, NOW)


def shelter() -> Detail:
    return Detail(
        kind=Kind.SERVICE,
        id="shelter",
        name=Texts({"en": "Women's shelter"}),
        description=Texts(),
        country="AT",
        organization=None,
        phones=(Phone("+4310000001", "+43 1 000 0001", "cell", "7", Texts({"en": "night"})),),
        email="shelter@example.org",
        website=None,
        locations=(
            Location("l1", Texts(), "Europe/Vienna", True, Address("Geheimgasse 7", "Wien", "AT")),
        ),
        hours=(),
        timezone="Europe/Vienna",
        reach=Reachability(Reach.ALWAYS, "Europe/Vienna"),
        around_the_clock=True,
        languages=(),
        verification=Verification(None, None, None),
    )


@pytest.fixture
def pane(qtbot: QtBot) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.add_buttons([])
    pane.show_detail(shelter(), CONTEXT)
    return pane


def test_the_pane_renders_the_contact_rows() -> None:
    html = render_html(shelter(), CONTEXT, reveal_address=False)
    assert "Mobile" in html and "+43 1 000 0001 ext. 7" in html and "night" in html
    assert 'href="mailto:shelter@example.org"' in html
    assert "confidential, not shown" in html and "Geheimgasse" not in html
    assert "Reachable around the clock" in html and "Around the clock, every day" in html
    shown = render_html(shelter(), CONTEXT, reveal_address=True)
    assert "CONFIDENTIAL" in shown and "Geheimgasse 7, Wien, AT" in shown


def test_copying_the_address_needs_it_shown_and_a_yes(
    pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return reply

        return question

    QGuiApplication.clipboard().setText("before")
    assert not pane.copy_address_action.isVisible() and not pane.copy_address_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert not pane.copy_confidential_address(), "not before the address is shown"
    assert asked == [] and QGuiApplication.clipboard().text() == "before"

    pane.reveal_address()
    assert pane.copy_address_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    pane.copy_address_action.trigger()
    assert len(asked) == 1 and QGuiApplication.clipboard().text() == "before"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    pane.browser.anchorClicked.emit(QUrl("copy:address"))
    copied = QGuiApplication.clipboard().text()
    assert len(asked) == 2 and "CONFIDENTIAL" in asked[1]
    assert copied.startswith("CONFIDENTIAL") and "Geheimgasse 7, Wien, AT" in copied
    assert "Address (CONFIDENTIAL): Geheimgasse 7" in copied


def test_a_new_record_hides_the_address_and_the_action_again(pane: DetailPane) -> None:
    pane.reveal_address()
    assert pane.copy_address_action.isEnabled()
    other = shelter()
    pane.show_detail(Detail(**{**other.__dict__, "id": "other"}), CONTEXT)
    assert not pane.copy_address_action.isEnabled()
    assert "Geheimgasse" not in pane.text()


def test_utc_is_never_called_post_time() -> None:
    from referral_desk.ui.detail_pane import status_text

    until = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)  # 16:00 in Vienna
    reach = Reachability(Reach.OPEN, "Europe/Vienna", until=until)
    at_post = status_text(reach, CONTEXT)
    assert "17:00 post time" in at_post, "Sofia is an hour ahead of Vienna"
    for unset in ("UTC", "Etc/UTC"):
        text = status_text(reach, PaneContext("en", unset, 12, NOW))
        assert "15:00 UTC" in text and "post time" not in text
