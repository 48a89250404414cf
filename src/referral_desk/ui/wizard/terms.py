"""The legal terms the wizard asks about, each with its explanation on demand.

The terms' names are the vocabulary's labels (domain.labels); what they mean is here.
"""
# ruff: noqa: E501 - each translatable text is one literal, as lupdate reads them

from __future__ import annotations

from enum import StrEnum

from referral_desk.domain.case import Act, Means, Purpose, Urgency
from referral_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Terms"
Term = tuple[StrEnum, str]  # the value, named by the vocabulary; its explanation (English source)

ACTS: list[Term] = [
    (
        Act.RECRUITMENT,
        QT_TRANSLATE_NOOP(
            "Terms", "Recruitment: someone found and engaged the person, often with a job offer."
        ),
    ),
    (
        Act.TRANSPORTATION,
        QT_TRANSLATE_NOOP(
            "Terms", "Transportation: the person was moved, within a country or across a border."
        ),
    ),
    (
        Act.TRANSFER,
        QT_TRANSLATE_NOOP(
            "Terms", "Transfer: control over the person passed from one person to another."
        ),
    ),
    (
        Act.HARBOURING,
        QT_TRANSLATE_NOOP(
            "Terms", "Harbouring: the person was housed or hidden, e.g. in a flat or on a site."
        ),
    ),
    (
        Act.RECEIPT,
        QT_TRANSLATE_NOOP("Terms", "Receipt: someone took charge of the person when they arrived."),
    ),
]
MEANS: list[Term] = [
    (
        Means.THREAT_OR_FORCE,
        QT_TRANSLATE_NOOP("Terms", "Threat or use of force against the person or their family."),
    ),
    (
        Means.COERCION,
        QT_TRANSLATE_NOOP(
            "Terms", "Other forms of coercion: taking papers, debt bondage, isolation."
        ),
    ),
    (
        Means.ABDUCTION,
        QT_TRANSLATE_NOOP("Terms", "Abduction: the person was taken away against their will."),
    ),
    (
        Means.FRAUD,
        QT_TRANSLATE_NOOP("Terms", "Fraud: false promises about pay, work or papers."),
    ),
    (
        Means.DECEPTION,
        QT_TRANSLATE_NOOP(
            "Terms", "Deception: the person was misled about what they would do or how."
        ),
    ),
    (
        Means.ABUSE_OF_POWER,
        QT_TRANSLATE_NOOP(
            "Terms", "Abuse of power: someone with authority over the person used it."
        ),
    ),
    (
        Means.ABUSE_OF_VULNERABILITY,
        QT_TRANSLATE_NOOP(
            "Terms",
            "Abuse of a position of vulnerability: poverty, irregular status, addiction, disability or dependence left no real choice.",
        ),
    ),
    (
        Means.PAYMENTS_TO_CONTROLLER,
        QT_TRANSLATE_NOOP(
            "Terms",
            "Payments or benefits given to a person who controls the victim, e.g. a relative.",
        ),
    ),
]
PURPOSES: list[Term] = [
    (
        Purpose.SEXUAL_EXPLOITATION,
        QT_TRANSLATE_NOOP(
            "Terms", "Exploitation of the prostitution of others or other sexual exploitation."
        ),
    ),
    (
        Purpose.FORCED_LABOUR,
        QT_TRANSLATE_NOOP(
            "Terms", "Work under threat of a penalty that the person did not offer freely (ILO 29)."
        ),
    ),
    (
        Purpose.FORCED_BEGGING,
        QT_TRANSLATE_NOOP(
            "Terms", "Being made to beg for someone else's profit (EU Directive 2011/36)."
        ),
    ),
    (
        Purpose.FORCED_CRIMINALITY,
        QT_TRANSLATE_NOOP(
            "Terms", "Exploitation of criminal activities; victims must not be punished for them."
        ),
    ),
    (
        Purpose.DOMESTIC_SERVITUDE,
        QT_TRANSLATE_NOOP("Terms", "Kept to work in a household without freedom, pay or rest."),
    ),
    (
        Purpose.SLAVERY_OR_SERVITUDE,
        QT_TRANSLATE_NOOP(
            "Terms",
            "Being treated as property, or made to live and work for another without a way out.",
        ),
    ),
    (
        Purpose.ORGAN_REMOVAL,
        QT_TRANSLATE_NOOP("Terms", "An organ was or was to be removed."),
    ),
    (
        Purpose.FORCED_MARRIAGE,
        QT_TRANSLATE_NOOP("Terms", "Married without free consent (EU Directive 2024/1712)."),
    ),
    (
        Purpose.ILLEGAL_ADOPTION,
        QT_TRANSLATE_NOOP(
            "Terms",
            "A child given up or taken for adoption against the law (EU Directive 2024/1712).",
        ),
    ),
    (
        Purpose.WORST_FORMS_CHILD_LABOUR,
        QT_TRANSLATE_NOOP(
            "Terms", "Hazardous or illicit work by a child, debt bondage, child soldiers (ILO 182)."
        ),
    ),
]
URGENCIES: list[Term] = [
    (
        Urgency.IMMEDIATE_DANGER,
        QT_TRANSLATE_NOOP("Terms", "The person or you are in danger right now: call 112 first."),
    ),
    (
        Urgency.MEDICAL_EMERGENCY,
        QT_TRANSLATE_NOOP("Terms", "Injury or illness that needs treatment now."),
    ),
    (
        Urgency.SHELTER_TONIGHT,
        QT_TRANSLATE_NOOP("Terms", "The person has nowhere safe to stay tonight."),
    ),
    (
        Urgency.FAMILY_THREATENED,
        QT_TRANSLATE_NOOP(
            "Terms", "The exploiters threaten the person's family, e.g. in the country of origin."
        ),
    ),
]
EXPLAIN = {
    "age_uncertain": QT_TRANSLATE_NOOP(
        "Terms",
        "Presumption of minority: when the age is uncertain and there are reasons to believe the person is a child, treat them as a child until the age is established (Council of Europe Convention Art. 10(3)).",
    ),
    "unaccompanied": QT_TRANSLATE_NOOP(
        "Terms",
        "A child without a parent or other adult responsible for them. An unaccompanied child gets a guardian.",
    ),
    "seeks_asylum": QT_TRANSLATE_NOOP(
        "Terms",
        "The person asks for international protection. Their embassy must then not be contacted.",
    ),
    "irregular_stay": QT_TRANSLATE_NOOP(
        "Terms",
        "A foreign national without a right to stay here. No expulsion during the reflection period.",
    ),
    "smuggling": QT_TRANSLATE_NOOP(
        "Terms",
        "Smuggling of migrants is a consensual border crossing that ends on arrival. If the person is then exploited, it becomes trafficking.",
    ),
    "consent": QT_TRANSLATE_NOOP(
        "Terms",
        "Informed consent: the person understands whom you will contact, why, and what happens next, and agrees freely. They may refuse or withdraw it.",
    ),
    "post": QT_TRANSLATE_NOOP(
        "Terms",
        "The country your post represents, e.g. as its embassy or consulate; none for a police station, a border crossing point or an NGO. Not the country where the post is. When the person is a national of the country you represent, you refer them to the bodies of the country where they are.",
    ),
    "border": QT_TRANSLATE_NOOP(
        "Terms",
        "At a border crossing point the border police are the first contact and competent. Choose the region of the crossing point.",
    ),
    "separated_child": QT_TRANSLATE_NOOP(
        "Terms",
        "A child with an adult who is not a verified parent or carer: treated like a child alone, with a guardian.",
    ),
    "age_estimated": QT_TRANSLATE_NOOP(
        "Terms",
        "The age is your estimate, not what the person said. When you doubt that an adult is an adult, tick the presumption of minority as well.",
    ),
}
