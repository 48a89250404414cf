"""The errors the desk and its services raise, for the UI and the CLI to catch by one name.

``DESK_ERRORS`` names every one: a directory file that cannot be used (its message
names the place), and a database that cannot be opened, created or changed.
"""

from __future__ import annotations

from referral_desk.exchange.directory_json import DirectoryFileError
from referral_desk.store.db import DatabaseError, NewerDatabaseError

__all__ = ["DESK_ERRORS", "DatabaseError", "DirectoryFileError", "NewerDatabaseError"]

DESK_ERRORS = (DirectoryFileError, DatabaseError)
