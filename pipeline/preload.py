"""What every task process needs, imported once per Airflow worker instead of once per task.

Airflow's LocalExecutor runs each task in a process forked from one of its worker processes, so a
task inherits every module its worker had imported. With `[scheduler] mp_start_method = forkserver`
the workers themselves are forked from a server that first imports the modules named in
`[scheduler] mp_forkserver_preload`; naming this module there means no task pays for Airflow's task
runner, the UI plugin's web framework (Airflow loads plugins in every task process), trafilatura,
numpy, scipy (through datasketch) or the Elasticsearch client again: about 2.5 s a task on two cores
(BENCHMARKS.md, "Task start-up").

It also warms extraction, tagging and MinHash up (`pipeline.process.warm_up`): their first use
builds tables and models (about 2 s of CPU) that each prepare task would otherwise build again.

Nothing here opens a connection, reads the settings or starts a thread, since everything it leaves
behind is copied into every task; and nothing here may fail the import, which would stop
the scheduler from starting any task.
"""

import gc
import logging

import airflow.api_fastapi.core_api.security  # noqa: F401  the UI plugin's: a task process loads plugins
import airflow.executors.local_executor  # noqa: F401  the worker's own loop
import airflow.sdk.execution_time.supervisor  # noqa: F401  the worker's side of each task
import airflow.sdk.execution_time.task_runner  # noqa: F401  the task process's side
import datasketch  # noqa: F401  MinHash; the package loads scipy, over a second on its own
import fastapi.responses  # noqa: F401  the UI plugin's web framework
import jinja2  # noqa: F401  the UI plugin's templates

import pipeline.fetch.run  # noqa: F401  poll: HTTP client, feed parsing, archive, feed state
import pipeline.jobs  # noqa: F401
import pipeline.prepared  # noqa: F401
import pipeline.process  # noqa: F401  prepare: extraction, language, tagging
import pipeline.store.bulk  # noqa: F401  index: the Elasticsearch client and the bulk writer
import pipeline.store.clusters  # noqa: F401
import pipeline.store.index  # noqa: F401

try:
    pipeline.process.warm_up()
except Exception:  # noqa: BLE001  a task then pays the first-use set-up itself, as without this module
    logging.getLogger(__name__).warning("warming up extraction and tagging failed", exc_info=True)

# Everything loaded so far lives as long as the process: out of the collector's sight, a task's
# collections neither walk it nor write to its pages, which the fork shares (fewer page copies).
gc.freeze()
