"""The keys a library trusts to sign packs, and its "only signed packs" setting: trust/keys.json in the data folder.

The file travels on USB sticks between public computers, so it is read strictly (size, shape, every
key checked); a damaged one is moved aside, never used half-read.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbook.core.content.limits import shown
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.registry import now_stamp
from handbook.core.packs.signing import PublicKey, parse_key_id
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

TRUST_FOLDER = "trust"
TRUST_FILE = "keys.json"
TRUST_FORMAT = 1
MAX_TRUST_BYTES = 256 * 1024
MAX_KEYS = 200
MAX_NAME = 200


class TrustError(PackError):
    """The trusted keys file cannot be used, or a trust command was given something wrong."""


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    name: str = ""
    added: str = ""

    @property
    def key_id(self) -> str:
        return self.key.key_id_hex

    @property
    def label(self) -> str:
        """'Name (KEYID)', or the key id alone."""
        return f"{self.name} ({self.key_id})" if self.name else self.key_id


@dataclass
class TrustedKeys:
    keys: dict[str, TrustedKey] = field(default_factory=dict)  # by key id
    require_signed: bool = False

    def get(self, key_id: str) -> TrustedKey | None:
        return self.keys.get(key_id)


class TrustStore:
    """Reads and writes ``<data dir>/trust/keys.json`` atomically."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / TRUST_FOLDER / TRUST_FILE

    def load(self) -> TrustedKeys:
        """The trusted keys; TrustError (after moving the file aside) when the file is damaged."""
        if not self.path.exists():
            return TrustedKeys()
        try:
            return _parse(read_json_object(self.path, max_bytes=MAX_TRUST_BYTES))
        except FileNotFoundError:
            return TrustedKeys()
        except (OSError, ValueError) as exc:
            problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        # Nothing is installed on a half-read list of keys: the person is told, and trusts the keys again.
        try:
            kept = move_aside(self.path)
        except OSError as exc:
            raise TrustError(
                translate(
                    "PackTrust",
                    "{path}: the trusted keys cannot be read ({problem}). Move the file away, then trust your keys again.",
                ).format(path=shown(str(self.path)), problem=exc.strerror or problem)
            ) from None
        raise TrustError(
            translate(
                "PackTrust",
                "{path}: the trusted keys cannot be read ({problem}); the file was kept as {kept}. Nothing was "
                "installed. Trust the trainers' keys again ('handbook pack trust FILE.pub') and, if you use it, "
                "turn on 'only signed packs' again ('handbook pack trust --require').",
            ).format(path=shown(str(self.path)), problem=shown(problem), kept=kept.name)
        )

    def save(self, trusted: TrustedKeys) -> None:
        data = {
            "format_version": TRUST_FORMAT,
            "require_signed": trusted.require_signed,
            "keys": {
                key_id: {
                    "name": entry.name,
                    "public_key": base64.b64encode(b"Ed" + entry.key.key_id + entry.key.key).decode("ascii"),
                    "added": entry.added,
                }
                for key_id, entry in sorted(trusted.keys.items())
            },
        }
        atomic_write_json(self.path, data)

    def trust(self, key: PublicKey, name: str = "") -> TrustedKey:
        name = " ".join(name.split())
        if len(name) > MAX_NAME:
            raise TrustError(translate("PackTrust", "The name is too long; give at most 200 characters."))
        trusted = self.load()
        if len(trusted.keys) >= MAX_KEYS and key.key_id_hex not in trusted.keys:
            raise TrustError(
                translate("PackTrust", "At most 200 keys can be trusted; remove keys you no longer use first.")
            )
        entry = TrustedKey(key, name, now_stamp())
        trusted.keys[key.key_id_hex] = entry
        self.save(trusted)
        return entry

    def untrust(self, key_id: str) -> TrustedKey:
        wanted = parse_key_id(key_id)
        trusted = self.load()
        entry = trusted.keys.pop(wanted or "", None)
        if entry is None:
            raise TrustError(
                translate(
                    "PackTrust", "No trusted key has the id '{key_id}'; 'handbook pack trust --list' shows them."
                ).format(key_id=shown(key_id[:40]))
            )
        self.save(trusted)
        return entry

    def set_require(self, require: bool) -> None:
        trusted = self.load()
        trusted.require_signed = require
        self.save(trusted)


def _parse(data: dict[str, Any]) -> TrustedKeys:
    """The file's content, every field checked; ValueError says what is wrong."""
    if data.get("format_version") != TRUST_FORMAT:
        raise ValueError(translate("PackTrust", "not a list of trusted keys, or one from a newer Handbook"))
    require = data.get("require_signed", False)
    keys_raw = data.get("keys", {})
    if not isinstance(require, bool) or not isinstance(keys_raw, dict) or len(keys_raw) > MAX_KEYS:
        raise ValueError(translate("PackTrust", "the list of trusted keys is damaged"))
    keys: dict[str, TrustedKey] = {}
    for key_id, raw in keys_raw.items():
        if not isinstance(raw, dict) or parse_key_id(str(key_id)) != key_id:
            raise ValueError(translate("PackTrust", "a trusted key is damaged"))
        name, added, encoded = raw.get("name", ""), raw.get("added", ""), raw.get("public_key")
        if not isinstance(name, str) or not isinstance(added, str) or not isinstance(encoded, str):
            raise ValueError(translate("PackTrust", "the key {key_id} is damaged").format(key_id=key_id))
        if len(name) > MAX_NAME or len(added) > 40 or len(encoded) > 100:
            raise ValueError(translate("PackTrust", "the key {key_id} is damaged").format(key_id=key_id))
        try:
            blob = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(translate("PackTrust", "the key {key_id} is damaged").format(key_id=key_id)) from None
        if len(blob) != 42 or blob[:2] != b"Ed":
            raise ValueError(translate("PackTrust", "the key {key_id} is damaged").format(key_id=key_id))
        key = PublicKey(blob[2:10], blob[10:])
        if key.key_id_hex != key_id:
            raise ValueError(translate("PackTrust", "the key {key_id} does not match its id").format(key_id=key_id))
        keys[key_id] = TrustedKey(key, name, added)
    return TrustedKeys(keys, require)
