"""``audit keygen``, ``audit keys add|list|revoke``, ``audit checkpoint`` and ``audit verify [FILE]``.

Private keys are read from and written to the person's own data folder (or ``--key PATH``); a
passphrase is asked on the terminal or read from ``--passphrase-file``, never from an argument or the
environment, and never logged. What is signed and what verification proves: docs/signed-log.md.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from workstation import audit, config, signing
from workstation.checkpoints import Checkpoints, DatabaseReport
from workstation.cli.context import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, Context, add_format
from workstation.errors import ConfigError, InvalidInput
from workstation.exports import FileCheck, verify_file
from workstation.models import Role


def add_key_options(parser: argparse.ArgumentParser) -> None:
    """``--key`` and ``--passphrase-file``, for every command that signs."""
    parser.add_argument(
        "--key",
        metavar="PATH",
        help=f"your private signing key (default: {signing.KEY_FILE} in your data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the key's passphrase from the first line of FILE (default: ask on the terminal)",
    )


def register(sub: Any) -> None:
    aud = sub.add_parser("audit", help="the audit trail: signing keys, signed checkpoints, verification")
    asub = aud.add_subparsers(title="audit commands", metavar="ACTION", required=True)

    p = asub.add_parser(
        "verify",
        help="check every hash chain of the database against the signed checkpoints, or an exported log",
    )
    p.add_argument(
        "file", nargs="?", metavar="FILE", help="an exported decision log; without it, the database"
    )
    p.add_argument(
        "--trust-key",
        action="append",
        metavar="FILE",
        help="trust only this public key (repeatable), not the keys listed in the database: the "
        "strongest check, since whoever writes the database can list a key",
    )
    p.add_argument("--partial", action="store_true", help=argparse.SUPPRESS)  # the trailer now says
    p.set_defaults(handler=_verify)

    p = asub.add_parser("checkpoint", help="sign the head of every chain with your key (lead or admin)")
    add_key_options(p)
    p.set_defaults(handler=_checkpoint)

    p = asub.add_parser("keygen", help="make your signing key pair; prints the public key for an admin")
    p.add_argument(
        "--key", metavar="PATH", help=f"where to write it (default: {signing.KEY_FILE} in your data folder)"
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase", action="store_true", help="encrypt the key with a passphrase asked twice"
    )
    group.add_argument("--passphrase-file", metavar="FILE", help="encrypt it with the first line of FILE")
    p.set_defaults(handler=_keygen)

    keys = asub.add_parser("keys", help="the public keys trusted to sign (admins list and revoke them)")
    ksub = keys.add_subparsers(title="keys commands", metavar="ACTION", required=True)
    p = ksub.add_parser("add", help="trust a public key (admin)")
    p.add_argument("name", help="whose key it is, e.g. their username")
    p.add_argument(
        "public_key", metavar="PUBKEY|FILE", help="ed25519:BASE64 as keygen prints it, or its file"
    )
    p.set_defaults(handler=_keys_add)
    p = ksub.add_parser("list", help="list trusted and revoked keys (lead or admin)")
    add_format(p)
    p.set_defaults(handler=_keys_list)
    p = ksub.add_parser("revoke", help="stop trusting a key, by name or fingerprint (admin)")
    p.add_argument("which", metavar="NAME|FINGERPRINT")
    p.set_defaults(handler=_keys_revoke)


# -- keys on this machine --------------------------------------------------------------------------


def key_path(ctx: Context) -> Path:
    given = getattr(ctx.args, "key", None)
    return Path(given).expanduser() if given else signing.default_key_path(config.data_dir())


def _passphrase_from_file(name: str) -> bytes:
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the passphrase file {name}: {error}") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InvalidInput(f"the passphrase file {name} is empty")
    return line.encode("utf-8")


def load_signer(ctx: Context) -> signing.Signer:
    """The acting person's private key, asking for its passphrase when it has one."""
    path = key_path(ctx)
    passphrase_file = getattr(ctx.args, "passphrase_file", None)
    if passphrase_file:
        return signing.load(path, _passphrase_from_file(passphrase_file))
    try:
        return signing.load(path)
    except signing.PassphraseNeeded:
        if not sys.stdin.isatty():
            raise ConfigError(
                f"the signing key at {path} is protected by a passphrase: run this in a terminal, or "
                "give --passphrase-file FILE"
            ) from None
        return signing.load(path, getpass.getpass(f"Passphrase for {path}: ").encode("utf-8"))


def _keygen(ctx: Context) -> int:
    args = ctx.args
    path = key_path(ctx)
    passphrase: bytes | None = None
    if args.passphrase_file:
        passphrase = _passphrase_from_file(args.passphrase_file)
    elif args.passphrase:
        if not sys.stdin.isatty():
            raise ConfigError("--passphrase asks on the terminal; without one, use --passphrase-file FILE")
        first = getpass.getpass("New passphrase: ")
        if first != getpass.getpass("Same passphrase again: "):
            raise InvalidInput("the two passphrases differ; nothing was written")
        passphrase = first.encode("utf-8")
    signer = signing.generate(path, passphrase)
    ctx.out.write(signing.public_text(signer.public) + "\n")
    ctx.err.write(
        f"wrote your private key to {path} (mode 600{', passphrase-protected' if passphrase else ''}; "
        f"it never leaves this machine) and the public key to {signing.public_path(path)}.\n"
        f"Fingerprint {signer.fingerprint}. Send the public key line to an admin, who runs:\n"
        f"  workstation audit keys add YOUR-NAME {signing.public_text(signer.public)}\n"
    )
    return EXIT_OK


def _checkpoints(ctx: Context) -> Checkpoints:
    return Checkpoints(ctx.services.db, ctx.services.clock)


def _keys_add(ctx: Context) -> int:
    actor = ctx.actor()
    key = signing.read_public(ctx.args.public_key)
    info = _checkpoints(ctx).add_key(actor, ctx.args.name, key)
    ctx.out.write(f"trusting key {info.fingerprint} of {info.name}\n")
    return EXIT_OK


def _keys_list(ctx: Context) -> int:
    keys = _checkpoints(ctx).list_keys(ctx.actor())
    rows = [
        {
            "name": k.name,
            "fingerprint": k.fingerprint,
            "status": f"revoked {k.revoked_at:%Y-%m-%d %H:%M} UTC" if k.revoked_at else "trusted",
            "added": f"{k.added_at:%Y-%m-%d %H:%M} UTC by {k.added_by}",
            "public_key": k.public_key,
        }
        for k in keys
    ]
    ctx.emit(rows, ["name", "fingerprint", "status", "added", "public_key"])
    return EXIT_OK


def _keys_revoke(ctx: Context) -> int:
    info = _checkpoints(ctx).revoke_key(ctx.actor(), ctx.args.which)
    ctx.out.write(
        f"revoked key {info.fingerprint} of {info.name}: no signature by it is trusted any more; "
        "sign a new checkpoint with a trusted key\n"
    )
    return EXIT_OK


def _checkpoint(ctx: Context) -> int:
    actor = ctx.actor()
    # The role first (a reviewer is told that, not about keys), then the key.
    audit.require(ctx.services.db, ctx.services.clock, actor, "sign a checkpoint", Role.LEAD, Role.ADMIN)
    signer = load_signer(ctx)
    info = _checkpoints(ctx).checkpoint(actor, signer)
    ctx.out.write(f"signed checkpoint {info.id} at {info.at} by {info.signer} with key {info.key}:\n")
    for head in info.heads:
        ctx.out.write(f"  {head.name}: seq {head.seq}, hash {head.hash}\n")
    return EXIT_OK


# -- verify ----------------------------------------------------------------------------------------


def _trusted_from_files(names: list[str]) -> dict[str, Ed25519PublicKey]:
    keys = [signing.read_public(name) for name in names]
    return {signing.fingerprint(k): k for k in keys}


def _verify(ctx: Context) -> int:
    args = ctx.args
    given = _trusted_from_files(args.trust_key) if args.trust_key else None
    if args.file:
        path = Path(args.file)
        if not path.is_file():
            ctx.err.write(
                f"workstation: {path} is not a regular file\n"
                if path.exists()
                else f"workstation: no such file: {path}\n"
            )
            return EXIT_USAGE
        if given is None:  # the keys admins listed: read from the database by a signed-in user
            ctx.actor()
            trusted = _checkpoints(ctx).trusted_keys()
        else:
            trusted = given
        check = verify_file(path, trusted)
        _say_file(ctx, check)
        return EXIT_OK if check.ok else EXIT_PARTIAL
    report = _checkpoints(ctx).verify_database(ctx.actor(), given)
    _say_database(ctx, report, independent=given is not None)
    return EXIT_OK if report.ok else EXIT_PARTIAL


def _say_file(ctx: Context, check: FileCheck) -> None:
    if not check.ok:
        ctx.out.write(f"{check.name}: REFUSED: {check.report.problem}\n")
        return
    trailer = check.trailer or {}
    filters = trailer.get("filters") or {}
    scope = (
        "filtered by " + ", ".join(f"{k}={v}" for k, v in sorted(filters.items()))
        if filters
        else "the whole log"
    )
    who, when = trailer.get("exported_by"), trailer.get("exported_at")
    ctx.out.write(
        f"{check.name}: ok ({check.report.checked:,} records, {scope}; "
        f"signed by {who} with key {check.signed_by} at {when})\n"
    )
    for chain in check.chains:
        ctx.out.write(
            f"  {chain['chain']}: seq {chain['first_seq']}..{chain['last_seq']}, "
            f"last hash {chain['last_hash']}\n"
        )


def _say_database(ctx: Context, report: DatabaseReport, *, independent: bool) -> None:
    for chain in report.chains:
        if not chain.ok:
            ctx.out.write(f"{chain.name}: BROKEN: {chain.report.problem}\n")
            continue
        if chain.signed_seq is None:
            signed = "no trusted checkpoint: the whole chain is only hash-chained"
        else:
            signed = (
                f"signed up to seq {chain.signed_seq} by {chain.signed_by}; "
                f"{chain.unsigned_tail:,} records after it are only hash-chained"
            )
        ctx.out.write(f"{chain.name}: ok ({chain.report.checked:,} records; {signed})\n")
    for problem in report.problems:
        ctx.out.write(f"BROKEN: {problem}\n")
    for note in report.notes:
        ctx.out.write(f"note: {note}\n")
    source = (
        "the keys given with --trust-key"
        if independent
        else "the keys listed in the database (whoever can write it can list one: --trust-key FILE "
        "checks against keys you hold yourself)"
    )
    ctx.out.write(f"{report.checkpoints_valid} valid signed checkpoint(s), trusting {source}\n")
