"""The command line's exit codes, and the text that documents them in every command's --help."""

from __future__ import annotations

import argparse

OK = 0
PROBLEMS_FOUND = 1
USER_ERROR = 2
BROKEN_INSTALL = 3
INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl+C
OUTPUT_CLOSED = 141  # 128 + SIGPIPE, as Unix tools end when the reader of their output goes away

# What 1 means for the commands where it applies; the others exit 0 or with an error code.
PROBLEMS_MEANING = {
    ("validate",): "the folder has errors (listed)",
    ("search",): "nothing was found",
    ("pack", "install"): "you said no to an update, so nothing was changed",
    ("pack", "import"): "the converted folder has validation errors (listed)",
    ("pack", "feed"): "a pack did not verify and was left out of the index (listed)",
    ("pack", "update"): "you said no to every update, so nothing was changed",
}


def exit_codes_text(command: tuple[str, ...]) -> str:
    """One paragraph for the end of a command's --help (argparse wraps it to the terminal)."""
    codes = [f"{OK} done"]
    if command in PROBLEMS_MEANING:
        codes.append(f"{PROBLEMS_FOUND} {PROBLEMS_MEANING[command]}")
    codes += [
        f"{USER_ERROR} a mistake in the command or its input (the message after 'error:' says what to do)",
        f"{BROKEN_INSTALL} Handbook is installed incompletely (reinstall it)",
        f"{INTERRUPTED} stopped with Ctrl+C",
        f"{OUTPUT_CLOSED} the output was closed early, e.g. by '| head'",
    ]
    return "Exit codes: " + "; ".join(codes) + "."


def document_exit_codes(parser: argparse.ArgumentParser, command: tuple[str, ...] = ()) -> None:
    """Add the exit codes to the --help of ``parser`` and of every command under it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                document_exit_codes(sub, (*command, name))
    text = exit_codes_text(command)
    if text not in (parser.epilog or ""):  # a parser shared by aliases is seen twice
        parser.epilog = f"{parser.epilog}\n\n{text}" if parser.epilog else text
