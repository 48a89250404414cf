"""The errors the desk and its services raise, for the UI and the CLI to catch by one name.

``DESK_ERRORS`` names every one: a directory file that cannot be used (its message
names the place), and a database that cannot be opened, created or changed.
"""

from __future__ import annotations

from referral_desk.exchange.directory_json import DirectoryFileError
from referral_desk.store.db import DatabaseError, NewerDatabaseError

__all__ = [
    "DESK_ERRORS",
    "DatabaseError",
    "DirectoryFileError",
    "InputRefused",
    "NewerDatabaseError",
    "RecordNotFound",
]


class RecordNotFound(LookupError):
    """No record of the directory has the id asked for."""

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        super().__init__(f"No record has the id {record_id}.")


class InputRefused(ValueError):
    """What was typed cannot be kept; ``problems`` says why (English, one phrase each)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


DESK_ERRORS = (DirectoryFileError, DatabaseError)
