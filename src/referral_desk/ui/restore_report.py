"""What a restore did to the links other records had, told in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from referral_desk.ui.field_names import field_name, kind_name

if TYPE_CHECKING:
    from referral_desk.domain.editing import RecordName
    from referral_desk.services.editing import LinkBack, Restored


def _why(link: LinkBack) -> str:
    if link.left == "record_gone":
        return QCoreApplication.translate(
            "RestoreReport", "that record is no longer in the directory"
        )
    return QCoreApplication.translate("RestoreReport", "the field was changed since the retirement")


def _target(link: LinkBack, names: dict[str, RecordName], lang: str) -> str:
    shown = [names[i].name(lang) if i in names else i for i in link.target_id.split(", ")]
    return ", ".join(shown)


def links_left(restored: Restored, names: dict[str, RecordName], lang: str) -> str:
    """The links not put back, one a line with why; "" when every link is back."""
    lines = [
        QCoreApplication.translate(
            "RestoreReport", "{kind} “{record}”: {field} → {target}: not linked again, {why}."
        ).format(
            kind=kind_name(link.kind),
            record=names[link.record_id].name(lang) if link.record_id in names else link.label,
            field=field_name(link.field),
            target=_target(link, names, lang),
            why=_why(link),
        )
        for link in restored.left
    ]
    return "\n".join(lines)
