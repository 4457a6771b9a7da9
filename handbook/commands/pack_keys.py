"""``handbook pack keygen|trust|untrust``, added to pack.py's parser, and the signing parts of build and verify."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.commands._subcommands import pack_commands
from handbook.core.content.limits import shown
from handbook.core.i18n import translate

if TYPE_CHECKING:
    from handbook.core.packs.signing import SecretKey

Command = Callable[[argparse.Namespace], int]
PASSPHRASE_ENV = "HANDBOOK_KEY_PASSPHRASE"  # noqa: S105 - the name of a variable, not a password
MAX_PASSPHRASE_BYTES = 1024


def _error(text: str) -> Exception:
    from handbook.core.packs.signing import SigningError

    return SigningError(text)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "PackKeysCommand", "read the key's passphrase from FILE's first line (for scripts; {variable} works too)"
        ).format(variable=PASSPHRASE_ENV),
    )


def _locked(run: Command, doing: Callable[[], str]) -> Command:
    """``run`` holding the data folder's lock, as pack.py's writers do: refused (exit 2) while the app is open."""

    def locked(args: argparse.Namespace) -> int:
        from handbook.instance_lock import holding_lock

        with holding_lock(_data_dir(args), doing()):  # said when it runs: in the language installed by then
            return run(args)

    return locked


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add keygen, trust and untrust to 'handbook pack': pack.py made it (commands register in name order)."""
    commands = pack_commands(subparsers)
    keygen = commands.add_parser(
        "keygen",
        help=translate("PackKeysCommand", "make a key pair for signing packs (NAME.key and NAME.pub)"),
        description=translate(
            "PackKeysCommand",
            "Make a minisign key pair: NAME.key signs packs (keep it secret), NAME.pub is what "
            "libraries trust. Asks for a passphrase that protects NAME.key.",
        ),
    )
    keygen.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="NAME",
        help=translate("PackKeysCommand", "writes NAME.key and NAME.pub"),
    )
    keygen.add_argument(
        "--no-passphrase",
        action="store_true",
        help=translate("PackKeysCommand", "do not protect the secret key (not advised)"),
    )
    add_passphrase_option(keygen)
    keygen.set_defaults(func=run_keygen)

    trust = commands.add_parser(
        "trust",
        help=translate(
            "PackKeysCommand", "trust a trainer's public key (.pub), list trusted keys, or require signed packs"
        ),
        description=translate(
            "PackKeysCommand",
            "Trust the packs a key signs (give the trainer's .pub file), list the trusted keys, or "
            "turn 'only signed packs' on (--require) or off (--no-require).",
        ),
    )
    trust.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FILE.pub",
        help=translate("PackKeysCommand", "the trainer's public key file"),
    )
    trust.add_argument(
        "--name",
        default="",
        metavar="LABEL",
        help=translate("PackKeysCommand", "a name to show for the key, e.g. the trainer's"),
    )
    trust.add_argument(
        "--list", action="store_true", help=translate("PackKeysCommand", "list the trusted keys and the setting")
    )
    rule = trust.add_mutually_exclusive_group()
    rule.add_argument(
        "--require",
        action="store_true",
        help=translate("PackKeysCommand", "install only packs signed by a trusted key"),
    )
    rule.add_argument(
        "--no-require",
        action="store_true",
        help=translate("PackKeysCommand", "also install unsigned packs, with a warning"),
    )
    trust.set_defaults(func=_locked(run_trust, lambda: translate("PackKeysCommand", "change the trusted keys")))

    untrust = commands.add_parser("untrust", help=translate("PackKeysCommand", "stop trusting a key"))
    untrust.add_argument(
        "key_id",
        metavar="KEYID",
        help=translate("PackKeysCommand", "the key id, as 'handbook pack trust --list' shows it"),
    )
    untrust.set_defaults(func=_locked(run_untrust, lambda: translate("PackKeysCommand", "change the trusted keys")))


def passphrase_source(args: argparse.Namespace, where: Path) -> Callable[[], str]:
    """Where a key's passphrase comes from: --passphrase-file, the environment, or a prompt (asked only if needed)."""

    def ask() -> str:
        file = getattr(args, "passphrase_file", None)
        if file is not None:
            try:
                with Path(file).open("rb") as handle:
                    raw = handle.read(MAX_PASSPHRASE_BYTES + 1)
            except OSError as exc:
                raise _error(
                    translate("PackKeysCommand", "{file}: cannot be read ({reason}).").format(
                        file=shown(str(file)), reason=exc.strerror
                    )
                ) from None
            return raw.decode("utf-8", "replace").splitlines()[0] if raw.strip() else ""
        if os.environ.get(PASSPHRASE_ENV):
            return os.environ[PASSPHRASE_ENV]
        if not sys.stdin.isatty():
            raise _error(
                translate(
                    "PackKeysCommand", "{key}: the key has a passphrase; give it with --passphrase-file or {env}."
                ).format(key=shown(str(where)), env=PASSPHRASE_ENV)
            )
        return getpass.getpass(translate("PackKeysCommand", "Passphrase for {key}: ").format(key=where))

    return ask


def _new_passphrase(args: argparse.Namespace, name: str) -> str | None:
    if args.no_passphrase:
        return None
    if args.passphrase_file is not None or os.environ.get(PASSPHRASE_ENV):
        given = passphrase_source(args, Path(name))()
    elif not sys.stdin.isatty():
        raise _error(
            translate(
                "PackKeysCommand", "Give a passphrase with --passphrase-file or {env}, or use --no-passphrase."
            ).format(env=PASSPHRASE_ENV)
        )
    else:
        given = getpass.getpass(translate("PackKeysCommand", "Passphrase to protect the secret key: "))
        if given != getpass.getpass(translate("PackKeysCommand", "The same passphrase again: ")):
            raise _error(translate("PackKeysCommand", "The two passphrases differ; nothing was written. Try again."))
    if not given:
        raise _error(translate("PackKeysCommand", "The passphrase is empty; give one, or use --no-passphrase."))
    return given


def _write_new(path: Path, text: str, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise _error(
            translate(
                "PackKeysCommand", "{path}: already exists; nothing was overwritten. Choose another name."
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise _error(
            translate("PackKeysCommand", "{path}: cannot be written ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def run_keygen(args: argparse.Namespace) -> int:
    from handbook.core.packs.signing import generate_key, secret_key_text

    secret, public = Path(f"{args.output}.key"), Path(f"{args.output}.pub")
    for path in (secret, public):
        if path.exists():
            raise _error(
                translate(
                    "PackKeysCommand", "{path}: already exists; nothing was overwritten. Choose another name."
                ).format(path=path)
            )
    passphrase = _new_passphrase(args, str(secret))
    key = generate_key()
    _write_new(secret, secret_key_text(key, passphrase), 0o600)
    _write_new(public, key.public.to_text(), 0o644)
    print(translate("PackKeysCommand", "Key {key_id}: the secret key is {secret}, the public key is {public}.").format(
        key_id=key.key_id_hex, secret=secret, public=public
    ))  # fmt: skip
    print(
        translate(
            "PackKeysCommand",
            "Keep {secret} secret: on your own computer, not on the library computers; keep a backup copy on a "
            "USB stick in a safe place; never put it in a pack or send it. Give {public} to the libraries: "
            "they run 'handbook pack trust {public}'. Sign a pack with: handbook pack build DIR --sign {secret} "
            "-o FILE.hbpack",
        ).format(secret=secret, public=public)
    )
    if passphrase is None:
        print(
            translate(
                "PackKeysCommand",
                "warning: the secret key has no passphrase; anyone who copies it can sign packs as you.",
            ),
            file=sys.stderr,
        )
    return 0


def load_signing_key(args: argparse.Namespace) -> SecretKey | None:
    """The secret key given with --sign (its passphrase asked only if it has one), or None."""
    if getattr(args, "sign", None) is None:
        return None
    from handbook.core.packs.signing import read_secret_key

    return read_secret_key(args.sign, passphrase_source(args, args.sign))


def describe_signature(args: argparse.Namespace) -> tuple[str, bool]:
    """For ``pack verify``: who signed the pack and whether that key is trusted; (sentence, trusted)."""
    from handbook.core.packs.policy import check_signature
    from handbook.core.packs.reader import PackFile
    from handbook.core.packs.signing import read_public_key
    from handbook.core.packs.trust import TrustStore

    extra = read_public_key(args.key) if args.key is not None else None
    trusted = TrustStore(_data_dir(args)).load()
    with PackFile(args.file) as pack:
        check = check_signature(pack.manifest_bytes, pack.signature_bytes, pack.where, trusted, extra)
    return check.describe(), check.trusted is not None


def _data_dir(args: argparse.Namespace | None = None) -> Path:
    from handbook.core.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False))


def run_trust(args: argparse.Namespace) -> int:
    from handbook.core.packs.signing import read_public_key
    from handbook.core.packs.trust import TrustStore

    store = TrustStore(_data_dir(args))
    if args.file is None and not (args.list or args.require or args.no_require):
        raise _error(
            translate("PackKeysCommand", "Give the trainer's .pub file, or --list, --require or --no-require.")
        )
    if args.file is not None:
        entry = store.trust(read_public_key(args.file), args.name)
        print(
            translate("PackKeysCommand", "Trusted key {label}: packs it signs install without a warning.").format(
                label=shown(entry.label)
            )
        )
    if args.require or args.no_require:
        store.set_require(args.require)
        if args.require:
            print(translate("PackKeysCommand", "Only signed packs: on. Packs not signed by a trusted key are refused."))
        else:
            print(translate("PackKeysCommand", "Only signed packs: off. Unsigned packs install with a warning."))
    if args.list:
        trusted = store.load()
        for key_id, entry in trusted.keys.items():
            print(f"{key_id}  {shown(entry.name) or '-'}  {entry.added}")
        if not trusted.keys:
            print(translate("PackKeysCommand", "No keys are trusted yet."))
        state = translate("PackKeysCommand", "on") if trusted.require_signed else translate("PackKeysCommand", "off")
        print(translate("PackKeysCommand", "Only signed packs: {state}").format(state=state))
    return 0


def run_untrust(args: argparse.Namespace) -> int:
    from handbook.core.packs.trust import TrustStore

    entry = TrustStore(_data_dir(args)).untrust(args.key_id)
    print(translate("PackKeysCommand", "Key {label} is no longer trusted.").format(label=shown(entry.label)))
    return 0
