"""The local Airflow's SQLite database: a write from the UI waits out a busy scheduler instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid


def test_an_api_write_waits_for_a_lock_held_longer_than_sqlite_default(airflow_standalone):
    api, home = airflow_standalone["api"], airflow_standalone["home"]
    key = f"lock-probe-{uuid.uuid4().hex[:8]}"
    responses = []

    holder = sqlite3.connect(home / "airflow.db", timeout=30)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, as a long scheduler transaction holds it
    try:
        writer = threading.Thread(
            target=lambda: responses.append(api.http.post("/variables", json={"key": key, "value": "1"}))
        )
        writer.start()
        time.sleep(7)  # longer than sqlite3's default 5 s busy timeout
        assert writer.is_alive(), "the request should still be waiting for the lock"
    finally:
        holder.rollback()
        holder.close()
    writer.join(30)

    (response,) = responses
    try:
        assert response.status_code == 201, response.text
    finally:
        api.http.delete(f"/variables/{key}")
