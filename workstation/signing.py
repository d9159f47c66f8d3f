"""Ed25519 keys held by leads and admins outside the database, and the signatures they make.

A hash chain alone protects nothing against whoever can write the database: they can recompute every
hash. A signature by a key that never enters the database can be checked by anyone holding the public
key, and forged by nobody else (docs/signed-log.md). The private key lives in the person's data folder
(mode 0600, optionally encrypted with a passphrase); only its public half is ever stored or shown.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from workstation.errors import ConfigError, InvalidInput

KEY_FILE = "signing-key.pem"
PUBLIC_PREFIX = "ed25519:"


class PassphraseNeeded(ConfigError):
    """The private key is encrypted and no passphrase was given (the CLI then asks for one)."""


def default_key_path(data_dir: Path) -> Path:
    """Where ``audit keygen`` puts a person's private key: their own data folder."""
    return data_dir / KEY_FILE


def public_text(key: Ed25519PublicKey) -> str:
    """The one-line form of a public key that admins paste into ``audit keys add``."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PUBLIC_PREFIX + base64.b64encode(raw).decode("ascii")


def fingerprint(key: Ed25519PublicKey) -> str:
    """A short stable name of a public key: the first 16 hex digits of SHA-256 of its raw bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def parse_public(text: str) -> Ed25519PublicKey:
    """A public key from its one-line form (``ed25519:BASE64``) or a PEM ``PUBLIC KEY`` block."""
    text = text.strip()
    if "PRIVATE KEY-----" in text[:64]:
        raise InvalidInput(
            "that is a private key, which stays with its owner: give its public key (the .pub file "
            "'workstation audit keygen' wrote, or the ed25519:... line it printed)"
        )
    if text.startswith("-----BEGIN PUBLIC KEY-----"):
        try:
            key = serialization.load_pem_public_key(text.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise InvalidInput("the PEM block is not a readable public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise InvalidInput("the public key is not an Ed25519 key")
        return key
    if not text.startswith(PUBLIC_PREFIX):
        raise InvalidInput(
            f"a public key is written {PUBLIC_PREFIX}BASE64 (as 'workstation audit keygen' prints it) "
            "or as a PEM PUBLIC KEY file"
        )
    try:
        raw = base64.b64decode(text[len(PUBLIC_PREFIX) :], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise InvalidInput("the public key is not 32 bytes of base64 after 'ed25519:'") from None


def read_public(text_or_file: str) -> Ed25519PublicKey:
    """A public key given on the command line: its text, or the path of a file that holds it."""
    if text_or_file.strip().startswith((PUBLIC_PREFIX, "-----BEGIN")):
        return parse_public(text_or_file)
    path = Path(text_or_file).expanduser()
    if not path.is_file():
        raise InvalidInput(f"{text_or_file!r} is neither a public key (ed25519:...) nor a readable file")
    try:
        return parse_public(path.read_text(encoding="ascii"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not a public key file (it is not text)") from None


def canonical_bytes(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes a signature covers: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def verify(key: Ed25519PublicKey, message: bytes, signature: str) -> bool:
    try:
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    """A person's private key, loaded for one command; it signs and never leaves this process."""

    key: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.key.public_key()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self.key.sign(message)).decode("ascii")

    def __repr__(self) -> str:  # never print key material, even in a traceback or log
        return f"Signer(fingerprint={self.fingerprint})"


def generate(path: Path, passphrase: bytes | None = None) -> Signer:
    """Create a new key pair at ``path`` (mode 0600; ``path``.pub holds the public line).

    Refuses to overwrite: a lead who loses the old key loses nothing signed, but one who overwrites it
    by mistake cannot sign with the key the admins listed.
    """
    if path.is_dir():
        raise ConfigError(f"{path} is a folder; give the path of the key file to write")
    if path.exists():
        raise ConfigError(f"a signing key already exists at {path}; move it away first to make a new one")
    if passphrase is not None and not passphrase:
        raise InvalidInput("an empty passphrase protects nothing; give a passphrase or none")
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    signer = Signer(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created 0600 from the start (O_EXCL): no moment at which another account could read it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        public_path(path).write_text(public_text(signer.public) + "\n", encoding="ascii")
    except OSError as error:
        raise ConfigError(f"cannot write the signing key at {path}: {error.strerror or error}") from None
    return signer


def public_path(path: Path) -> Path:
    return path.with_name(path.name + ".pub")


def load(path: Path, passphrase: bytes | None = None) -> Signer:
    """The private key at ``path``; refuses a key that other accounts could read."""
    try:
        mode = path.stat().st_mode
        pem = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"no signing key at {path}: run 'workstation audit keygen' and have an admin add the "
            "public key it prints with 'workstation audit keys add'"
        ) from None
    except OSError as error:
        raise ConfigError(f"cannot read the signing key at {path}: {error.strerror or error}") from None
    if b"PRIVATE KEY-----" not in pem[:64]:
        raise ConfigError(
            f"{path} is not a private key (a .pub file holds only the public half); give the key "
            "'workstation audit keygen' wrote"
        )
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"the signing key at {path} is readable by other accounts (mode {stat.S_IMODE(mode):o}); "
            f"run 'chmod 600 {path}' and, if others may have copied it, have it revoked"
        )
    encrypted = b"ENCRYPTED PRIVATE KEY" in pem[:64]
    if encrypted and passphrase is None:
        raise PassphraseNeeded(f"the signing key at {path} is protected by a passphrase; none was given")
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase if encrypted else None)
    except (ValueError, TypeError):
        if encrypted:
            raise ConfigError(f"wrong passphrase for the signing key at {path}") from None
        raise ConfigError(f"{path} is not a readable private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"{path} holds a key that is not Ed25519")
    return Signer(key)
