"""A directory file's content with each record's last verification as this database has it.

The coordinator checks records in the app; publishing starts from the directory file
in force, so the checks made since are written into it here (``verified`` of each
organization, service and contact), and reach the posts with the next update.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any


def with_verifications(
    content: Mapping[str, Any], overlay: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """A copy of ``content`` whose records carry the verification ``overlay`` gives by id.

    Records the overlay does not name keep theirs; ``content`` is not changed.
    """
    out = copy.deepcopy(dict(content))
    for org in out.get("organizations", []):
        records = [org, *org.get("services", []), *org.get("contacts", [])]
        for record in records:
            found = overlay.get(record.get("id", ""))
            if found is not None:
                record["verified"] = dict(found)
    return out
