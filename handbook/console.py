"""The command line's manners with its output: no crash without a console, a quiet end when the reader leaves."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable

from handbook.exit_codes import OUTPUT_CLOSED


def ensure_streams() -> None:
    """Give Python somewhere to write when it has no console.

    A windowed program (the Windows bundle, pythonw) starts with sys.stdin, sys.stdout and sys.stderr
    set to None; a print() there is dropped, but ``sys.stderr.write``, ``isatty()`` or ``flush()`` would
    crash the app. Writing to the null device instead makes every output path safe; what matters
    for a user goes to the log file in the data folder.
    """
    if sys.stdin is None:  # a question on the terminal then reads "no answer"
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (open for the whole run)
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def run_quietly_into_closed_pipe(command: Callable[[], int]) -> int:
    """Run ``command``; if its reader goes away (``handbook search x | head -1``), end quietly.

    As Python's documentation on SIGPIPE recommends: stdout is pointed at the null device, so the
    flush at exit cannot fail again and print a traceback; the exit code is the one Unix tools give.
    """
    try:
        code = command()
        sys.stdout.flush()  # inside the try: the last buffered lines are where a closed pipe shows
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return OUTPUT_CLOSED
    return code
