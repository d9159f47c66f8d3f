"""A throwaway PostgreSQL server for the load and fault harness (never the shared one).

``initdb`` into a temporary folder, start on a free port on 127.0.0.1 with the socket in the same
folder, restart (``pg_ctl restart -m fast``) when the harness wants a fault, stop and delete at the
end. As root it runs the server as the ``postgres`` OS user through ``runuser`` (PostgreSQL refuses
to run as root); as anyone else, as that user. Only Debian's ``postgresql-15`` (or any PostgreSQL
with ``initdb`` and ``pg_ctl``) is needed.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> Path:
    """Where ``pg_ctl`` lives: $PG_BINDIR, the newest /usr/lib/postgresql/*/bin, or the PATH."""
    override = os.environ.get("PG_BINDIR")
    if override:
        if not (Path(override) / "pg_ctl").exists():
            raise RuntimeError(f"PG_BINDIR={override} holds no pg_ctl")
        return Path(override)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name)
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError("PostgreSQL's pg_ctl was not found; install postgresql-15 or set PG_BINDIR")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThrowawayPostgres:
    def __init__(self, *, settings: dict[str, str] | None = None, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="ws-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.settings = {
            "listen_addresses": "127.0.0.1",
            "max_connections": "300",
            # statistics keep up with tables that grow during a one-minute run
            "autovacuum_naptime": "5s",
            **(settings or {}),
        }
        self.as_root = os.geteuid() == 0
        self.running = False

    # -- commands -------------------------------------------------------------------------------

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed: {result.stderr.strip()}\n{tail}")

    def _options(self) -> str:
        opts = [f"-p {self.port}", f"-k {self.root}"]
        opts += [f"-c {k}={v}" for k, v in self.settings.items()]
        return " ".join(opts)

    def start(self) -> ThrowawayPostgres:
        if self.as_root:
            try:
                pg = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root needs a 'postgres' OS user to run the server") from None
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
            os.chmod(self.root, 0o700)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync", "--no-instructions",
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", self._options(), "start")
        self.running = True
        return self

    def restart(self, downtime: float = 0.0) -> float:
        """A fast restart (every client is disconnected, as when a server restarts for real).

        With ``downtime`` the server stays stopped that many seconds between stop and start (a big
        server's restart, a failover); without, ``pg_ctl restart -m fast``. Returns how long the
        server was unreachable, in seconds.
        """
        t0 = time.monotonic()
        if downtime <= 0:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-m", "fast",
                      "-o", self._options(), "restart")
        else:
            self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-m", "fast", "stop")
            time.sleep(downtime)
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                      "-o", self._options(), "start")
        return time.monotonic() - t0

    def stop(self) -> None:
        try:
            if self.running:
                self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-m", "fast", "stop")
                self.running = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayPostgres:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"
