"""The typo index holds the words a person would type: its size is bounded per name."""

from __future__ import annotations

import sqlite3
import time

from referral_desk.services.desk import Desk
from referral_desk.store import db
from referral_desk.store.search_index import (
    MAX_TYPO_WORD,
    MAX_TYPO_WORDS,
    rebuild_search_index,
)


def _typo_rows(desk: Desk) -> int:
    with sqlite3.connect(desk.path) as connection:
        (count,) = connection.execute("SELECT count(*) FROM search_term_del").fetchone()
    connection.close()
    return int(count)


def _rename_a_service(desk: Desk, name: str) -> None:
    with sqlite3.connect(desk.path) as connection:
        connection.execute(
            "UPDATE localized_text SET value = ? WHERE rowid = "
            "(SELECT t.rowid FROM localized_text t JOIN service s ON s.id = t.owner_id "
            "WHERE t.field = 'name' LIMIT 1)",
            (name,),
        )
    connection.close()
    engine = db.make_engine(desk.path)
    with engine.begin() as connection:
        rebuild_search_index(connection)
    engine.dispose()


def test_one_absurdly_long_word_adds_nothing_to_the_typo_index(sample_desk: Desk) -> None:
    before = _typo_rows(sample_desk)
    started = time.perf_counter()
    _rename_a_service(sample_desk, "Beratung " + "A" * 100_000 + " Б" * 5_000)
    elapsed = time.perf_counter() - started
    # The old index kept 100,001 keys for the long word alone; "beratung" is there already.
    assert _typo_rows(sample_desk) - before < 100, elapsed
    assert sample_desk.directory.check() == []


def test_many_words_in_one_name_are_bounded(sample_desk: Desk) -> None:
    before = _typo_rows(sample_desk)
    words = [f"wort{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}zeichen" for i in range(500)]
    _rename_a_service(sample_desk, " ".join(words))
    added = _typo_rows(sample_desk) - before
    most = MAX_TYPO_WORDS * 2 * (MAX_TYPO_WORD + 1)  # plain and folded form, each deletion
    assert 0 < added <= most


def test_a_long_word_people_type_keeps_its_typo_tolerance(sample_desk: Desk) -> None:
    word = "Kinderschutzzentrale"  # 20 letters
    assert len(word) == MAX_TYPO_WORD
    _rename_a_service(sample_desk, f"{word} Nord")
    assert sample_desk.directory.search("Kinderschutzzentrle")  # one letter missing
    assert sample_desk.directory.search("Kindrschutzzentrale")
