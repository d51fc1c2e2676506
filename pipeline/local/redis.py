"""A local Redis: the Celery broker of the cluster form (`python -m pipeline cluster start`).

Debian's `redis-server` (installed by `.ci/run` as root), on 127.0.0.1 only, with a generated password and
its files (configuration, pid, log) in a folder of its own, run as the system user `canews` when we are
root. No snapshots: what the broker holds is task messages the scheduler sends again when they are lost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.local import daemon

SYSTEM_USER = "canews"

SETTINGS = """\
# Written by `python -m pipeline cluster start`: the Celery broker, loopback only.
bind 127.0.0.1
port {port}
protected-mode yes
daemonize yes
pidfile {state}/redis.pid
logfile {state}/redis.log
dir {state}
save ""
appendonly no
requirepass {password}
"""


class RedisSetupError(RuntimeError):
    """Redis can't be started; the message says what is missing."""


@dataclass(frozen=True)
class LocalRedis:
    state: Path
    port: int

    @property
    def pid_file(self) -> Path:
        return self.state / "redis.pid"

    @property
    def password_file(self) -> Path:
        return self.state / "password"

    def url(self) -> str:
        """The broker URL for Celery, password included: keep it out of logs and command lines."""
        return f"redis://:{daemon.password(self.password_file)}@127.0.0.1:{self.port}/0"

    def answers(self) -> bool:
        """True when the server answers PING with our password (given in the environment, not the command line)."""
        result = subprocess.run(
            ["redis-cli", "-h", "127.0.0.1", "-p", str(self.port), "ping"], capture_output=True, text=True,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "REDISCLI_AUTH": daemon.password(self.password_file)},
        )
        return result.stdout.strip() == "PONG"


def start(redis: LocalRedis, wait_seconds: float = 30, progress=print) -> str:
    """Start `redis` unless it runs, wait until it answers; returns its broker URL."""
    if not shutil.which("redis-server"):
        raise RedisSetupError("redis-server is not installed (apt-get install redis-server; .ci/run does as root)")
    if daemon.running_pid(redis.pid_file) is None:
        redis.state.mkdir(parents=True, exist_ok=True)
        settings = redis.state / "redis.conf"
        settings.touch(mode=0o600)  # it holds the password
        settings.write_text(SETTINGS.format(port=redis.port, state=redis.state,
                                            password=daemon.password(redis.password_file)))
        daemon.give(redis.state, SYSTEM_USER)
        progress(f"starting Redis on 127.0.0.1:{redis.port} from {redis.state}")
        result = subprocess.run(daemon.run_as(SYSTEM_USER, ["redis-server", str(settings)]), capture_output=True,
                                text=True)
        if result.returncode != 0:
            raise RedisSetupError(f"redis-server failed: {result.stderr[-500:]}{result.stdout[-500:]}")
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if redis.answers():
            return redis.url()
        time.sleep(0.5)
    raise RedisSetupError(f"Redis did not answer in {wait_seconds:.0f}s; see {redis.state / 'redis.log'}")


def stop(redis: LocalRedis, progress=print) -> bool:
    """Stop `redis`; True if it was running."""
    stopped = daemon.terminate(redis.pid_file, wait_seconds=30)
    if stopped:
        progress("Redis stopped")
    return stopped
