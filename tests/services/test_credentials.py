"""Central database passwords: from the keyring, or asked for; never kept without a keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url

from pg_cluster import PASSWORD, Cluster
from referral_desk.services import credentials
from referral_desk.services.credentials import Answer
from referral_desk.services.desk import Desk
from referral_desk.services.errors import DatabaseError
from referral_desk.store.server import migrate_server

URL = "postgresql+psycopg://anna@db.example.org/referral_desk"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, standing in for the platform's one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the keyring daemon went away")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the keyring daemon went away")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Prompt:
    def __init__(self, answer: Answer | None, *first: Answer) -> None:
        self.answer = answer  # after the ``first`` answers, given in turn
        self.answers = list(first)
        self.asked: list[tuple[str, bool]] = []
        self.refused: list[bool] = []

    def __call__(self, shown: str, can_remember: bool, refused: bool = False) -> Answer | None:
        self.asked.append((shown, can_remember))
        self.refused.append(refused)
        return self.answers.pop(0) if self.answers else self.answer


def test_without_a_keyring_the_password_is_asked_each_time_and_kept_nowhere(
    no_keyring: None,
) -> None:
    prompt = Prompt(Answer("s3cret", remember=True))
    for _ in range(2):
        assert credentials.complete_url(URL, prompt).password == "s3cret"
    assert prompt.asked == [(URL, False), (URL, False)]  # twice; no keyring offered
    assert not credentials.keyring_available()


def test_with_a_keyring_the_password_is_asked_once_when_the_person_wants(
    memory_keyring: MemoryKeyring,
) -> None:
    prompt = Prompt(Answer("s3cret", remember=True))
    assert credentials.complete_url(URL, prompt).password == "s3cret"
    assert credentials.complete_url(URL, prompt).password == "s3cret"
    assert prompt.asked == [(URL, True)]
    assert memory_keyring.kept == {
        ("Referral Desk", "anna@db.example.org:5432/referral_desk"): "s3cret"
    }
    credentials.forget_password(make_url(URL))
    assert memory_keyring.kept == {}


def test_a_password_not_to_be_remembered_is_not_kept(memory_keyring: MemoryKeyring) -> None:
    credentials.complete_url(URL, Prompt(Answer("s3cret", remember=False)))
    assert memory_keyring.kept == {}


def test_a_broken_keyring_is_no_crash() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        prompt = Prompt(Answer("s3cret", remember=True))
        assert credentials.complete_url(URL, prompt).password == "s3cret"
        assert len(prompt.asked) == 1
    finally:
        keyring.set_keyring(previous)


def test_a_url_with_a_password_or_without_a_user_is_left_as_it_is(no_keyring: None) -> None:
    prompt = Prompt(None)
    given = "postgresql+psycopg://anna:given@db.example.org/referral_desk"
    assert credentials.complete_url(given, prompt).password == "given"
    assert credentials.complete_url("postgresql+psycopg:///referral_desk", prompt).password is None
    assert prompt.asked == []


def test_giving_up_at_the_prompt_opens_nothing(no_keyring: None) -> None:
    with pytest.raises(DatabaseError, match="No password was given"):
        credentials.complete_url(URL, Prompt(None))


def test_the_keyring_password_opens_the_central_database(
    pg_cluster: Cluster, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    migrate_server(pg_url)
    without = pg_url.replace(f":{PASSWORD}@", "@")
    assert make_url(without).password is None
    prompt = Prompt(Answer(PASSWORD, remember=True))
    with Desk.open(without, ask_password=prompt) as desk:
        assert desk.central and PASSWORD not in desk.location
    with Desk.open(without, ask_password=prompt):
        pass
    assert len(prompt.asked) == 1  # the second time from the keyring


def test_a_wrong_password_is_one_sentence_without_it(pg_url: str, no_keyring: None) -> None:
    without = pg_url.replace(f":{PASSWORD}@", "@")
    prompt = Prompt(Answer("wrong-guess"))
    with pytest.raises(DatabaseError, match="password authentication failed") as caught:
        Desk.open(without, ask_password=prompt)
    assert "wrong-guess" not in str(caught.value)
    assert prompt.refused == [False, True, True]  # asked three times, then the answer is no


def test_a_wrong_password_is_asked_for_again(
    pg_cluster: Cluster, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    migrate_server(pg_url)
    without = pg_url.replace(f":{PASSWORD}@", "@")
    credentials.remember_password(make_url(without), "an-old-password")  # no longer the login's
    prompt = Prompt(Answer(PASSWORD, remember=True), Answer("a-typo"))
    with Desk.open(without, ask_password=prompt) as desk:
        assert desk.central
    assert prompt.refused == [True, True]  # the keyring's refused, then the typo
    assert list(memory_keyring.kept.values()) == [PASSWORD]  # the right one kept instead
