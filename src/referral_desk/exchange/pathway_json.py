"""A referral pathway as JSON data (format ``referral-desk-pathway``), for the command line."""

from __future__ import annotations

from typing import Any

from referral_desk.domain import labels
from referral_desk.domain.case import Body, Pathway
from referral_desk.exchange.case_file import case_to_json

FORMAT = "referral-desk-pathway"
FORMAT_VERSION = 1


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
                {
                    "number": p.number,
                    "display": p.display,
                    "type": p.type,
                    "placeholder": p.placeholder,  # stands in for a number: not to be dialled
                }
                for p in body.phones
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
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
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
                "shares_data": step.shares_data,
                "merged_rules": list(step.merged),
                "bodies": [_body_json(b, lang) for b in step.bodies],
            }
            for number, step in enumerate(pathway.steps, 1)
        ],
        "not_suggested": [
            {
                "rule": item.rule_id,
                "id": item.ref.id,
                "name": item.ref.name.get(lang),
                "country": item.ref.country,
                "because": item.reason.value,
                "because_text": labels.label(item.reason),
            }
            for item in pathway.left_out
        ],
        "warnings": [{"code": w.code, "text": w.text.get(lang)} for w in pathway.warnings],
        "notes": list(pathway.notes),
    }
