"""``workstation desktop-entry``: the Linux desktop entry and icon, for menus and launchers.

A wheel cannot put files where a desktop looks for them (``pipx`` and virtual environments keep
everything under their own prefix), so the entry and icons ship in the package ``resources`` and
this command writes them to the user's XDG data folder, with ``Exec`` naming this very program by
its absolute path (a launcher does not see the shell's ``PATH``). docs/install.md.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path
from typing import Any

from workstation.cli.context import EXIT_OK, Context
from workstation.errors import ConfigError

DESKTOP_ID = "reviewer-workstation"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "desktop-entry",
        help="print, or --install, the Linux desktop entry and icon",
        description=(
            "Prints the desktop entry (a .desktop file) that starts this installation of the "
            "workstation; --install writes it and the icons into the user's XDG data folder "
            "($XDG_DATA_HOME, default ~/.local/share), where menus and launchers find them."
        ),
    )
    p.add_argument("--install", action="store_true", help="write the entry and icons for this user")
    p.set_defaults(handler=_desktop_entry)


def program() -> list[str]:
    """The command that starts this installation: its console script, else this interpreter."""
    script = Path(sys.argv[0])
    if script.name == "workstation" and script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "ui"]  # the program with its window: ui/launch.py


def _quote(arg: str) -> str:
    """An ``Exec`` argument quoted as the Desktop Entry Specification asks."""
    if not arg or _RESERVED & set(arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'
    return arg


def entry_text(command: list[str]) -> str:
    """The shipped entry with ``Exec``/``TryExec`` set to ``command``."""
    shipped = (importlib.resources.files("resources") / "desktop" / f"{DESKTOP_ID}.desktop").read_text(
        encoding="utf-8"
    )
    # Quoting first, then the string-value escapes (a backslash doubled again) and the field codes.
    exec_line = " ".join(_quote(part) for part in command).replace("\\", "\\\\").replace("%", "%%")
    lines = []
    for line in shipped.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(data_home: Path, command: list[str]) -> list[Path]:
    """Write the entry and both icons under ``data_home``; returns the files written."""
    icons = importlib.resources.files("resources") / "icons"
    targets = {
        data_home / "applications" / f"{DESKTOP_ID}.desktop": entry_text(command).encode(),
        data_home / "icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg": (
            icons / f"{DESKTOP_ID}.svg"
        ).read_bytes(),
        data_home / "icons/hicolor/256x256/apps" / f"{DESKTOP_ID}.png": (
            icons / f"{DESKTOP_ID}.png"
        ).read_bytes(),
    }
    for path, data in targets.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as error:
            raise ConfigError(
                f"cannot write {path}: {error.strerror or error}; set XDG_DATA_HOME to a folder you can write"
            ) from error
    return list(targets)


def _data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME", "")
    # The specification: a relative value is invalid and ignored.
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def _desktop_entry(ctx: Context) -> int:
    command = program()
    if not ctx.args.install:
        ctx.out.write(entry_text(command))
        return EXIT_OK
    for path in install(_data_home(), command):
        ctx.out.write(f"wrote {path}\n")
    return EXIT_OK
