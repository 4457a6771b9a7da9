"""The one install path's signing rules, as a library meets signed, unsigned and tampered packs."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.core.packs.build import build_pack
from handbook.core.packs.errors import PackError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
from handbook.core.packs.policy import NewSignerError, UnsignedRefusedError
from handbook.core.packs.signing import SecretKey, SigningError, generate_key, signer_key_id
from handbook.core.packs.trust import TrustError, TrustStore
from tests.conftest import FIXTURES
from tests.unit.core.packs.conftest import set_version, snapshot

Build = Callable[..., Path]


@pytest.fixture
def build(tmp_path: Path) -> Build:
    """The mini pack at ``version``, signed by ``key`` (or not)."""

    def make(version: str = "1.2.3", key: SecretKey | None = None, name: str = "") -> Path:
        source = tmp_path / f"src-{version}"
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(FIXTURES / "mini-pack", source)
        set_version(source, version)
        out = tmp_path / f"{name or 'mini'}-{version}.hbpack"
        build_pack(source, out, sign_with=key)
        return out

    return make


def _rewrite(pack: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """A copy of ``pack`` with each member passed through ``change(name, data)``."""
    out = pack.with_name("changed-" + pack.name)
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info)))
    return out


def test_a_signed_pack_records_its_signer_and_the_manifest_covers_every_file(
    build: Build, private_data_dir: Path
) -> None:
    key = generate_key()
    pack = build(key=key)
    assert signer_key_id(pack) == key.key_id_hex and signer_key_id(build(name="plain")) is None
    with zipfile.ZipFile(pack) as archive:
        names = set(archive.namelist())
        listed = {entry["path"] for entry in json.loads(archive.read(MANIFEST_NAME))["files"]}
    assert names - listed == {MANIFEST_NAME, SIGNATURE_NAME}  # every other file has its SHA-256 in the manifest
    assert build(key=key).read_bytes() == pack.read_bytes()  # still deterministic
    TrustStore(private_data_dir).trust(key.public, "Ana's trainer key")
    prepared = PackLibrary(private_data_dir).prepare_install(pack)
    assert prepared.signature.verified and prepared.signature.warning("x") == ""
    assert "Ana's trainer key" in prepared.signature.describe()
    installed = prepared.commit()
    assert installed.current.signer == key.key_id_hex
    assert not (installed.folder / SIGNATURE_NAME).exists()


@pytest.mark.parametrize("what", ["signature", "manifest", "file"])
def test_tampering_is_refused_always_and_changes_nothing(build: Build, private_data_dir: Path, what: str) -> None:
    key = generate_key()
    TrustStore(private_data_dir).trust(key.public)
    before = snapshot(private_data_dir)

    def change(name: str, data: bytes) -> bytes:
        if what == "signature" and name == SIGNATURE_NAME:
            lines = data.split(b"\n")
            lines[1] = lines[1][:20] + (b"A" if lines[1][20:21] != b"A" else b"B") + lines[1][21:]
            return b"\n".join(lines)
        if what == "manifest" and name == MANIFEST_NAME:
            return data.replace(b'"Mini pack"', b'"Mini pack!"')
        if what == "file" and name == "pack.yaml":
            return data.replace(b"Mini pack", b"Evil pack")
        return data

    tampered = _rewrite(build(key=key), change)
    error = SigningError if what != "file" else PackError
    with pytest.raises(error) as caught:
        PackLibrary(private_data_dir).install(tampered)
    if what == "file":
        assert "does not match its checksum" in str(caught.value)  # the manifest's SHA-256 catches it
    else:
        assert "the signature does not match" in str(caught.value)
    assert snapshot(private_data_dir) == before


def test_an_update_from_a_new_signer_needs_a_yes(build: Build, private_data_dir: Path) -> None:
    old, new = generate_key(), generate_key()
    store = TrustStore(private_data_dir)
    store.trust(old.public)
    store.trust(new.public)
    library = PackLibrary(private_data_dir)
    library.install(build("1.2.3", old))
    before = snapshot(private_data_dir)
    for update in (build("1.3.0", new), build("1.3.0", None)):
        with pytest.raises(NewSignerError, match=f"signed by key {old.key_id_hex}") as caught:
            library.install(update)
        assert caught.value.installed == old.key_id_hex and caught.value.title == "Mini pack"
        assert snapshot(private_data_dir) == before
    installed = library.install(build("1.3.0", new), allow_new_signer=True)
    assert installed is not None and installed.current.signer == new.key_id_hex
    assert library.rollback("mini-pack").current.signer == old.key_id_hex  # each version keeps its signer


def test_the_same_signer_and_a_first_signature_need_no_question(build: Build, private_data_dir: Path) -> None:
    key = generate_key()
    TrustStore(private_data_dir).trust(key.public)
    library = PackLibrary(private_data_dir)
    library.install(build("1.2.3", None))  # unsigned before: a signed update is welcome
    assert library.install(build("1.3.0", key)) is not None
    assert library.install(build("1.4.0", key)) is not None


def test_only_signed_packs_refuses_unsigned_and_untrusted_ones(build: Build, private_data_dir: Path) -> None:
    store = TrustStore(private_data_dir)
    trusted, stranger = generate_key(), generate_key()
    store.trust(trusted.public)
    store.set_require(True)
    before = snapshot(private_data_dir)
    library = PackLibrary(private_data_dir)
    with pytest.raises(UnsignedRefusedError, match="it is not signed, and this library installs only signed packs"):
        library.install(build("1.2.3", None))
    with pytest.raises(UnsignedRefusedError, match=f"signed by key {stranger.key_id_hex}, which this library"):
        library.install(build("1.2.3", stranger, name="stranger"))
    assert snapshot(private_data_dir) == before
    assert library.install(build("1.2.3", trusted, name="good")) is not None
    store.set_require(False)
    prepared = library.prepare_install(build("1.3.0", None, name="unsigned"), allow_new_signer=True)
    assert "this pack is not signed" in prepared.signature.warning("x")
    prepared.discard()


def test_an_untrusted_signer_installs_with_a_warning(build: Build, private_data_dir: Path) -> None:
    key = generate_key()
    prepared = PackLibrary(private_data_dir).prepare_install(build(key=key))
    assert not prepared.signature.verified and prepared.signature.signer == key.key_id_hex
    assert "not on this computer's list of trusted keys" in prepared.signature.warning("x")
    assert prepared.commit().current.signer == key.key_id_hex


def test_a_damaged_trust_file_is_moved_aside_and_nothing_installs(build: Build, private_data_dir: Path) -> None:
    path = private_data_dir / "trust" / "keys.json"
    path.parent.mkdir(parents=True)
    for text in ('{"format_version": 1, "keys": {"ABC": {}}}', "[1]", '{"format_version": 1, "require_signed": 1}'):
        path.write_text(text)
        with pytest.raises(TrustError, match="the trusted keys cannot be read"):
            PackLibrary(private_data_dir).install(build())
        assert not path.exists() and not (private_data_dir / "packs" / "mini-pack").exists()
    assert len(list(path.parent.glob("keys.json.damaged-*"))) == 3


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (b"", "should have four lines"),
        (b"\x00" * 300, "should have four lines"),
        (b"\x00\n" * 4, "'untrusted comment:' is missing"),
        (b"untrusted comment: a\n" * 4, "not valid base64"),
        (b"x" * (16 * 1024 + 1), "declares 16,385 bytes; at most 16,384 are allowed"),
    ],
)
def test_a_hostile_signature_member_is_refused_naming_it(
    build: Build, private_data_dir: Path, signature: bytes, reason: str
) -> None:
    key = generate_key()
    TrustStore(private_data_dir).trust(key.public)
    pack = _rewrite(build(key=key), lambda name, data: signature if name == SIGNATURE_NAME else data)
    before = snapshot(private_data_dir)
    with pytest.raises(PackError, match=rf"changed-mini-1\.2\.3\.hbpack: manifest\.json\.minisig.*{reason}"):
        PackLibrary(private_data_dir).install(pack)
    with pytest.raises(PackError, match=r"manifest\.json\.minisig"):
        signer_key_id(pack)
    assert snapshot(private_data_dir) == before
