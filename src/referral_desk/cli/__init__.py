"""The command line: ``referral-desk`` opens the app; its commands use the same services.

One module per command group (records, pathway, printing, log, database), the
parser in ``main``, the exit codes in ``exit_codes``.
"""

from referral_desk.cli.main import main

__all__ = ["main"]
