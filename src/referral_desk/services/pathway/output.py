"""A pathway written out: JSON data for the command line, plain text for the clipboard."""

from __future__ import annotations

from typing import Any

from referral_desk.domain.case import Assessment, Body, Pathway, Phase, Timing
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from referral_desk.domain.rules import SELF_ROLE
from referral_desk.domain.vocab import Role
from referral_desk.services.pathway.case_file import case_to_json


def _body_json(body: Body, lang: str) -> dict[str, Any]:
    org = body.organization
    return {
        "id": body.ref.id,
        "kind": body.ref.kind.value,
        "name": body.ref.name.get(lang),
        "organization": {"id": org.id, "name": org.name.get(lang)} if org else None,
        "country": body.ref.country,
        "contacts": {
            "phones": [
                {"number": p.number, "display": p.display, "type": p.type} for p in body.phones
            ],
            "email": body.email,
            "website": body.website,
        },
        "languages": list(body.languages),
        "reachable_now": body.reach.reachable,
        "reach": body.reach.reach.value,
    }


def pathway_to_json(pathway: Pathway, lang: str) -> dict[str, Any]:
    """The pathway as plain JSON data, texts in ``lang`` (English where a text lacks it)."""
    return {
        "format": "referral-desk-pathway",
        "format_version": 1,
        "rules_version": pathway.rules_version,
        "language": lang,
        "case": case_to_json(pathway.case),
        "is_child": pathway.is_child,
        "assessment": {
            "result": pathway.assessment.value,
            "reasons": [{"code": r.code, "text": r.text.get(lang)} for r in pathway.reasons],
        },
        "steps": [
            {
                "order": number,
                "rule": step.rule_id,
                "phase": step.phase.value,
                "role": step.role,
                "country": step.country,
                "timing": step.timing.value,
                "action": step.action.get(lang),
                "why": step.why.get(lang),
                "bodies": [_body_json(b, lang) for b in step.bodies],
            }
            for number, step in enumerate(pathway.steps, 1)
        ],
        "warnings": [{"code": w.code, "text": w.text.get(lang)} for w in pathway.warnings],
        "notes": list(pathway.notes),
    }


C = "Pathway"  # translation context of the labels below
PHASE_LABELS = {
    Phase.IMMEDIATE_SAFETY: QT_TRANSLATE_NOOP("Pathway", "Immediate safety"),
    Phase.IDENTIFICATION: QT_TRANSLATE_NOOP("Pathway", "Identification"),
    Phase.FIRST_ASSISTANCE: QT_TRANSLATE_NOOP("Pathway", "First assistance and protection"),
    Phase.RETURN_INCLUSION: QT_TRANSLATE_NOOP("Pathway", "Return and social inclusion"),
    Phase.LONG_TERM: QT_TRANSLATE_NOOP("Pathway", "Long-term assistance"),
    Phase.PROCEEDINGS: QT_TRANSLATE_NOOP("Pathway", "Criminal and civil proceedings"),
}
TIMING_LABELS = {
    Timing.NOW: QT_TRANSLATE_NOOP("Pathway", "Now"),
    Timing.WITHIN_24_HOURS: QT_TRANSLATE_NOOP("Pathway", "Within 24 hours"),
    Timing.WITHIN_DAYS: QT_TRANSLATE_NOOP("Pathway", "Within days"),
    Timing.WHEN_READY: QT_TRANSLATE_NOOP("Pathway", "When the person is ready"),
}
ASSESSMENT_LABELS = {
    Assessment.TRAFFICKING: QT_TRANSLATE_NOOP("Pathway", "Trafficking in persons indicated"),
    Assessment.POSSIBLE_TRAFFICKING: QT_TRANSLATE_NOOP("Pathway", "Possible trafficking"),
    Assessment.SMUGGLING: QT_TRANSLATE_NOOP("Pathway", "Smuggling of migrants, not trafficking"),
    Assessment.CHILD_LABOUR: QT_TRANSLATE_NOOP("Pathway", "Child labour"),
    Assessment.INSUFFICIENT: QT_TRANSLATE_NOOP("Pathway", "Insufficient indicators so far"),
}
ROLE_LABELS = {
    SELF_ROLE: QT_TRANSLATE_NOOP("Pathway", "You (the caseworker)"),
    Role.EMERGENCY_NUMBER: QT_TRANSLATE_NOOP("Pathway", "Emergency number"),
    Role.POLICE: QT_TRANSLATE_NOOP("Pathway", "Police"),
    Role.ANTI_TRAFFICKING_POLICE: QT_TRANSLATE_NOOP("Pathway", "Anti-trafficking police"),
    Role.BORDER_POLICE: QT_TRANSLATE_NOOP("Pathway", "Border police"),
    Role.MIGRATION_AUTHORITY: QT_TRANSLATE_NOOP("Pathway", "Migration authority"),
    Role.CHILD_PROTECTION_AUTHORITY: QT_TRANSLATE_NOOP("Pathway", "Child protection authority"),
    Role.CHILD_CRISIS_CENTRE: QT_TRANSLATE_NOOP("Pathway", "Crisis centre for children"),
    Role.SOCIAL_ASSISTANCE: QT_TRANSLATE_NOOP("Pathway", "Social assistance"),
    Role.NATIONAL_COORDINATOR: QT_TRANSLATE_NOOP(
        "Pathway", "National anti-trafficking coordinator"
    ),
    Role.LIAISON_OFFICER: QT_TRANSLATE_NOOP("Pathway", "Liaison officer"),
    Role.CONSULATE: QT_TRANSLATE_NOOP("Pathway", "Consulate of the person's country"),
    Role.SHELTER_WOMEN: QT_TRANSLATE_NOOP("Pathway", "Support and shelter for women"),
    Role.SHELTER_MEN: QT_TRANSLATE_NOOP("Pathway", "Support and shelter for men"),
    Role.SHELTER_CHILDREN: QT_TRANSLATE_NOOP("Pathway", "Shelter for children"),
    Role.LEGAL_AID: QT_TRANSLATE_NOOP("Pathway", "Legal aid"),
    Role.ASYLUM_AUTHORITY: QT_TRANSLATE_NOOP("Pathway", "Asylum authority"),
    Role.REFUGEE_PROTECTION: QT_TRANSLATE_NOOP("Pathway", "Refugee protection"),
    Role.CHILD_HELPLINE: QT_TRANSLATE_NOOP("Pathway", "Child helpline"),
    Role.MISSING_CHILDREN_HOTLINE: QT_TRANSLATE_NOOP("Pathway", "Missing children hotline"),
    Role.TRAFFICKING_HOTLINE: QT_TRANSLATE_NOOP("Pathway", "Anti-trafficking hotline"),
    Role.VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Pathway", "Victim support"),
    Role.RETURN_REINTEGRATION: QT_TRANSLATE_NOOP("Pathway", "Return and reintegration"),
    Role.LABOUR_INSPECTORATE: QT_TRANSLATE_NOOP("Pathway", "Labour inspectorate"),
    Role.TRANSNATIONAL_PARTNER: QT_TRANSLATE_NOOP("Pathway", "Transnational partner"),
    Role.MEDICAL_CARE: QT_TRANSLATE_NOOP("Pathway", "Medical care"),
}
TEXT_LABELS = {
    "title": QT_TRANSLATE_NOOP("Pathway", "Referral pathway"),
    "assessment": QT_TRANSLATE_NOOP("Pathway", "Assessment"),
    "warnings": QT_TRANSLATE_NOOP("Pathway", "Warnings"),
    "why": QT_TRANSLATE_NOOP("Pathway", "Why"),
    "no_body": QT_TRANSLATE_NOOP("Pathway", "No body for this role in the directory"),
    "none_reachable": QT_TRANSLATE_NOOP(
        "Pathway", "No body on this pathway can be reached right now."
    ),
    "rules": QT_TRANSLATE_NOOP("Pathway", "Rules version"),
}


def body_lines(body: Body, lang: str, tr: Translate = untranslated) -> list[str]:
    """A body's name, organization, reach and contacts, one per line."""
    from referral_desk.sheets.plain import CONTEXT, LABELS, PHONE_LABELS, reach_text

    name = body.ref.name.get(lang)
    if body.organization and body.organization.name.get(lang) != name:
        name += f" ({body.organization.name.get(lang)})"
    lines = [f"{name} — {reach_text(body.reach, tr)}"]
    for phone in body.phones:
        lines.append(
            f"{tr(CONTEXT, LABELS[PHONE_LABELS.get(phone.type, 'phone')])}: {phone.display}"
        )
    if body.email:
        lines.append(f"{tr(CONTEXT, LABELS['email'])}: {body.email}")
    if body.website:
        lines.append(f"{tr(CONTEXT, LABELS['web'])}: {body.website}")
    return lines


def pathway_as_text(pathway: Pathway, lang: str, tr: Translate = untranslated) -> str:
    """The pathway as plain text, for the clipboard and the command line."""

    def label(key: str) -> str:
        return tr(C, TEXT_LABELS[key])

    lines = [
        label("title"),
        "",
        f"{label('assessment')}: {tr(C, ASSESSMENT_LABELS[pathway.assessment])}",
    ]
    lines += [f"  - {reason.text.get(lang)}" for reason in pathway.reasons]
    if pathway.warnings:
        lines += ["", f"{label('warnings')}:"] + [
            f"  ! {w.text.get(lang)}" for w in pathway.warnings
        ]
    phase = None
    for number, step in enumerate(pathway.steps, 1):
        if step.phase != phase:
            phase = step.phase
            lines += ["", tr(C, PHASE_LABELS[phase]).upper()]
        role = tr(C, ROLE_LABELS.get(step.role, step.role))
        lines.append(f"{number}. [{tr(C, TIMING_LABELS[step.timing])}] {step.action.get(lang)}")
        lines.append(f"   {role} ({step.country})")
        lines.append(f"   {label('why')}: {step.why.get(lang)}")
        for body in step.bodies:
            first, *rest = body_lines(body, lang, tr)
            lines += [f"   • {first}"] + [f"     {line}" for line in rest]
        if not step.bodies and step.role != SELF_ROLE:
            lines.append(f"   • {label('no_body')}")
    if "none_reachable" in pathway.notes:
        lines += ["", label("none_reachable")]
    lines += ["", f"{label('rules')}: {pathway.rules_version}"]
    return "\n".join(lines) + "\n"
