"""A parser's subcommands, for the modules that add to 'handbook pack' and for the exit codes in every --help.

argparse has no public way back to the subcommands of a parser once they are made: this is the one
place that looks for them among the parser's actions. (A module of handbook/commands whose name
starts with "_" registers no command: see cli.command_modules.)
"""

from __future__ import annotations

import argparse


def subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:  # type: ignore[type-arg]
    """The subcommands of ``parser``, or None when it has none."""
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def pack_commands(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """The actions of 'handbook pack' (made by pack.py, which registers first by name), to add more to."""
    commands = subcommands(subparsers.choices["pack"])
    assert commands is not None, "'handbook pack' has its actions"
    return commands
