"""minisign's files (public key, secret key, signature), read strictly, and Ed25519 signing and checking of them.

The format is minisign's (https://jedisct1.github.io/minisign/), so a trainer can sign with the
``minisign`` tool and anyone can check a pack without this app. Ed25519 comes from ``cryptography``,
BLAKE2b and scrypt from hashlib: nothing here is a crypto primitive written by hand.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from handbook.core.content.limits import shown
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.manifest import MAX_SIGNATURE_FILE_BYTES, SIGNATURE_NAME
from handbook.core.packs.reader import PackFile

ALG_LEGACY = b"Ed"  # the signature is over the file itself
ALG_PREHASHED = b"ED"  # the signature is over the file's BLAKE2b-512 (minisign 0.11's default)
_KDF_SCRYPT = b"Sc"
_KDF_NONE = b"\0\0"
_CHECKSUM_ALG = b"B2"
_UNTRUSTED = b"untrusted comment: "
_TRUSTED = b"trusted comment: "
MAX_KEY_FILE_BYTES = 4096
MAX_COMMENT_BYTES = 1024  # minisign's limit for the untrusted comment
MAX_TRUSTED_COMMENT_BYTES = 8192  # minisign's limit for the trusted one
_PUBLIC_BYTES = 2 + 8 + 32
_SECRET_BYTES = 2 + 2 + 2 + 32 + 8 + 8 + 104
_SIGNATURE_BYTES = 2 + 8 + 64
# scrypt bounds for a key file we read: minisign uses 1 GiB of memory; more is refused (hashlib's own limit).
MAX_SCRYPT_MEMORY = 2**31 - 1
MAX_SCRYPT_OPS = 2**34
# What keys made here use: minisign's own ("sensitive") cost, so a stolen key file resists guessing.
DEFAULT_OPSLIMIT = 33554432
DEFAULT_MEMLIMIT = 1073741824

Passphrase = Callable[[], str]


class SigningError(PackError):
    """A key or signature file that cannot be used, or a signature that does not match."""


class WrongPassphraseError(SigningError):
    """The passphrase does not open the secret key."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in the files
    key: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def to_text(self) -> str:
        """The .pub file minisign writes."""
        body = base64.b64encode(ALG_LEGACY + self.key_id + self.key).decode("ascii")
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{body}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # the 32-byte Ed25519 seed
    public: PublicKey

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # ALG_LEGACY or ALG_PREHASHED
    key_id: bytes
    signature: bytes
    trusted_comment: bytes
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


def key_id_hex(key_id: bytes) -> str:
    """The key id as a little-endian 64-bit number in 16 upper-case hex digits (always 16: minisign's own
    printout drops leading zeros, so one key in 16 reads one digit shorter there)."""
    return key_id[::-1].hex().upper()


def parse_key_id(text: str) -> str | None:
    """``text`` as a key id (1 to 16 hex digits, any case, as we or minisign print it), in our 16-digit form;
    None when it is not one."""
    value = text.strip().upper()
    if 1 <= len(value) <= 16 and all(c in "0123456789ABCDEF" for c in value):
        return value.rjust(16, "0")
    return None


# reading


def _lines(data: bytes, where: str, kind: str, limit: int) -> list[bytes]:
    if len(data) > limit:
        raise SigningError(
            translate(
                "PackSigning", "{where}: is too big for a {kind} ({size} bytes; at most {limit}). It is not one."
            ).format(where=where, kind=kind, size=len(data), limit=limit)
        )
    lines = data.split(b"\n")
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _not_a(where: str, kind: str, detail: str) -> SigningError:
    return SigningError(
        translate(
            "PackSigning", "{where}: is not a minisign {kind} ({detail}). Check that you chose the right file."
        ).format(where=shown(where), kind=kind, detail=detail)
    )


def _comment(line: bytes, prefix: bytes, limit: int, where: str, kind: str) -> bytes:
    if not line.startswith(prefix):
        raise _not_a(
            where,
            kind,
            translate("PackSigning", "the line '{prefix}' is missing").format(prefix=prefix.decode().strip()),
        )
    text = line[len(prefix) :]
    if len(text) > limit:
        raise _not_a(
            where, kind, translate("PackSigning", "a comment is longer than {limit} bytes").format(limit=limit)
        )
    return text


def _b64(line: bytes, size: int, where: str, kind: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _not_a(where, kind, translate("PackSigning", "a line is not valid base64")) from None
    if len(raw) != size:
        raise _not_a(
            where,
            kind,
            translate("PackSigning", "a key or signature has {got} bytes, not {want}").format(got=len(raw), want=size),
        )
    return raw


def parse_public_key(data: bytes, where: str) -> PublicKey:
    """A .pub file's bytes (or the bare base64 line minisign prints) as a PublicKey."""
    kind = translate("PackSigning", "public key")
    lines = _lines(data, where, kind, MAX_KEY_FILE_BYTES)
    if len(lines) == 1 and not lines[0].startswith(_UNTRUSTED):
        body = lines[0]
    elif len(lines) == 2:
        _comment(lines[0], _UNTRUSTED, MAX_COMMENT_BYTES, where, kind)
        body = lines[1]
    else:
        raise _not_a(where, kind, translate("PackSigning", "it should have two lines"))
    raw = _b64(body, _PUBLIC_BYTES, where, kind)
    if raw[:2] != ALG_LEGACY:
        raise _not_a(where, kind, translate("PackSigning", "its algorithm is not Ed25519"))
    return PublicKey(key_id=raw[2:10], key=raw[10:])


def parse_signature(data: bytes, where: str) -> Signature:
    """A .minisig file's bytes as a Signature (not yet checked against anything)."""
    kind = translate("PackSigning", "signature")
    lines = _lines(data, where, kind, MAX_SIGNATURE_FILE_BYTES)
    if len(lines) != 4:
        raise _not_a(where, kind, translate("PackSigning", "it should have four lines"))
    _comment(lines[0], _UNTRUSTED, MAX_COMMENT_BYTES, where, kind)
    raw = _b64(lines[1], _SIGNATURE_BYTES, where, kind)
    trusted = _comment(lines[2], _TRUSTED, MAX_TRUSTED_COMMENT_BYTES, where, kind)
    global_signature = _b64(lines[3], 64, where, kind)
    if raw[:2] not in (ALG_LEGACY, ALG_PREHASHED):
        raise _not_a(where, kind, translate("PackSigning", "its algorithm is unknown"))
    return Signature(raw[:2], raw[2:10], raw[10:], trusted, global_signature)


def read_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a key or signature file, with a clear error when it cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise SigningError(
            translate("PackSigning", "{where}: cannot be read ({reason}). Check the name and the folder.").format(
                where=shown(str(path)), reason=exc.strerror or exc
            )
        ) from None


def read_public_key(path: Path) -> PublicKey:
    return parse_public_key(read_file(path, MAX_KEY_FILE_BYTES), str(path))


def scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's choice of scrypt's (N, r, p) from minisign's opslimit and memlimit."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if opslimit >= memlimit // 32:
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _key_stream(passphrase: str, salt: bytes, opslimit: int, memlimit: int, where: str) -> bytes:
    n, r, p = scrypt_parameters(opslimit, memlimit)
    memory = 128 * r * (n + 2) + 128 * r * p + 1024 * 1024
    if opslimit > MAX_SCRYPT_OPS or memory > MAX_SCRYPT_MEMORY or p < 1:
        raise _not_a(
            where,
            translate("PackSigning", "secret key"),
            translate("PackSigning", "its passphrase settings ask for too much work"),
        )
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=104)


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(ALG_LEGACY + key_id + secret, digest_size=32).digest()


def parse_secret_key(data: bytes, where: str, passphrase: Passphrase | None = None) -> SecretKey:
    """A .key file's bytes as a SecretKey; ``passphrase`` is asked only when the key is encrypted."""
    kind = translate("PackSigning", "secret key")
    lines = _lines(data, where, kind, MAX_KEY_FILE_BYTES)
    if len(lines) != 2:
        raise _not_a(where, kind, translate("PackSigning", "it should have two lines"))
    _comment(lines[0], _UNTRUSTED, MAX_COMMENT_BYTES, where, kind)
    raw = _b64(lines[1], _SECRET_BYTES, where, kind)
    algorithm, kdf, checksum_alg = raw[:2], raw[2:4], raw[4:6]
    salt, opslimit, memlimit = raw[6:38], int.from_bytes(raw[38:46], "little"), int.from_bytes(raw[46:54], "little")
    keynum = raw[54:]
    if algorithm != ALG_LEGACY or checksum_alg != _CHECKSUM_ALG or kdf not in (_KDF_SCRYPT, _KDF_NONE):
        raise _not_a(where, kind, translate("PackSigning", "its algorithm is unknown"))
    encrypted = kdf == _KDF_SCRYPT
    if encrypted:
        if passphrase is None:
            raise WrongPassphraseError(
                translate("PackSigning", "{where}: this secret key has a passphrase; give it to use the key.").format(
                    where=shown(where)
                )
            )
        stream = _key_stream(passphrase(), salt, opslimit, memlimit, where)
        keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
    key_id, secret, checksum = keynum[:8], keynum[8:72], keynum[72:]
    # minisign -W leaves the checksum empty; an encrypted key must carry the right one.
    checksum_ok = hmac.compare_digest(checksum, _checksum(key_id, secret))
    if encrypted and not checksum_ok:
        raise WrongPassphraseError(
            translate(
                "PackSigning", "{where}: the passphrase is wrong (or the key file is damaged). Try again."
            ).format(where=shown(where))
        )
    if not encrypted and not checksum_ok and checksum != bytes(32):
        raise _not_a(where, kind, translate("PackSigning", "its checksum does not match; the file is damaged"))
    private = Ed25519PrivateKey.from_private_bytes(secret[:32])
    public_bytes = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if not hmac.compare_digest(public_bytes, secret[32:]):
        raise _not_a(
            where, kind, translate("PackSigning", "its two halves do not belong together; the file is damaged")
        )
    return SecretKey(key_id=key_id, seed=secret[:32], public=PublicKey(key_id, public_bytes))


def read_secret_key(path: Path, passphrase: Passphrase | None = None) -> SecretKey:
    return parse_secret_key(read_file(path, MAX_KEY_FILE_BYTES), str(path), passphrase)


# writing


def generate_key() -> SecretKey:
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = os.urandom(8)
    return SecretKey(key_id=key_id, seed=seed, public=PublicKey(key_id, public))


def secret_key_text(
    key: SecretKey,
    passphrase: str | None,
    *,
    opslimit: int | None = None,
    memlimit: int | None = None,
) -> str:
    """The .key file minisign writes: scrypt-encrypted with ``passphrase``, or plain (minisign -W) when None."""
    secret = key.seed + key.public.key
    keynum = key.key_id + secret + _checksum(key.key_id, secret)
    if passphrase is None:
        kdf, salt, opslimit, memlimit = _KDF_NONE, bytes(32), 0, 0
        comment = "minisign secret key (no passphrase)"
    else:
        kdf, salt = _KDF_SCRYPT, os.urandom(32)
        opslimit = DEFAULT_OPSLIMIT if opslimit is None else opslimit
        memlimit = DEFAULT_MEMLIMIT if memlimit is None else memlimit
        stream = _key_stream(passphrase, salt, opslimit, memlimit, "")
        keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        comment = "minisign encrypted secret key"
    raw = ALG_LEGACY + kdf + _CHECKSUM_ALG + salt
    raw += opslimit.to_bytes(8, "little") + memlimit.to_bytes(8, "little") + keynum
    return f"untrusted comment: {comment}\n{base64.b64encode(raw).decode('ascii')}\n"


def sign(data: bytes, key: SecretKey, trusted_comment: str, *, prehashed: bool = True) -> bytes:
    """A .minisig file for ``data``: prehashed (``ED``, minisign 0.11's default) unless asked otherwise."""
    comment = trusted_comment.encode("utf-8")
    if b"\n" in comment or b"\r" in comment or len(comment) > MAX_TRUSTED_COMMENT_BYTES:
        raise SigningError(translate("PackSigning", "The trusted comment must be one line of at most 8192 bytes."))
    private = Ed25519PrivateKey.from_private_bytes(key.seed)
    algorithm = ALG_PREHASHED if prehashed else ALG_LEGACY
    message = hashlib.blake2b(data).digest() if prehashed else data
    signature = private.sign(message)
    global_signature = private.sign(signature + comment)
    first = base64.b64encode(algorithm + key.key_id + signature)
    return (
        b"untrusted comment: signature from minisign secret key\n"
        + first
        + b"\n"
        + _TRUSTED
        + comment
        + b"\n"
        + base64.b64encode(global_signature)
        + b"\n"
    )


# checking


def verify(data: bytes, signature: Signature, key: PublicKey, where: str) -> None:
    """Raise SigningError unless ``signature`` is ``key``'s valid signature of ``data`` and its trusted comment."""
    if signature.key_id != key.key_id:
        raise SigningError(
            translate("PackSigning", "{where}: was signed with key {signer}, not with key {key}.").format(
                where=shown(where), signer=signature.key_id_hex, key=key.key_id_hex
            )
        )
    public = Ed25519PublicKey.from_public_bytes(key.key)
    message = hashlib.blake2b(data).digest() if signature.algorithm == ALG_PREHASHED else data
    try:
        public.verify(signature.signature, message)
        public.verify(signature.global_signature, signature.signature + signature.trusted_comment)
    except InvalidSignature:
        raise SigningError(
            translate(
                "PackSigning",
                "{where}: the signature does not match; the pack was changed after it was signed, or the "
                "signature is damaged. Do not use it; get a new copy from the trainer.",
            ).format(where=shown(where))
        ) from None


def signer_key_id(pack_path: Path) -> str | None:
    """The key id (16 upper-case hex digits) that signed the pack at ``pack_path``, without checking; None if unsigned.

    The pack's structure and manifest are checked (PackError when damaged); the signature is only parsed.
    """
    with PackFile(Path(pack_path)) as pack:
        data = pack.signature_bytes
    if data is None:
        return None
    return parse_signature(data, f"{pack_path}: {SIGNATURE_NAME}").key_id_hex
