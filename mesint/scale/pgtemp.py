"""A throwaway PostgreSQL + PostGIS cluster from the distribution's packages, for tests and benchmarks.

``initdb`` and ``pg_ctl`` refuse to run as root, so under root the server runs as the ``postgres`` user the
Debian package creates (``runuser``). The cluster lives in a temporary folder, listens only on 127.0.0.1 on a
free port, trusts local connections (it holds throwaway data only) and is removed by ``stop``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from mesint.errors import StoreError

_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
_RUN_AS = "postgres"


def find_pg_bin() -> Path | None:
    """The folder holding ``initdb``/``pg_ctl``/``postgres`` (Debian keeps them off ``PATH``), or None."""
    override = os.environ.get("MESINT_PG_BIN")
    candidates = [override] if override else []
    candidates += list(_BIN_DIRS)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def has_postgis(bin_dir: Path) -> bool:
    """Whether the PostGIS extension is installed for this server version."""
    share = subprocess.run(
        [str(bin_dir / "pg_config"), "--sharedir"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return bool(share) and (Path(share) / "extension" / "postgis.control").exists()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class TempCluster:
    """A running temporary cluster; ``url(db)`` gives a SQLAlchemy URL for one of its databases."""

    bin_dir: Path
    root: Path
    port: int
    user: str

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new database (empty, or a file-level copy of ``template``, which must have no connection open);
        PostGIS is available in it. Returns its URL."""
        like = f' TEMPLATE "{template}"' if template else ""
        self._psql("postgres", f'CREATE DATABASE "{name}"{like}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _psql(self, database: str, sql: str) -> None:
        subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
             "-p", str(self.port), "-U", self.user, "-d", database, "-c", sql],
            check=True, capture_output=True, text=True,
        )

    def stop(self) -> None:
        _run(self, [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
             check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", _RUN_AS, "--", *cmd]


def _run(cluster: TempCluster, cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_as_server_user(cmd), capture_output=True, text=True, check=check, cwd=cluster.root)


def start_cluster(bin_dir: Path | None = None) -> TempCluster:
    """initdb + pg_ctl start in a new temporary folder; raises ``StoreError`` when that is not possible."""
    bin_dir = bin_dir or find_pg_bin()
    if bin_dir is None:
        raise StoreError("PostgreSQL server binaries not found (install them with scripts/install-pg.sh)")
    root = Path(tempfile.mkdtemp(prefix="mesint-pg-"))
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam(_RUN_AS)
        except KeyError:
            raise StoreError(f"running as root, and there is no {_RUN_AS!r} user to run PostgreSQL as") from None
        os.chown(root, pw.pw_uid, pw.pw_gid)
        user = _RUN_AS
    else:
        user = pwd.getpwuid(os.geteuid()).pw_name
    cluster = TempCluster(bin_dir=bin_dir, root=root, port=_free_port(), user=user)
    try:
        _run(cluster, [str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", user, "-A", "trust",
                       "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={cluster.port} -c unix_socket_directories={root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        _run(cluster, [str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-l", str(root / "server.log"),
                       "-o", options, "-w", "-t", "60", "start"])
    except subprocess.CalledProcessError as exc:
        log = root / "server.log"
        tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise StoreError(f"cannot start a temporary PostgreSQL: {(exc.stderr or '').strip()} {tail}") from None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", cluster.port)) == 0:
                break
        time.sleep(0.1)
    return cluster
