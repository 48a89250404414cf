"""Output for people: plain text, referral sheets and booklets (data -> document -> PDF)."""
