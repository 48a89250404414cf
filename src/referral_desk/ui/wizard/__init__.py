"""The referral wizard: one page per question, then the explained pathway."""

from referral_desk.ui.wizard.wizard import ReferralWizard

__all__ = ["ReferralWizard"]
