"""The command line: the GUI by default, subcommands for everything that works headless."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn, TextIO

import handbook.commands
from handbook import __version__
from handbook.console import ensure_streams, run_quietly_into_closed_pipe
from handbook.core.content.limits import shown_lines
from handbook.core.errors import HandbookError
from handbook.core.resources import BrokenInstallError
from handbook.exit_codes import BROKEN_INSTALL, INTERRUPTED, USER_ERROR, document_exit_codes


class _SafeText:
    """A stream for the terminal that writes control characters as escapes (``\x1b``).

    Titles, names and messages come from content and pack files; an escape sequence in one
    must not reach the terminal, where it could hide text, move the cursor or retitle the window.
    Line breaks, tabs and carriage returns (the progress line) pass.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(shown_lines(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _safe_terminal() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeText(sys.stdout), _SafeText(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def command_modules() -> list[str]:
    """Every module in handbook/commands registers one subcommand (its register(subparsers))."""
    import pkgutil  # only a command needs the list; opening the app does not

    found = pkgutil.iter_modules(handbook.commands.__path__, "handbook.commands.")
    return sorted(m.name for m in found if not m.name.rsplit(".", 1)[1].startswith("_"))  # "_x": a helper


class _QuietParser(argparse.ArgumentParser):
    """The app's options alone: a mistake in them is left for the full parser to explain, in the user's language."""

    def error(self, message: str) -> NoReturn:
        raise _AppOptionsError


class _AppOptionsError(Exception):
    pass


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands it only knows the app's options (and imports no command)."""
    from handbook.core.i18n import translate

    parser = (argparse.ArgumentParser if with_commands else _QuietParser)(
        prog="handbook",
        add_help=with_commands,
        description=translate(
            "cli",
            "Offline training and session planning for learning circle facilitators. With no command, opens the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Handbook {__version__}",
        help=translate("cli", "show the version of Handbook and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
        help=translate("cli", "keep user data in DIR (default: HANDBOOK_DATA_DIR or the platform's place)"),
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help=translate("cli", "keep user data in a folder beside the app, e.g. on a USB stick"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "cli", "load the bundled course, render every page, open and close the window; exit 0 if all is well"
        ),
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help=translate(
            "cli",
            "start as usual, say when the first page is painted and when the window is ready, then exit (for timing)",
        ),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    for name in command_modules():
        importlib.import_module(name).register(subparsers)
    document_exit_codes(parser)
    return parser


def _start_log(args: argparse.Namespace) -> None:
    """A command's warnings and errors go to the data folder's log, as the app's do."""
    from handbook.core.log import init_logging
    from handbook.core.paths import resolve_data_dir

    with contextlib.suppress(HandbookError):  # a read-only portable folder: the command says so if it matters
        init_logging(resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False)))


def _install_language() -> None:
    """Every command speaks the computer's language, as the app does (no --lang: the app has none either)."""
    from handbook.translation import install_command_language

    try:
        installed = install_command_language()
    except BrokenInstallError:  # no catalogue to read: English, and the command then says to reinstall
        installed = False
    if installed:
        # argparse looks its own words up at run time through the names ``_`` and ``ngettext`` it imported from
        # gettext (which would need a .mo catalogue); pointing them at ours puts "usage:", "options" and its
        # error lines in the same catalogue as every other word. Only a command's process does this.
        setattr(argparse, "_", _argparse_word)  # noqa: B010  (mypy's stubs do not declare argparse._)
        setattr(argparse, "ngettext", _argparse_words)  # noqa: B010


def _argparse_word(text: str) -> str:
    """One of argparse's words (the ones a user can meet) in the user's language; others stay as written."""
    from handbook.core.i18n import translate

    words = {  # literal calls, for lupdate to find; the placeholders are argparse's own
        "usage: ": translate("argparse", "usage: "),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate("argparse", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate("argparse", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("argparse", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "unexpected option string: %s": translate("argparse", "unexpected option string: %s"),
        "invalid %(type)s value: %(value)r": translate("argparse", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "can't open '%(filename)s': %(error)s": translate("argparse", "can't open '%(filename)s': %(error)s"),
    }
    return words.get(text, text)


def _argparse_words(singular: str, plural: str, count: int) -> str:
    """argparse's one counted message ("expected 2 arguments"), in the user's language."""
    from handbook.core.i18n import translate

    if singular == "expected %s argument":
        return (
            translate("argparse", "expected %s argument")
            if count == 1
            else translate("argparse", "expected %s arguments")
        )
    return singular if count == 1 else plural


def _error_line(message: str) -> str:
    from handbook.core.i18n import translate

    return translate("cli", "error: {message}").format(message=shown_lines(message))


def main(argv: Sequence[str] | None = None) -> int:
    ensure_streams()
    return run_quietly_into_closed_pipe(lambda: run(argv))


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; opening the app imports no command module (they cost start-up time).

    Only a command, --help or a mistake installs the language (it imports Qt's catalogue) before the full
    parser is built, so its help and its errors read in the user's language; opening the app does not wait.
    """
    with contextlib.suppress(_AppOptionsError):
        app_only, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return app_only
    _install_language()
    return build_parser().parse_args(argv)  # a command, --help or a mistake: the full parser says what to do


def run(argv: Sequence[str] | None) -> int:
    args = parse_arguments(argv)
    try:
        if args.smoke_test:
            from handbook.smoke_test import smoke_test

            return smoke_test(args)
        if args.command is None:
            import handbook.core.preload  # noqa: F401  (before PySide6: see the module's docstring)
            from handbook.gui.shared.import_checks import file_answers

            file_answers()  # before the window's modules load: see the module's docstring
            from handbook.app import run_gui

            return run_gui(args)
        _start_log(args)
        with _safe_terminal():
            result: int = args.func(args)
        return result
    except BrokenInstallError as exc:
        print(_error_line(exc.message), file=sys.stderr)
        return BROKEN_INSTALL
    except HandbookError as exc:
        if args.command is not None:  # a command's refusal goes to the log, as the app's errors do
            logging.getLogger("handbook.cli").warning("%s: %s", args.command, exc.message)
        print(_error_line(exc.message), file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        return INTERRUPTED
