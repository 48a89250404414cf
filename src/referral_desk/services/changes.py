"""What an operation changed: the one notice the desk sends its subscribers after each change.

Pure Python and cheap to import: the UI's bridge imports it before the database is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which kinds of data an operation changed (Anki's ``OpChanges``).

    A window refreshes what shows a kind that changed. New kinds (favourites,
    notes, settings) are new fields, False by default, so old subscribers keep working.
    """

    directory: bool = False  # the directory's records (and so the search index)
    referral_log: bool = False  # referrals kept, or their follow-up
    verification: bool = False  # a check of a record recorded (its last verified may change)
    corrections: bool = False  # corrections reported, imported, exported or closed
    notes: bool = False  # a caseworker's own note on a record

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )


Subscriber = Callable[[Changes], None]


class Notices:
    """Keeps the subscribers and hands each notice to every one of them, in order."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` after each change; returns the function that stops it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def send(self, changes: Changes) -> None:
        if changes:
            for callback in list(self._subscribers):
                callback(changes)
