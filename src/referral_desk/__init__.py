"""Referral Desk: an offline referral directory and pathway wizard for anti-trafficking work."""

__version__ = "0.1.0"
