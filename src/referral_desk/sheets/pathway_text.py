"""A referral pathway as plain text, for the clipboard and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from referral_desk.domain import labels
from referral_desk.domain.case import Body, Pathway
from referral_desk.domain.contact_rows import way_rows
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.domain.rules.model import SELF_ROLE
from referral_desk.sheets.plain import row_text, sample_line

CONTEXT = "Pathway"
TITLE = QT_TRANSLATE_NOOP("Pathway", "Referral pathway")
ASSESSMENT = QT_TRANSLATE_NOOP("Pathway", "Assessment")
WARNINGS = QT_TRANSLATE_NOOP("Pathway", "Warnings")
WHY = QT_TRANSLATE_NOOP("Pathway", "Why")
NO_BODY = QT_TRANSLATE_NOOP("Pathway", "No body for this role in the directory")
NONE_REACHABLE = QT_TRANSLATE_NOOP("Pathway", "No body on this pathway can be reached right now.")
RULES = QT_TRANSLATE_NOOP("Pathway", "Rules version")
NOT_SUGGESTED = QT_TRANSLATE_NOOP("Pathway", "Not suggested, because…")
REGION_NEEDED = QT_TRANSLATE_NOOP(
    "Pathway",
    "The person's region is not known and only regional bodies play this role:"
    " enter the region to see the one responsible there.",
)
NO_ONE_NOW = QT_TRANSLATE_NOOP(
    "Pathway", "No body for this step can be reached now: call 112 or the police."
)


@dataclass(frozen=True)
class BodyText:
    """A body on a pathway in words: who it is, whether it is reachable now, how to reach it."""

    name: str  # with its organization when that is named otherwise
    reach: str
    contacts: tuple[str, ...]


def body_text(body: Body, lang: str, tr: Translate = untranslated) -> BodyText:
    name = body.ref.name.get(lang)
    if body.organization and body.organization.name.get(lang) != name:
        name += f" ({body.organization.name.get(lang)})"
    contacts = tuple(row_text(row, tr) for row in way_rows(body, lang, tr))
    return BodyText(name, labels.reach_text(body.reach, tr), contacts)


def pathway_as_text(
    pathway: Pathway, lang: str, tr: Translate = untranslated, *, sample: bool = False
) -> str:
    """The assessment, the warnings and each step with its bodies, one item per line.

    From a sample directory (``sample``) the first line says SAMPLE DATA.
    """

    def caption(text: str) -> str:
        return tr(CONTEXT, text)

    lines = [sample_line(tr), ""] if sample else []
    lines += [
        caption(TITLE),
        "",
        f"{caption(ASSESSMENT)}: {labels.label(pathway.assessment, tr)}",
    ]
    lines += [f"  - {reason.text.get(lang)}" for reason in pathway.reasons]
    if pathway.warnings:
        lines += ["", f"{caption(WARNINGS)}:"] + [
            f"  ! {w.text.get(lang)}" for w in pathway.warnings
        ]
    phase = None
    for number, step in enumerate(pathway.steps, 1):
        if step.phase != phase:
            phase = step.phase
            lines += ["", labels.label(phase, tr).upper()]
        timing = labels.label(step.timing, tr)
        lines.append(f"{number}. [{timing}] {step.action.get(lang)}")
        lines.append(f"   {labels.role_label(step.role, tr)} ({step.country})")
        lines.append(f"   {caption(WHY)}: {step.why.get(lang)}")
        for body in step.bodies:
            text = body_text(body, lang, tr)
            lines.append(f"   • {text.name} — {text.reach}")
            lines += [f"     {line}" for line in text.contacts]
        if not step.bodies and step.role != SELF_ROLE:
            lines.append(f"   • {caption(NO_BODY)}")
        if f"region_needed:{step.rule_id}" in pathway.notes:
            lines.append(f"   ! {caption(REGION_NEEDED)}")
        if f"now_unreached:{step.rule_id}" in pathway.notes:
            lines.append(f"   ! {caption(NO_ONE_NOW)}")
    if pathway.left_out:
        lines += ["", f"{caption(NOT_SUGGESTED)}"]
        for item in pathway.left_out:
            reason = labels.label(item.reason, tr)
            lines.append(f"  - {item.ref.name.get(lang)} ({item.ref.country}): {reason}")
    if "none_reachable" in pathway.notes:
        lines += ["", caption(NONE_REACHABLE)]
    lines += ["", f"{caption(RULES)}: {pathway.rules_version}"]
    return "\n".join(lines) + "\n"
