"""The command line's exit codes, and the text that documents them in every command's --help."""

from __future__ import annotations

import argparse

from handbook.core.i18n import translate

OK = 0
PROBLEMS_FOUND = 1
USER_ERROR = 2
BROKEN_INSTALL = 3
INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl+C
OUTPUT_CLOSED = 141  # 128 + SIGPIPE, as Unix tools end when the reader of their output goes away


def problems_meaning() -> dict[tuple[str, ...], str]:
    """What 1 means for the commands where it applies; the others exit 0 or with an error code."""
    return {
        ("validate",): translate("exit codes", "the folder has errors (listed)"),
        ("search",): translate("exit codes", "nothing was found"),
        ("pack", "install"): translate("exit codes", "you said no to an update, so nothing was changed"),
        ("pack", "import"): translate("exit codes", "the converted folder has validation errors (listed)"),
        ("pack", "feed"): translate("exit codes", "a pack did not verify and was left out of the index (listed)"),
        ("pack", "update"): translate("exit codes", "you said no to every update, so nothing was changed"),
    }


def exit_codes_text(command: tuple[str, ...]) -> str:
    """One paragraph for the end of a command's --help (argparse wraps it to the terminal)."""
    meanings = problems_meaning()
    codes = [translate("exit codes", "{code} done").format(code=OK)]
    if command in meanings:
        codes.append(f"{PROBLEMS_FOUND} {meanings[command]}")
    codes += [
        translate(
            "exit codes", "{code} a mistake in the command or its input (the message after 'error:' says what to do)"
        ).format(code=USER_ERROR),
        translate("exit codes", "{code} Handbook is installed incompletely (reinstall it)").format(code=BROKEN_INSTALL),
        translate("exit codes", "{code} stopped with Ctrl+C").format(code=INTERRUPTED),
        translate("exit codes", "{code} the output was closed early, e.g. by '| head'").format(code=OUTPUT_CLOSED),
    ]
    return translate("exit codes", "Exit codes: {codes}.").format(codes="; ".join(codes))


def document_exit_codes(parser: argparse.ArgumentParser, command: tuple[str, ...] = ()) -> None:
    """Add the exit codes to the --help of ``parser`` and of every command under it."""
    from handbook.commands._subcommands import subcommands

    action = subcommands(parser)
    for name, sub in action.choices.items() if action is not None else ():
        document_exit_codes(sub, (*command, name))
    text = exit_codes_text(command)
    if text not in (parser.epilog or ""):  # a parser shared by aliases is seen twice
        parser.epilog = f"{parser.epilog}\n\n{text}" if parser.epilog else text
