"""Errors a user can act on: the CLI prints their message on one line, no traceback."""


class SynthError(Exception):
    """A failure with a message meant for the user (exit code 1)."""


class UsageError(SynthError):
    """Bad input on the command line or in a file the user gave (exit code 2)."""


class OfflineError(SynthError):
    """Offline mode needs something that is neither cached nor local."""
