"""Run Referral Desk with ``python -m referral_desk``."""

import sys

from referral_desk.cli import main

sys.exit(main())
