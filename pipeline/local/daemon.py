"""What every local service (Elasticsearch, Redis, PostgreSQL) shares: a system user to run as, a pid
file, a generated password.

Elasticsearch and PostgreSQL refuse to run as root, and a broker or database has no business running
with root's rights either: as root, each service runs as a system user of its own that owns its folder.
As anyone else, it runs as that user.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path

import psutil


def ensure_user(user: str) -> None:
    """Create the system user `user` (no home, no login) unless it exists. Root only."""
    if subprocess.run(["id", "-u", user], capture_output=True).returncode == 0:
        return
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user], check=True)


def run_as(user: str, command: list[str]) -> list[str]:
    """`command` as the system user `user` when we are root; unchanged otherwise."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid", user, "--regid", user, "--init-groups", *command]


def give(path: Path, user: str) -> None:
    """As root, hand `path` (recursively) to the system user `user`, created if need be."""
    if os.geteuid() == 0:
        ensure_user(user)
        subprocess.run(["chown", "-R", f"{user}:{user}", str(path)], check=True)


def running_pid(pid_file: Path) -> int | None:
    """The pid on the first line of `pid_file` if that process lives; a stale file is removed.

    Pid numbers wrap (at 32,768 on many kernels, and every Airflow task is a process or two), so a dead
    service's number is soon another process's. A process started after its pid file was written is not
    the one the file names: it is treated as stale rather than stopped by mistake.

    That test reads the wall clock, which a virtual machine resumed after a pause steps forward: every
    process started before the pause then seems to have started after its pid file. So the test is made
    once, when a pid file is first seen, and what it found is kept beside the file (`_seen_start`); later
    looks compare the process's start counted from boot, which no clock step moves.
    """
    try:
        pid = int(pid_file.read_text().partition("\n")[0])
        written = pid_file.stat()
        started = psutil.Process(pid).create_time()
        since_boot = round(started - psutil.boot_time(), 1)
    except (FileNotFoundError, ValueError):
        return None
    except psutil.NoSuchProcess:
        since_boot = None
    this_file = f"{pid} {written.st_mtime_ns}"
    seen_start = _seen_start(pid_file, this_file)
    if since_boot is not None and seen_start is not None:
        live = abs(seen_start - since_boot) < 1
    else:
        # A second of slack: the kernel's start time is coarser than a file's modification time.
        live = since_boot is not None and started <= written.st_mtime + 1
        if live:
            with contextlib.suppress(OSError):  # unable to keep it, the next look tests the clock again
                _sighting_file(pid_file).write_text(f"{this_file} {since_boot}\n")
    if not live:
        pid_file.unlink(missing_ok=True)
        _sighting_file(pid_file).unlink(missing_ok=True)
        return None
    return pid


def _sighting_file(pid_file: Path) -> Path:
    return pid_file.with_name(f"{pid_file.name}.seen")


def _seen_start(pid_file: Path, this_file: str) -> float | None:
    """The start from boot of the process the first look at this pid file found, kept as "<pid> <the file's
    mtime in ns> <seconds>"; None if no look did, or the file was written again since."""
    try:
        seen, _, since_boot = _sighting_file(pid_file).read_text().strip().rpartition(" ")
        return float(since_boot) if seen == this_file else None
    except (OSError, ValueError):
        return None


def free_ports(count: int) -> list[int]:
    """`count` distinct loopback ports free now. Probed together: a port probed and let go may be handed out
    again to the next probe, and two services of one cluster on one port would not start."""
    with contextlib.ExitStack() as probes:
        sockets = [probes.enter_context(socket.socket()) for _ in range(count)]
        for probe in sockets:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in sockets]


def terminate(pid_file: Path, wait_seconds: float = 60) -> bool:
    """SIGTERM the process of `pid_file`, SIGKILL it if it outlives `wait_seconds`; True if one was running."""
    pid = running_pid(pid_file)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline and running_pid(pid_file) is not None:
        time.sleep(0.5)
    if running_pid(pid_file) is not None:
        os.kill(pid, signal.SIGKILL)
    pid_file.unlink(missing_ok=True)
    return True


def password(path: Path) -> str:
    """The password kept in `path` (readable by its owner only), generated on first use."""
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    generated = secrets.token_urlsafe(24)
    path.touch(mode=0o600)
    path.write_text(generated)
    return generated
