"""Loading and validating a feeds config file (config/feeds.yaml, config/feeds.demo.yaml).

Format::

    feeds:
      - name: The Astana Times
        url: https://astanatimes.com/feed/
        type: rss              # rss | atom | rdf | sitemap
        language: en           # ISO 639-1
        country: KZ            # ISO 3166-1 alpha-2 of the outlet's home
        enabled: true          # optional, default true
        status: confirmed      # confirmed | pattern | unverified: how sure we are the URL works
        evidence: "..."        # where it was seen working and when; for a disabled feed, why
        timezone: Asia/Almaty  # optional IANA zone of the outlet's clock: what a time its pages print
                               # without a zone means; default the country's (pipeline/zones.yaml), else UTC
        site_rules: {}         # optional, passed to extraction
        allow_private_hosts: []  # optional: private hosts this feed's fetches only may reach
    allow_private_hosts: []    # optional SSRF allowlist for every feed: host names, IPs or CIDR networks,
                               # each optionally with a port (`10.0.0.5:8080`, `[fd00::5]:8080`)
    http: {min_host_delay: 1.0}  # optional overrides of pipeline.fetch.http.HttpPolicy

Every problem is reported with its line and field, all of them at once. A
documented list (`require_evidence`, what `feeds-check` asks of config/feeds.yaml)
also needs `status` and `evidence` on every enabled feed and `evidence` on every
disabled one, so that the reason a feed is off is never lost.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from pipeline.config import PROJECT_ROOT, Settings, settings
from pipeline.fetch.guard import AllowRule
from pipeline.fetch.http import HttpPolicy
from pipeline.records import Feed
from pipeline.zones import is_zone_name

FEED_TYPES = ("rss", "atom", "rdf", "sitemap")
# confirmed: seen answering with items; pattern: only the outlet's CMS pattern is known;
# unverified: listed somewhere, never seen answering.
FEED_STATUSES = ("confirmed", "pattern", "unverified")
_REQUIRED = ("name", "url", "type", "language", "country")
_OPTIONAL = {"enabled": bool, "site_rules": dict, "status": str, "evidence": str,
             "allow_private_hosts": list, "timezone": str}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
ALLOWLIST_RULE = "must be a list of host names, IPs or networks, each optionally with :port"


class FeedsConfigError(ValueError):
    """A feeds file that can't be used; `problems` lists every "path:line: message"."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid feeds config:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class FeedsConfig:
    feeds: list[Feed]
    allow_private_hosts: tuple[str, ...] = ()
    http: HttpPolicy = field(default_factory=HttpPolicy)

    @property
    def allowlist(self) -> tuple[str, ...]:
        return self.allow_private_hosts

    @property
    def enabled_feeds(self) -> list[Feed]:
        return [feed for feed in self.feeds if feed.enabled]


class _Validator:
    def __init__(self, path: str, loader: yaml.SafeLoader, require_evidence: bool = False):
        self.path = path
        self.loader = loader
        self.require_evidence = require_evidence
        self.problems: list[str] = []

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(f"{self.path}:{node.start_mark.line + 1}: {message}")

    def value(self, node: yaml.Node):
        return self.loader.construct_object(node, deep=True)

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping")
            return None
        return {str(self.value(key)): (key, value) for key, value in node.value}

    def feed(self, node: yaml.Node, index: int) -> Feed | None:
        fields = self.mapping(node, f"feed #{index}")
        if fields is None:
            return None
        label = f"feed #{index}"
        if "name" in fields and isinstance(self.value(fields["name"][1]), str):
            label += f" ({self.value(fields['name'][1])!r})"
        before = len(self.problems)
        for name in fields.keys() - set(_REQUIRED) - set(_OPTIONAL):
            self.problem(fields[name][0], f"{label}: unknown field {name!r}")
        for name in _REQUIRED:
            if name not in fields:
                self.problem(node, f"{label}: missing field {name!r}")
        values = {name: self.value(value) for name, (_, value) in fields.items()}
        checks = {
            "name": (lambda v: isinstance(v, str) and v.strip(), "must be a non-empty string"),
            "url": (_is_http_url, "must be an absolute http(s) URL"),
            "type": (lambda v: v in FEED_TYPES, f"must be one of {', '.join(FEED_TYPES)}"),
            "language": (lambda v: isinstance(v, str) and _LANGUAGE.match(v), "must be an ISO 639-1 code"),
            "country": (
                lambda v: isinstance(v, str) and _COUNTRY.match(v),
                "must be an ISO 3166-1 alpha-2 code",
            ),
            "enabled": (lambda v: isinstance(v, bool), "must be true or false"),
            "site_rules": (lambda v: isinstance(v, dict), "must be a mapping"),
            "status": (lambda v: v in FEED_STATUSES, f"must be one of {', '.join(FEED_STATUSES)}"),
            "evidence": (lambda v: isinstance(v, str) and v.strip(), "must be a non-empty string"),
            "allow_private_hosts": (_is_allowlist, ALLOWLIST_RULE),
            "timezone": (is_zone_name, "must be an IANA time zone name such as Asia/Almaty"),
        }
        for name, (ok, message) in checks.items():
            if name in fields and not ok(values[name]):
                self.problem(fields[name][1], f"{label}: field {name!r} {message} (got {values[name]!r})")
        if self.require_evidence:
            enabled = values.get("enabled", True) is not False
            for name in ("status", "evidence") if enabled else ("evidence",):
                if name not in fields:
                    why = "an enabled feed says how sure we are" if enabled else "a disabled feed says why"
                    self.problem(node, f"{label}: missing field {name!r} ({why})")
        if len(self.problems) > before:
            return None
        return Feed(
            name=values["name"].strip(),
            url=values["url"],
            type=values["type"],
            language=values["language"],
            country=values["country"],
            enabled=values.get("enabled", True),
            site_rules=values.get("site_rules") or {},
            status=values.get("status", ""),
            evidence=values.get("evidence", "").strip(),
            allow_private_hosts=tuple(values.get("allow_private_hosts") or ()),
            timezone=values.get("timezone", ""),
        )

    def http_policy(self, node: yaml.Node) -> HttpPolicy:
        fields = self.mapping(node, "http") or {}
        known = {f.name: f for f in dataclasses.fields(HttpPolicy)}
        overrides = {}
        for name, (key, value_node) in fields.items():
            value = self.value(value_node)
            if name not in known:
                self.problem(key, f"http: unknown setting {name!r}")
            elif not isinstance(value, type(getattr(HttpPolicy(), name))) and not (
                isinstance(value, int) and isinstance(getattr(HttpPolicy(), name), float)
            ):
                self.problem(value_node, f"http: setting {name!r} has the wrong type (got {value!r})")
            else:
                overrides[name] = value
        return dataclasses.replace(HttpPolicy(), **overrides)


def _is_allowlist(value) -> bool:
    if not isinstance(value, list):
        return False
    try:
        for item in value:
            AllowRule.parse(item)
    except ValueError:
        return False
    return True


def _is_http_url(value) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_feeds(text: str, path: str = "<feeds>", *, require_evidence: bool = False) -> FeedsConfig:
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}" if mark else "?"
        raise FeedsConfigError([f"{path}:{line}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from None
    check = _Validator(path, loader, require_evidence)
    if root is None:
        raise FeedsConfigError([f"{path}:1: the file is empty"])
    top = check.mapping(root, "the top level")
    if top is None:
        raise FeedsConfigError(check.problems)
    for name in top.keys() - {"feeds", "allow_private_hosts", "http"}:
        check.problem(top[name][0], f"unknown top-level field {name!r}")
    feeds: list[Feed] = []
    if "feeds" not in top:
        check.problem(root, "missing field 'feeds'")
    elif not isinstance(top["feeds"][1], yaml.SequenceNode):
        check.problem(top["feeds"][1], "field 'feeds' must be a list")
    else:
        seen: dict[str, int] = {}
        for index, node in enumerate(top["feeds"][1].value, start=1):
            feed = check.feed(node, index)
            if feed is None:
                continue
            for key in (feed.name.casefold(), feed.url):
                if key in seen:
                    check.problem(node, f"feed #{index}: duplicate of feed #{seen[key]} ({key!r})")
                seen[key] = index
            feeds.append(feed)
    allowlist: tuple[str, ...] = ()
    if "allow_private_hosts" in top:
        node = top["allow_private_hosts"][1]
        value = check.value(node)
        if not _is_allowlist(value):
            check.problem(node, f"field 'allow_private_hosts' {ALLOWLIST_RULE} (got {value!r})")
        else:
            allowlist = tuple(value)
    policy = check.http_policy(top["http"][1]) if "http" in top else HttpPolicy()
    if check.problems:
        raise FeedsConfigError(check.problems)
    return FeedsConfig(feeds=feeds, allow_private_hosts=allowlist, http=policy)


def allowed_feeds_file(requested: str = "", configured: Settings | None = None) -> Path:
    """The feeds file a run may poll: the configured one (NEWS_FEEDS) when none is named; otherwise a
    YAML file inside the project's config folder or the folder NEWS_FEEDS_DIR names.

    A feeds file sets the address allowlist, so whoever triggers a run must not pick any file the
    worker can read. Anything else raises FeedsConfigError naming the allowed places. `configured` is
    the task's settings (read now when not given).
    """
    configured = configured or settings()
    if not requested:
        return configured.feeds_config
    if not isinstance(requested, str) or len(requested) > 1024 or "\0" in requested:
        raise FeedsConfigError(["feeds_config must be a path of at most 1024 characters"])
    path = Path(requested).resolve()
    folders = [PROJECT_ROOT / "config", *([configured.feeds_dir] if configured.feeds_dir else [])]
    inside = any(path.is_relative_to(folder.resolve()) for folder in folders)
    if path != configured.feeds_config.resolve() and not (inside and path.suffix in (".yaml", ".yml")):
        allowed = " or ".join(str(folder) for folder in folders)
        raise FeedsConfigError([f"feeds_config {requested[:200]!r} is not a .yaml file in {allowed} "
                                "(set NEWS_FEEDS_DIR to allow another folder)"])
    return path


def load_feeds(path: str | Path, *, require_evidence: bool = False) -> FeedsConfig:
    """Read and validate a feeds file; raises FeedsConfigError naming every bad line and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedsConfigError([f"{path}: cannot read: {exc}"]) from None
    return parse_feeds(text, str(path), require_evidence=require_evidence)
