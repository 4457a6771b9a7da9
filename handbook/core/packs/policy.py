"""Who signed a pack, whether the signature holds, and whether this library installs it (its signing rules).

The rules: a signature that does not verify is refused always; an update of a pack that was signed must
come from the same key unless the person agrees to a new signer; an unsigned pack (or one signed by a
key this library does not trust) installs with a warning, or is refused when "only signed packs" is on.
"""

from __future__ import annotations

from dataclasses import dataclass

from handbook.core.content.limits import shown
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.manifest import SIGNATURE_NAME
from handbook.core.packs.signing import PublicKey, parse_signature, verify
from handbook.core.packs.trust import TrustedKey, TrustedKeys


class NewSignerError(PackError):
    """An update is signed by another key than the installed version (or not signed); it needs the person's yes."""

    def __init__(self, message: str, *, title: str = "", installed: str = "", new: str = "") -> None:
        super().__init__(message)
        self.title, self.installed, self.new = title, installed, new


class UnsignedRefusedError(PackError):
    """ "Only signed packs" is on and the pack is not signed by a trusted key."""


@dataclass(frozen=True)
class SignatureCheck:
    signer: str  # the key id that signed the manifest; "" when the pack is not signed
    trusted: TrustedKey | None  # the trusted key the signature was checked with
    verified: bool  # the signature was checked and holds (with a trusted key, or the key given)

    @property
    def signed(self) -> bool:
        return bool(self.signer)

    def describe(self) -> str:
        """One sentence: who signed it and whether that was checked."""
        if not self.signer:
            return translate("PackPolicy", "not signed")
        if self.trusted is not None:
            return translate("PackPolicy", "signed by {who}, a trusted key; the signature is good").format(
                who=shown(self.trusted.label)
            )
        if self.verified:
            return translate(
                "PackPolicy", "signed by key {key_id}; the signature is good (that key is not trusted here)"
            ).format(key_id=self.signer)
        return translate(
            "PackPolicy", "signed by key {key_id}, which is not trusted here, so the signature was not checked"
        ).format(key_id=self.signer)

    def warning(self, where: str) -> str:
        """What to tell the person when the pack installs without a trusted signature; "" when it has one."""
        if self.trusted is not None:
            return ""
        if not self.signer:
            return translate(
                "PackPolicy",
                "{where}: this pack is not signed, so Handbook cannot tell who made it or whether it was changed. "
                "Install packs only from people you trust.",
            ).format(where=shown(where))
        return translate(
            "PackPolicy",
            "{where}: this pack is signed by key {key_id}, which is not on this computer's list of trusted keys, "
            "so the signature was not checked. Ask the trainer for their .pub file and run "
            "'handbook pack trust FILE.pub'.",
        ).format(where=shown(where), key_id=self.signer)


def check_signature(
    manifest: bytes,
    signature: bytes | None,
    where: str,
    trusted: TrustedKeys,
    extra_key: PublicKey | None = None,
) -> SignatureCheck:
    """Check the pack's signature with the trusted key that made it (or ``extra_key``); SigningError when it fails."""
    if signature is None:
        return SignatureCheck("", None, False)
    place = f"{where}: {SIGNATURE_NAME}"
    parsed = parse_signature(signature, place)
    entry = trusted.get(parsed.key_id_hex)
    key = entry.key if entry is not None else extra_key
    if key is None:
        return SignatureCheck(parsed.key_id_hex, None, False)
    verify(manifest, parsed, key, place)
    return SignatureCheck(parsed.key_id_hex, entry, True)


def apply_rules(
    check: SignatureCheck,
    trusted: TrustedKeys,
    *,
    where: str,
    title: str,
    installed_signer: str | None,
    allow_new_signer: bool,
) -> None:
    """Raise when this library does not install the pack; ``installed_signer`` is None for a pack not installed."""
    if trusted.require_signed and check.trusted is None:
        if not check.signer:
            reason = translate("PackPolicy", "it is not signed")
        else:
            reason = translate("PackPolicy", "it is signed by key {key_id}, which this library does not trust").format(
                key_id=check.signer
            )
        raise UnsignedRefusedError(
            translate(
                "PackPolicy",
                "{where}: {reason}, and this library installs only signed packs. Nothing was changed. Get a pack "
                "signed by a trusted trainer, trust the trainer's key ('handbook pack trust FILE.pub'), or turn "
                "the rule off ('handbook pack trust --no-require').",
            ).format(where=shown(where), reason=reason)
        )
    if installed_signer and check.signer != installed_signer and not allow_new_signer:
        new = check.signer or translate("PackPolicy", "nobody (not signed)")
        raise NewSignerError(
            translate(
                "PackPolicy",
                "{where}: the installed {title} was signed by key {installed}, but this update is signed by "
                "{new}. Nothing was changed. If the trainer told you they changed their key, install it again "
                "allowing a new signer (--allow-new-signer); otherwise do not use this file.",
            ).format(where=shown(where), title=shown(title), installed=installed_signer, new=new),
            title=title,
            installed=installed_signer,
            new=check.signer,
        )
