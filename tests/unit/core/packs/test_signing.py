"""minisign's files as a trainer makes them with the minisign tool, and ours as minisign reads them."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from handbook.core.packs import signing
from handbook.core.packs.signing import SigningError, WrongPassphraseError

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign tool is not installed (apt install minisign)"
)
CHEAP = {"opslimit": 1 << 20, "memlimit": 1 << 24}  # scrypt at a test's cost; the format is the same


def _minisign(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run(
        [MINISIGN, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def _write_key(tmp_path: Path, passphrase: str | None) -> tuple[signing.SecretKey, Path, Path]:
    key = signing.generate_key()
    secret, public = tmp_path / "ours.key", tmp_path / "ours.pub"
    secret.write_text(signing.secret_key_text(key, passphrase, **CHEAP))
    public.write_text(key.public.to_text())
    return key, secret, public


def test_key_id_is_printed_as_minisign_prints_it() -> None:
    assert signing.key_id_hex(bytes.fromhex("eefd4393a1a918bc")) == "BC18A9A19343FDEE"
    assert signing.parse_key_id(" bc18a9a19343fdee ") == "BC18A9A19343FDEE"
    assert signing.parse_key_id("C18A9A19343FDEE") == "0C18A9A19343FDEE"  # minisign drops leading zeros
    assert signing.parse_key_id("BC18A9A19343FDEX") is None and signing.parse_key_id("1BC18A9A19343FDEE") is None
    assert signing.parse_key_id("") is None


def test_scrypt_parameters_match_libsodiums_for_minisigns_defaults() -> None:
    assert signing.scrypt_parameters(signing.DEFAULT_OPSLIMIT, signing.DEFAULT_MEMLIMIT) == (2**20, 8, 1)


@pytest.mark.parametrize("prehashed", [True, False])
@pytest.mark.parametrize("passphrase", [None, "correct horse"])
def test_our_keys_and_signatures_read_back(tmp_path: Path, prehashed: bool, passphrase: str | None) -> None:
    key, secret, public = _write_key(tmp_path, passphrase)
    loaded = signing.read_secret_key(secret, lambda: passphrase or "")
    assert loaded == key and signing.read_public_key(public) == key.public
    data = b'{"files": []}\n'
    parsed = signing.parse_signature(signing.sign(data, loaded, "pack:x", prehashed=prehashed), "x.minisig")
    assert parsed.algorithm == (b"ED" if prehashed else b"Ed") and parsed.trusted_comment == b"pack:x"
    signing.verify(data, parsed, key.public, "x")
    with pytest.raises(SigningError, match="the signature does not match"):
        signing.verify(data + b" ", parsed, key.public, "x")
    other = signing.generate_key().public
    with pytest.raises(SigningError, match=f"signed with key {key.key_id_hex}, not with key {other.key_id_hex}"):
        signing.verify(data, parsed, other, "x")


def test_a_changed_trusted_comment_breaks_the_signature() -> None:
    key = signing.generate_key()
    text = signing.sign(b"data", key, "version:1.0.0").replace(b"version:1.0.0", b"version:9.0.0")
    with pytest.raises(SigningError, match="does not match"):
        signing.verify(b"data", signing.parse_signature(text, "x"), key.public, "x")


def test_wrong_passphrase_is_said_plainly(tmp_path: Path) -> None:
    _key, secret, _public = _write_key(tmp_path, "right")
    with pytest.raises(WrongPassphraseError, match=r"ours.key: the passphrase is wrong"):
        signing.read_secret_key(secret, lambda: "wrong")
    with pytest.raises(WrongPassphraseError, match="has a passphrase"):
        signing.read_secret_key(secret, None)


@needs_minisign
def test_minisign_checks_what_we_sign_with_both_kinds_of_our_keys(tmp_path: Path) -> None:
    for passphrase in (None, "pass word"):
        key, secret, public = _write_key(tmp_path, passphrase)
        (tmp_path / "m.json").write_bytes(b'{"a": 1}\n')
        ours = signing.sign(b'{"a": 1}\n', key, "pack:demo\tversion:1.0.0")
        (tmp_path / "m.json.minisig").write_bytes(ours)
        checked = _minisign("-V", "-p", str(public), "-m", str(tmp_path / "m.json"))
        assert checked.returncode == 0 and "pack:demo\tversion:1.0.0" in checked.stdout, checked.stderr
        # minisign signs with our secret key file too (it derives the same scrypt key from the passphrase).
        (tmp_path / "n.txt").write_bytes(b"other")
        made = _minisign("-S", "-s", str(secret), "-m", str(tmp_path / "n.txt"), stdin=f"{passphrase or ''}\n")
        assert made.returncode == 0, made.stderr
        parsed = signing.parse_signature((tmp_path / "n.txt.minisig").read_bytes(), "n.txt.minisig")
        signing.verify(b"other", parsed, key.public, "n.txt")


@needs_minisign
def test_keys_and_signatures_made_by_minisign_work_here(tmp_path: Path) -> None:
    made = _minisign("-G", "-W", "-p", "t.pub", "-s", "t.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    key = signing.read_secret_key(tmp_path / "t.key")
    public = signing.read_public_key(tmp_path / "t.pub")
    # minisign's comment names the id without leading zeros (one key in 16 has one): compare the numbers.
    printed = (tmp_path / "t.pub").read_text().splitlines()[0].rsplit(" ", 1)[1]
    assert key.public == public and signing.parse_key_id(printed) == public.key_id_hex
    (tmp_path / "f.txt").write_bytes(b"hello\n")
    for legacy in ((), ("-l",)):
        assert _minisign("-S", *legacy, "-s", "t.key", "-m", "f.txt", cwd=tmp_path).returncode == 0
        parsed = signing.parse_signature((tmp_path / "f.txt.minisig").read_bytes(), "f.txt.minisig")
        assert parsed.algorithm == (b"Ed" if legacy else b"ED")
        signing.verify(b"hello\n", parsed, public, "f.txt")
    # What we sign with minisign's key, minisign checks.
    (tmp_path / "g.txt.minisig").write_bytes(signing.sign(b"hi", key, "ours"))
    (tmp_path / "g.txt").write_bytes(b"hi")
    assert _minisign("-V", "-p", "t.pub", "-m", "g.txt", cwd=tmp_path).returncode == 0


@needs_minisign
def test_a_key_minisign_encrypted_with_its_full_cost_opens_with_its_passphrase(tmp_path: Path) -> None:
    # minisign -G uses 1 GiB of scrypt memory: one key, opened once (a few seconds).
    made = _minisign("-G", "-p", "t.pub", "-s", "t.key", stdin="s3cret\ns3cret\n", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    key = signing.read_secret_key(tmp_path / "t.key", lambda: "s3cret")
    assert key.public == signing.read_public_key(tmp_path / "t.pub")


def _public_text(body: bytes, comment: bytes = b"untrusted comment: minisign public key X\n") -> bytes:
    return comment + base64.b64encode(body) + b"\n"


GOOD_PUBLIC = b"Ed" + bytes(8) + bytes(range(32))
GOOD_SIGNATURE = b"ED" + bytes(8) + bytes(64)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "two lines"),
        (b"untrusted comment: x\nnot base64!!\n", "not valid base64"),
        (_public_text(GOOD_PUBLIC[:-1]), "has 41 bytes, not 42"),
        (_public_text(b"Ex" + GOOD_PUBLIC[2:]), "not Ed25519"),
        (_public_text(GOOD_PUBLIC, b"comment: x\n"), "'untrusted comment:' is missing"),
        (_public_text(GOOD_PUBLIC, b"untrusted comment: " + b"x" * 2000 + b"\n"), "longer than 1024"),
        (_public_text(GOOD_PUBLIC) + b"extra\n", "two lines"),
        (b"x" * 5000, "too big"),
        (b"\xff\xfe\n\x00", "is missing"),
    ],
)
def test_malformed_public_keys_are_refused_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(SigningError, match=rf"^trainer\.pub: .*{reason}"):
        signing.parse_public_key(data, "trainer.pub")


def _signature_text(raw: bytes = GOOD_SIGNATURE, trusted: bytes = b"trusted comment: x", last: bytes = b"") -> bytes:
    final = last or base64.b64encode(bytes(64))
    return b"untrusted comment: s\n" + base64.b64encode(raw) + b"\n" + trusted + b"\n" + final + b"\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_signature_text()[:-40], "not valid base64|bytes, not"),
        (_signature_text(b"Ex" + GOOD_SIGNATURE[2:]), "algorithm is unknown"),
        (_signature_text(GOOD_SIGNATURE + b"x"), "has 75 bytes, not 74"),
        (_signature_text(trusted=b"comment: x"), "'trusted comment:' is missing"),
        (_signature_text(last=base64.b64encode(bytes(63))), "has 63 bytes, not 64"),
        (_signature_text().replace(b"\n", b"\n\n", 1), "four lines"),
        (b"x" * 20000, "too big"),
    ],
)
def test_malformed_signatures_are_refused_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(SigningError, match=rf"^p\.hbpack: manifest\.json\.minisig: .*({reason})"):
        signing.parse_signature(data, "p.hbpack: manifest.json.minisig")


def test_malformed_secret_keys_are_refused(tmp_path: Path) -> None:
    key = signing.generate_key()
    good = signing.secret_key_text(key, None).encode()
    raw = base64.b64decode(good.split(b"\n")[1])
    for bad, reason in (
        (raw[:2] + b"Xx" + raw[4:], "algorithm is unknown"),
        (raw[:-1] + bytes([raw[-1] ^ 1]), "checksum does not match"),
        (raw[:60] + bytes([raw[60] ^ 1]) + raw[61:], "checksum does not match|do not belong together"),
        (raw[:-5], "bytes, not 158"),
    ):
        text = b"untrusted comment: k\n" + base64.b64encode(bad) + b"\n"
        with pytest.raises(SigningError, match=rf"^t\.key: .*({reason})"):
            signing.parse_secret_key(text, "t.key", lambda: "")
    # A hostile file cannot make scrypt take minutes or all the memory: the cost is refused first.
    costly = raw[:2] + b"Sc" + raw[4:38] + (2**40).to_bytes(8, "little") + (2**40).to_bytes(8, "little") + raw[54:]
    text = b"untrusted comment: k\n" + base64.b64encode(costly) + b"\n"
    with pytest.raises(SigningError, match="too much work"):
        signing.parse_secret_key(text, "t.key", lambda: "x")
