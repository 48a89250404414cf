"""What a pathway asks for now: the steps to take at once, each with who answers now."""

from __future__ import annotations

from dataclasses import dataclass

from referral_desk.domain.case import Body, Pathway, Phase, Step, Timing


@dataclass(frozen=True)
class NowStep:
    """A step to take at once (numbered as on the pathway) and its bodies that answer now."""

    number: int
    step: Step
    reachable: tuple[Body, ...]


def is_now(step: Step) -> bool:
    """A step for this moment: timed "now", or in the immediate-safety phase."""
    return step.timing is Timing.NOW or step.phase is Phase.IMMEDIATE_SAFETY


def now_steps(pathway: Pathway) -> list[NowStep]:
    """The pathway's steps for this moment, in pathway order, with who is reachable now."""
    return [
        NowStep(number, step, tuple(body for body in step.bodies if body.reach.reachable))
        for number, step in enumerate(pathway.steps, start=1)
        if is_now(step)
    ]
