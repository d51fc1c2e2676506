"""Importing the saved objects in kibana/ (data view, saved searches, dashboard) through Kibana's API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from pipeline.config import PROJECT_ROOT

SAVED_OBJECTS = PROJECT_ROOT / "kibana" / "saved_objects.ndjson"
IMPORT_PATH = "/api/saved_objects/_import"
TIMEOUT_S = 60


class KibanaImportError(RuntimeError):
    """Kibana refused the import or some objects; the message lists why."""


@dataclass(frozen=True)
class Credentials:
    username: str = ""
    password: str = ""
    api_key: str = ""


def credentials_from(env: Mapping[str, str]) -> Credentials:
    """KIBANA_API_KEY; else KIBANA_USERNAME with KIBANA_PASSWORD; else ES_USERNAME with ES_PASSWORD; else none.

    A user and a password always come from the same pair: a deployment that gives a service one half of
    the Kibana pair (Kibana's own password, say) must not see it sent with the Elasticsearch user's name.
    Half a Kibana pair is an error, not a reason to look elsewhere.
    """
    if env.get("KIBANA_API_KEY"):
        return Credentials(api_key=env["KIBANA_API_KEY"])
    for user_key, password_key in (("KIBANA_USERNAME", "KIBANA_PASSWORD"), ("ES_USERNAME", "ES_PASSWORD")):
        user, password = env.get(user_key, ""), env.get(password_key, "")
        if user and password:
            return Credentials(user, password)
        if user or password:
            given, missing = (user_key, password_key) if user else (password_key, user_key)
            raise KibanaImportError(f"{given} is set without {missing}: set both, or neither")
    return Credentials()


@dataclass
class ImportResult:
    imported: int
    errors: list[dict] = field(default_factory=list)


def import_saved_objects(url: str, path: Path = SAVED_OBJECTS, username: str = "", password: str = "",
                         api_key: str = "") -> ImportResult:
    """POST the NDJSON to Kibana with overwrite, so importing again replaces rather than duplicates."""
    if path.suffix != ".ndjson":  # Kibana refuses any other name, with a less helpful message
        raise KibanaImportError(f"{path.name}: Kibana imports only files whose name ends in .ndjson")
    headers = {"kbn-xsrf": "true"}
    auth = None
    if api_key:
        headers["Authorization"] = f"ApiKey {api_key}"
    elif username:
        auth = (username, password)
    files = {"file": (path.name, path.read_bytes(), "application/ndjson")}
    try:
        response = httpx.post(url.rstrip("/") + IMPORT_PATH, params={"overwrite": "true"}, headers=headers,
                              files=files, auth=auth, timeout=TIMEOUT_S)
    except httpx.HTTPError as error:
        raise KibanaImportError(f"Kibana at {url} is not reachable: {error}") from error
    if response.status_code != 200:
        raise KibanaImportError(f"Kibana answered {response.status_code}: {response.text[:500]}")
    body = response.json()
    errors = body.get("errors", [])
    if not body.get("success", False) or errors:
        summary = "; ".join(f"{e.get('type')}/{e.get('id')}: {e.get('error', {}).get('type')}"
                            for e in errors)
        raise KibanaImportError(f"{len(errors)} objects not imported: {summary}")
    return ImportResult(imported=body.get("successCount", 0))
