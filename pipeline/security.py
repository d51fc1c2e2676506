"""Dependency audit: pip-audit over the pinned lock, where a vulnerability service can be reached.

pip-audit asks a vulnerability service about every pinned package: PyPI's per-release JSON API or OSV.
Where neither answers (an offline CI, a registry mirror without the JSON API) the audit is skipped with
the reason instead of failing after long timeouts; a quick probe decides.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

PYPI_RELEASE_JSON = "https://pypi.org/pypi/{name}/{version}/json"
OSV_QUERY = "https://api.osv.dev/v1/query"
PINNED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)", re.M)


@dataclass
class AuditResult:
    status: str  # ok | vulnerable | skipped | error
    service: str = ""
    report: str = ""
    reason: str = ""


def first_pin(requirements: Path) -> tuple[str, str]:
    match = PINNED.search(requirements.read_text(encoding="utf-8"))
    if not match:
        raise ValueError(f"{requirements} pins no package (name==version)")
    return match.group(1), match.group(2)


def probe_pypi(name: str, version: str, timeout: float, url: str = PYPI_RELEASE_JSON) -> str:
    """"" when PyPI's per-release JSON (with its vulnerabilities) answers, else why not."""
    try:
        response = httpx.get(url.format(name=name, version=version), timeout=timeout)
        if response.status_code != 200:
            return f"HTTP {response.status_code}"
        return "" if "vulnerabilities" in response.json() else "no vulnerability data in the answer"
    except (httpx.HTTPError, ValueError) as error:
        return f"{type(error).__name__}: {error}"[:200]


def probe_osv(name: str, version: str, timeout: float, url: str = OSV_QUERY) -> str:
    try:
        query = {"package": {"name": name, "ecosystem": "PyPI"}, "version": version}
        response = httpx.post(url, json=query, timeout=timeout)
        return "" if response.status_code == 200 else f"HTTP {response.status_code}"
    except httpx.HTTPError as error:
        return f"{type(error).__name__}: {error}"[:200]


def reachable_service(requirements: Path, timeout: float, pypi_url: str = PYPI_RELEASE_JSON,
                      osv_url: str = OSV_QUERY) -> tuple[str, str]:
    """(service name for pip-audit, "") or ("", why none can be used)."""
    name, version = first_pin(requirements)
    reasons = []
    for service, probe, url in (("pypi", probe_pypi, pypi_url), ("osv", probe_osv, osv_url)):
        reason = probe(name, version, timeout, url)
        if not reason:
            return service, ""
        reasons.append(f"{service}: {reason}")
    return "", "; ".join(reasons)


def audit(requirements: Path, timeout: float = 5.0, **service_urls: str) -> AuditResult:
    service, reason = reachable_service(requirements, timeout, **service_urls)
    if not service:
        return AuditResult("skipped", reason=f"no vulnerability service reachable ({reason})")
    command = [sys.executable, "-m", "pip_audit", "--requirement", str(requirements), "--no-deps",
               "--disable-pip", "--vulnerability-service", service, "--progress-spinner", "off"]
    result = subprocess.run(command, capture_output=True, text=True)
    report = (result.stdout + result.stderr).strip()
    status = {0: "ok", 1: "vulnerable"}.get(result.returncode, "error")
    reason = f"pip-audit exit {result.returncode}" if status == "error" else ""
    return AuditResult(status, service, report, reason)
