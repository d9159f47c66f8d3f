"""Run inside Xvfb by test_offline_start.py: start the real ``workstation`` command against a port where
no server listens yet, look at the X screen, then let the server through and press F5 like a person.

Prints one JSON object: the window names seen and the screenshots taken (the test asserts on them).
Usage: offline_screen.py URL PORT OUTDIR
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

PG = ("127.0.0.1", 5432)


def windows(name: str) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--name", name], capture_output=True, text=True)
    return found.stdout.split()


def wait_for(name: str, seconds: float) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ids = windows(name)
        if ids:
            return ids
        time.sleep(0.3)
    return []


def gone(name: str, seconds: float) -> bool:
    """Whether no window called ``name`` is left within ``seconds`` (it closes as the next opens)."""
    deadline = time.monotonic() + seconds
    while windows(name):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


def shot(path: Path) -> str:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return str(path)


def pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for end in (src, dst):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


def forward(port: int) -> None:
    """The database 'comes back': a TCP relay from ``port`` to the real server."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen()

    def serve() -> None:
        while True:
            client, _ = listener.accept()
            upstream = socket.create_connection(PG)
            threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()


def main(url: str, port: int, out: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WORKSTATION_DATABASE_URL", None)
    app = subprocess.Popen(
        [str(Path(sys.executable).parent / "workstation"), "--database-url", url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    result: dict[str, object] = {}
    try:
        waiting = wait_for("waiting for the database", 60)
        result["waiting_window"] = bool(waiting)
        time.sleep(1.0)
        result["offline_shot"] = shot(out / "offline-start.png")
        forward(port)
        if waiting:
            subprocess.run(["xdotool", "windowfocus", "--sync", waiting[0]], check=False)
            subprocess.run(["xdotool", "key", "--window", waiting[0], "F5"], check=False)
        opened = wait_for("Administration", 60)
        result["window_after"] = bool(opened)
        result["waiting_after"] = not gone("waiting for the database", 30)
        time.sleep(1.0)
        result["online_shot"] = shot(out / "online.png")
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
        result["stderr"] = err[-2000:]
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))))
