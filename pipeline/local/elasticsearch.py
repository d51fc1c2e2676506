"""A single local Elasticsearch node for the demo and the tests, and a secured one beside it.

The node comes from Maven Central as the integ-test zip distribution (the only
Elasticsearch build the registries reach), is unpacked once under the local
state folder and runs on 127.0.0.1 with security off: loopback only. It needs a
Java 21+ runtime and, because Elasticsearch refuses to run as root, a dedicated
system user when we are root. With ES_URL set, none of this is used.

A secured node runs from the same unpacked distribution with a folder of its own
(configuration, data, logs) on other ports, so the everyday node keeps running:
security on, the project's roles from config/elasticsearch/roles.yml and users in
the file realm. The native realm can't work on this build (the security index
needs analysis-common, which the zip lacks), the file realm does.

A cluster of several open nodes runs the same way, each with a folder and ports of its own, every node
naming every other as a seed: a cluster of our own beside the everyday node, which stays single.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from pipeline.local import daemon
from pipeline.local.paths import PROJECT_ROOT, cache_dir, state_dir

ES_VERSION = "8.19.21"
ES_ARTIFACT = f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{ES_VERSION}:zip"
ES_SYSTEM_USER = "canews-es"
ES_PORT = 9200
HEAP = "512m"
MIN_JAVA = 21

ROLES_FILE = PROJECT_ROOT / "config" / "elasticsearch" / "roles.yml"
SECURED_HTTP_PORT = 9201
# The file-realm users of a secured node: one per role of ROLES_FILE, named after it.
PASSWORD_VARIABLES = {"news_ingest": "NEWS_INGEST_PASSWORD", "news_admin": "NEWS_ADMIN_PASSWORD",
                      "news_analyst": "NEWS_ANALYST_PASSWORD"}
# What a secured node's configuration folder takes from the distribution's; the rest is written for it.
CONFIG_COPIED = ("jvm.options", "log4j2.properties")
FILE_REALM = ("users", "users_roles")

NODE_SETTINGS = """\
# Written by `python -m pipeline es start`: a small node, loopback only.
cluster.name: {cluster}
node.name: {node}
{discovery}
network.host: 127.0.0.1
http.port: {http_port}
cluster.routing.allocation.disk.threshold_enabled: false
"""
OPEN_SETTINGS = """\
xpack.security.enabled: false
action.destructive_requires_name: false
"""
OWN_FOLDER_SETTINGS = """\
transport.port: {transport_port}
path.data: {state}/data
path.logs: {state}/logs
"""
# TLS is off because the node listens on loopback only; authentication and authorisation are on.
SECURED_SETTINGS = """\
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: false
"""


class ElasticsearchSetupError(RuntimeError):
    """The local node can't be installed or started; the message says what is missing."""


@dataclass(frozen=True)
class Cluster:
    """Nodes of one cluster on loopback, known by name and transport port to each other.

    The first node is the only master-eligible one, the others hold data: of two master-eligible nodes
    Elasticsearch keeps one in the voting configuration, and losing that one stops the cluster, so with
    two nodes the one that may go down without stopping it has to be chosen. Surviving the loss of any
    node takes three master-eligible nodes."""

    name: str
    transport_ports: tuple[int, ...]

    def node_name(self, member: int) -> str:
        return f"{self.name}-{member + 1}"

    def discovery(self, member: int) -> str:
        seeds = ", ".join(f'"127.0.0.1:{port}"' for port in self.transport_ports)
        role = f'cluster.initial_master_nodes: ["{self.node_name(0)}"]' if member == 0 else "node.roles: [data]"
        return f"discovery.seed_hosts: [{seeds}]\n{role}"


@dataclass(frozen=True)
class LocalNode:
    """A node run from the distribution in `home`; a secured node or a cluster's member keeps its files in
    `state` instead."""

    home: Path
    state: Path | None = None
    http_port: int = ES_PORT
    transport_port: int = 0
    cluster: Cluster | None = None
    member: int = 0

    @property
    def secured(self) -> bool:
        return self.state is not None and self.cluster is None

    @property
    def cluster_name(self) -> str:
        if self.cluster:
            return self.cluster.name
        return "canews-secured" if self.secured else "canews-local"

    @property
    def name(self) -> str:
        return self.cluster.node_name(self.member) if self.cluster else f"{self.cluster_name}-1"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def config_dir(self) -> Path:
        return (self.state or self.home) / "config"

    @property
    def pid_file(self) -> Path:
        return (self.state or self.home) / "logs" / "es.pid"

    @property
    def log_file(self) -> Path:
        return (self.state or self.home) / "logs" / f"{self.cluster_name}.log"

    def settings(self) -> str:
        discovery = self.cluster.discovery(self.member) if self.cluster else "discovery.type: single-node"
        text = NODE_SETTINGS.format(cluster=self.cluster_name, node=self.name, discovery=discovery,
                                    http_port=self.http_port)
        if self.state:
            text += OWN_FOLDER_SETTINGS.format(transport_port=self.transport_port, state=self.state)
        return text + (SECURED_SETTINGS if self.secured else OPEN_SETTINGS)


def local_node() -> LocalNode:
    return LocalNode(home=state_dir() / f"elasticsearch-{ES_VERSION}")


def secured_node(state: Path, http_port: int = 0, transport_port: int = 0) -> LocalNode:
    """A secured node keeping its files in `state`; a port of 0 means a free one, picked now."""
    spare = iter(daemon.free_ports(2))
    return LocalNode(home=local_node().home, state=state, http_port=http_port or next(spare),
                     transport_port=transport_port or next(spare))


def standing_secured_node() -> LocalNode:
    """The secured node `python -m pipeline es start --secured` runs, on 127.0.0.1:9201."""
    return secured_node(state_dir() / "elasticsearch-secured", SECURED_HTTP_PORT, SECURED_HTTP_PORT + 100)


def cluster_nodes(state: Path, name: str, http_ports: tuple[int, ...],
                  transport_ports: tuple[int, ...]) -> list[LocalNode]:
    """The open nodes of one cluster called `name`, each keeping its files in `state`/<node name>."""
    cluster = Cluster(name, transport_ports)
    return [LocalNode(home=local_node().home, state=state / cluster.node_name(member), http_port=http_port,
                      transport_port=transport_port, cluster=cluster, member=member)
            for member, (http_port, transport_port) in enumerate(zip(http_ports, transport_ports, strict=True))]


def users_from_environment(env: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """One user per project role, named after it, its password from the variable compose uses too."""
    missing = [variable for variable in PASSWORD_VARIABLES.values() if not env.get(variable)]
    if missing:
        raise ElasticsearchSetupError(f"set {', '.join(missing)}: the passwords of the secured node's users")
    return {user: (env[variable], user) for user, variable in PASSWORD_VARIABLES.items()}


def java_major(java_home: Path) -> int:
    """The feature version of the JDK in java_home, 0 where there is none."""
    java = java_home / "bin" / "java"
    if not java.exists():
        return 0
    out = subprocess.run([str(java), "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', out)
    return int(match.group(1)) if match else 0


def find_java() -> Path:
    """ES_JAVA_HOME if set, else the newest JDK ≥ 21 in JAVA_HOME or the system JVM folder."""
    if os.environ.get("ES_JAVA_HOME"):
        home = Path(os.environ["ES_JAVA_HOME"])
        if java_major(home) < MIN_JAVA:
            raise ElasticsearchSetupError(f"ES_JAVA_HOME={home} is not a Java {MIN_JAVA}+ runtime")
        return home
    candidates = [Path(os.environ["JAVA_HOME"])] if os.environ.get("JAVA_HOME") else []
    candidates += sorted(Path("/usr/lib/jvm").glob("*")) if Path("/usr/lib/jvm").is_dir() else []
    found = [(java_major(home), home) for home in candidates if not home.is_symlink()]
    suitable = [(major, home) for major, home in found if major >= MIN_JAVA]
    if not suitable:
        seen = ", ".join(f"{home} (Java {major})" for major, home in found if major) or "none"
        raise ElasticsearchSetupError(
            f"Elasticsearch needs a Java {MIN_JAVA}+ runtime; found {seen}. "
            f"Install one (for example a Temurin or OpenJDK {MIN_JAVA}+ package) or set ES_JAVA_HOME."
        )
    return max(suitable)[1]


def download_distribution() -> Path:
    """The distribution zip, fetched once into the cache with Maven."""
    target = cache_dir() / f"elasticsearch-{ES_VERSION}.zip"
    if target.exists():
        return target
    if not shutil.which("mvn"):
        raise ElasticsearchSetupError(
            "Maven (`mvn`) is needed to fetch Elasticsearch from Maven Central; install it "
            "(apt-get install maven) or point ES_URL at a running Elasticsearch."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mvn", "-B", "-ntp", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
         f"-Dartifact={ES_ARTIFACT}", f"-DoutputDirectory={target.parent}"],
        capture_output=True, text=True,
    )
    if result.returncode != 0 or not target.exists():
        raise ElasticsearchSetupError(f"could not fetch {ES_ARTIFACT}:\n{result.stdout[-2000:]}")
    return target


def install(node: LocalNode) -> None:
    """Unpack and configure the node; a no-op when it is already there."""
    unpack(node.home)
    configure(node)
    give_to_node_user(node.home)


def unpack(home: Path) -> bool:
    """Unpack the distribution into `home` unless it is there; True when it was unpacked now."""
    if (home / "bin" / "elasticsearch").exists():
        return False
    archive = download_distribution()
    home.parent.mkdir(parents=True, exist_ok=True)
    staging = home.parent / f".unpack-{os.getpid()}"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(staging)
    for path in (staging / home.name / "bin").iterdir():
        path.chmod(0o755)
    for path in (staging / home.name / "jdk").glob("bin/*"):
        path.chmod(0o755)
    (staging / home.name).rename(home)
    staging.rmdir()
    return True


def configure(node: LocalNode) -> None:
    """Write the node's settings and heap, and make its data and logs folders."""
    (node.config_dir / "elasticsearch.yml").write_text(node.settings())
    (node.config_dir / "jvm.options.d").mkdir(exist_ok=True)
    (node.config_dir / "jvm.options.d" / "heap.options").write_text(f"-Xms{HEAP}\n-Xmx{HEAP}\n")
    for folder in ("logs", "data"):
        (node.config_dir.parent / folder).mkdir(exist_ok=True)


def give_to_node_user(path: Path) -> None:
    """As root, hand the node's files to the system user it runs as (it refuses to run as root)."""
    daemon.give(path, ES_SYSTEM_USER)


def as_node_user(command: list[str]) -> list[str]:
    return daemon.run_as(ES_SYSTEM_USER, command)


def health(url: str, timeout: float = 2.0, auth: tuple[str, str] | None = None) -> dict | None:
    """Cluster health, or None when nothing answers. `GET /` is absent from the minimal build."""
    try:
        response = httpx.get(f"{url}/_cluster/health", timeout=timeout, auth=auth)
        return response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None


def running_pid(node: LocalNode) -> int | None:
    """The pid of our node if its pid file names a live process."""
    return daemon.running_pid(node.pid_file)


def start(wait_seconds: float = 180, progress=print) -> str:
    """Start the local node (or reuse a running one) and wait for a usable cluster; returns its URL."""
    node = local_node()
    if health(node.url):
        progress(f"Elasticsearch already running at {node.url}")
        return node.url
    if running_pid(node) is None:
        java_home = find_java()
        install(node)
        progress(f"starting Elasticsearch {ES_VERSION} (Java {java_major(java_home)}) from {node.home}")
        launch(node, java_home)
    return wait_until_healthy(node, wait_seconds, progress)


def start_secured(node: LocalNode, users: Mapping[str, tuple[str, str]], wait_seconds: float = 180,
                  progress=print) -> str:
    """Start `node` (see `secured_node`) with security on, the project's roles and the file-realm users
    given as {name: (password, role)}; waits until one of them (a role with cluster `monitor`, news_admin)
    sees the cluster usable; returns its URL."""
    java_home = find_java()
    install_own_folder(node)
    shutil.copy2(ROLES_FILE, node.config_dir / "roles.yml")
    for name in FILE_REALM:  # exactly the users given, whatever an earlier start defined
        (node.config_dir / name).write_text("")
    give_to_node_user(node.config_dir)
    for user, (password, role) in users.items():
        add_file_user(node, java_home, user, password, role)
    progress(f"starting a secured Elasticsearch {ES_VERSION} on {node.url} from {node.state}")
    launch(node, java_home)
    return wait_until_healthy(node, wait_seconds, progress, [(user, password) for user, (password, _) in users.items()])


def start_cluster(nodes: list[LocalNode], wait_seconds: float = 240, progress=print) -> str:
    """Start the nodes of one cluster (see `cluster_nodes`), or those of them not running, and wait until
    the cluster, asked through the first, is usable with every node in it; returns that node's URL."""
    java_home = find_java()
    for node in nodes:
        if running_pid(node) is None:
            install_own_folder(node)
            progress(f"starting Elasticsearch node {node.name} on {node.url} from {node.state}")
            launch(node, java_home)
    first = nodes[0]
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        status = health(first.url)
        if status and status.get("number_of_nodes") == len(nodes) and status.get("status") in ("green", "yellow"):
            progress(f"Elasticsearch cluster {first.cluster_name} is {status['status']} with {len(nodes)} nodes")
            return first.url
        stopped = [node for node in nodes if running_pid(node) is None]
        if stopped:
            raise ElasticsearchSetupError(f"Elasticsearch exited during start; see {log_tail(stopped[0])}")
        time.sleep(1)
    raise ElasticsearchSetupError(f"the cluster did not form in {wait_seconds:.0f}s; see {log_tail(first)}")


def install_own_folder(node: LocalNode) -> None:
    """Unpack the distribution if need be and give `node` its own configuration, data and logs folders."""
    if node.state is None:
        raise ValueError("only a node with a state folder of its own keeps its files apart")
    if unpack(node.home):  # shared with the everyday node, whose settings stay as they are
        give_to_node_user(node.home)
    node.config_dir.mkdir(parents=True, exist_ok=True)
    for name in CONFIG_COPIED:
        shutil.copy2(node.home / "config" / name, node.config_dir / name)
    configure(node)
    give_to_node_user(node.state)


def add_file_user(node: LocalNode, java_home: Path, user: str, password: str, role: str) -> None:
    """`elasticsearch-users useradd`, the password given on its standard input, never on a command line."""
    command = as_node_user([str(node.home / "bin" / "elasticsearch-users"), "useradd", user, "-r", role])
    result = subprocess.run(command, env=node_environment(node, java_home), input=f"{password}\n{password}\n",
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise ElasticsearchSetupError(f"could not add the user {user}: {result.stdout[-500:]}{result.stderr[-500:]}")


def wait_until_healthy(node: LocalNode, wait_seconds: float, progress,
                       users: list[tuple[str, str]] | None = None) -> str:
    """Wait for a green or yellow cluster, asked anonymously or, on a secured node, as each of `users` in turn
    (only some roles may read the cluster's health)."""
    auths: list[tuple[str, str] | None] = [*users] if users else [None]
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        answers = (health(node.url, auth=auth) for auth in auths)
        status = next((answer for answer in answers if answer), None)
        if status and status.get("status") in ("green", "yellow"):
            progress(f"Elasticsearch is {status['status']} at {node.url}")
            return node.url
        if running_pid(node) is None:
            raise ElasticsearchSetupError(f"Elasticsearch exited during start; see {log_tail(node)}")
        time.sleep(1)
    raise ElasticsearchSetupError(f"Elasticsearch did not become healthy in {wait_seconds:.0f}s; see {log_tail(node)}")


def node_environment(node: LocalNode, java_home: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "ES_JAVA_HOME": str(java_home),
        "ES_PATH_CONF": str(node.config_dir),
        "LANG": "C.UTF-8",
    }


def launch(node: LocalNode, java_home: Path) -> None:
    command = as_node_user([str(node.home / "bin" / "elasticsearch"), "-d", "-p", str(node.pid_file)])
    with open(node.log_file, "ab") as log:
        result = subprocess.run(command, env=node_environment(node, java_home), cwd=node.home, stdout=log,
                                stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise ElasticsearchSetupError(f"Elasticsearch failed to start (exit {result.returncode}); see {log_tail(node)}")


def log_tail(node: LocalNode, lines: int = 15) -> str:
    text = ""
    for log in (node.log_file, node.log_file.with_name(f"{node.log_file.name}.json")):
        if log.exists():
            text += "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return f"{node.log_file}\n{text}"


def stop(wait_seconds: float = 60, progress=print, node: LocalNode | None = None) -> bool:
    """Stop our node (the everyday one unless `node` says otherwise); True if one was running.
    Kills it if it won't stop in time."""
    node = node or local_node()
    if not daemon.terminate(node.pid_file, wait_seconds):
        progress("Elasticsearch is not running (started by this project)")
        return False
    progress(f"Elasticsearch {node.name} stopped")
    return True
