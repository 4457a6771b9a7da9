"""Subcommands of the ``handbook`` command line, one module each; none imports Qt at import time."""
