"""A local PostgreSQL: Airflow's metadata database (and Celery's results) in the cluster form.

Debian's `postgresql` (installed by `.ci/run` as root): `initdb` into a folder of its own, one superuser
`airflow` with a generated password (scram-sha-256), listening on 127.0.0.1 only, its unix socket inside
that folder rather than /run, run as the system user `canews` when we are root (PostgreSQL refuses root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.local import daemon

SYSTEM_USER = "canews"
DATABASE = "airflow"
DATABASE_USER = "airflow"

SETTINGS = """
# Added by `python -m pipeline cluster start`: loopback only, the socket in the state folder.
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{state}'
"""


class PostgresSetupError(RuntimeError):
    """PostgreSQL can't be set up or started; the message says what is missing."""


@dataclass(frozen=True)
class LocalPostgres:
    state: Path
    port: int

    @property
    def data(self) -> Path:
        return self.state / "data"

    @property
    def password_file(self) -> Path:
        return self.state / "password"

    def url(self) -> str:
        """SQLAlchemy's URL of the metadata database (psycopg 3, sync and async), password included."""
        password = daemon.password(self.password_file)
        return f"postgresql+psycopg://{DATABASE_USER}:{password}@127.0.0.1:{self.port}/{DATABASE}"


def server_binary(name: str) -> str:
    """A PostgreSQL server program: on PATH, else from Debian's newest /usr/lib/postgresql/<major>/bin."""
    found = shutil.which(name)
    if found:
        return found
    majors = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
                    if path.parent.name.isdigit() else 0)
    if majors and (majors[-1] / name).exists():
        return str(majors[-1] / name)
    raise PostgresSetupError(f"PostgreSQL's {name} is not installed (apt-get install postgresql; .ci/run does as root)")


def run(postgres: LocalPostgres, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    """A PostgreSQL program as the service's user, with the password in the environment, never on a command line."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "PGPASSWORD": daemon.password(postgres.password_file)}
    return subprocess.run(daemon.run_as(SYSTEM_USER, command), env=env, capture_output=True, text=True, **kwargs)


def initialise(postgres: LocalPostgres, progress=print) -> None:
    """initdb once, with the superuser `airflow` and its generated password."""
    if (postgres.data / "PG_VERSION").exists():
        return
    postgres.state.mkdir(parents=True, exist_ok=True)
    daemon.password(postgres.password_file)
    daemon.give(postgres.state, SYSTEM_USER)
    progress(f"initialising PostgreSQL in {postgres.data}")
    result = run(postgres, [server_binary("initdb"), "-D", str(postgres.data), "-U", DATABASE_USER,
                            f"--pwfile={postgres.password_file}", "--auth=scram-sha-256", "--encoding=UTF8",
                            "--locale=C.UTF-8"])
    if result.returncode != 0:
        raise PostgresSetupError(f"initdb failed: {result.stderr[-1000:]}")
    with open(postgres.data / "postgresql.conf", "a") as settings:
        settings.write(SETTINGS.format(port=postgres.port, state=postgres.state))


def start(postgres: LocalPostgres, progress=print) -> str:
    """Initialise (once) and start `postgres` unless it runs, with the database `airflow` in it; returns its URL."""
    initialise(postgres, progress)
    if daemon.running_pid(postgres.data / "postmaster.pid") is None:
        progress(f"starting PostgreSQL on 127.0.0.1:{postgres.port}")
        result = run(postgres, [server_binary("pg_ctl"), "-D", str(postgres.data), "-l",
                                str(postgres.state / "postgres.log"), "-w", "-t", "60", "start"])
        if result.returncode != 0:
            raise PostgresSetupError(f"PostgreSQL did not start: {result.stdout[-500:]}; "
                                     f"see {postgres.state / 'postgres.log'}")
    address = ["-h", "127.0.0.1", "-p", str(postgres.port), "-U", DATABASE_USER]
    listed = run(postgres, [server_binary("psql"), *address, "-d", "postgres", "-Atc",
                            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"])
    if listed.stdout.strip() != "1":
        created = run(postgres, [server_binary("createdb"), *address, DATABASE])
        if created.returncode != 0:
            raise PostgresSetupError(f"could not create the database {DATABASE}: {created.stderr[-500:]}")
    return postgres.url()


def stop(postgres: LocalPostgres, progress=print) -> bool:
    """Stop `postgres` (fast: open sessions are ended); True if it was running."""
    if daemon.running_pid(postgres.data / "postmaster.pid") is None:
        return False
    run(postgres, [server_binary("pg_ctl"), "-D", str(postgres.data), "-m", "fast", "-w", "stop"])
    progress("PostgreSQL stopped")
    return True
