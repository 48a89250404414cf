"""Tidying resolved steps: one entry per body and phase, and which "now" steps reach no one now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from referral_desk.domain.case import Step, Text, Timing
from referral_desk.domain.rules.model import SELF_ROLE

TIMING_ORDER = tuple(Timing)


def _joined(first: Text, second: Text) -> Text:
    languages = dict.fromkeys([*first.by_lang, *second.by_lang])
    return Text({lang: f"{first.get(lang)} {second.get(lang)}" for lang in languages})


def merge_same_bodies(steps: Sequence[Step]) -> list[Step]:
    """The steps with every later step of a phase that names exactly the same bodies folded
    into the first one: its action and basis appended, the sooner timing kept."""
    merged: list[Step] = []
    for step in steps:
        ids = tuple(body.ref.id for body in step.bodies)
        target = next(
            (
                index
                for index, earlier in enumerate(merged)
                if ids
                and earlier.phase is step.phase
                and tuple(body.ref.id for body in earlier.bodies) == ids
            ),
            None,
        )
        if target is None:
            merged.append(step)
            continue
        earlier = merged[target]
        merged[target] = replace(
            earlier,
            action=_joined(earlier.action, step.action),
            why=_joined(earlier.why, step.why),
            timing=min(earlier.timing, step.timing, key=TIMING_ORDER.index),
            shares_data=earlier.shares_data or step.shares_data,
            merged=(*earlier.merged, step.rule_id, *step.merged),
        )
    return merged


def rule_ids(step: Step) -> tuple[str, ...]:
    """Every rule a shown step stands for: its own and those merged into it."""
    return (step.rule_id, *step.merged)


def unreached_now(steps: Sequence[Step]) -> list[str]:
    """Rule ids of the steps to take now that name no body reachable at this moment."""
    return [
        step.rule_id
        for step in steps
        if step.timing is Timing.NOW
        and step.role != SELF_ROLE
        and not any(body.reach.reachable for body in step.bodies)
    ]
