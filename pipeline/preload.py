"""What every task process needs, imported once per Airflow worker instead of once per task.

Airflow's LocalExecutor runs each task in a process forked from one of its worker processes, so a
task inherits every module its worker had imported. With `[scheduler] mp_start_method = forkserver`
the workers themselves are forked from a server that first imports the modules named in
`[scheduler] mp_forkserver_preload`; naming this module there means no task pays for Airflow's task
runner, trafilatura, numpy, scipy (through datasketch) or the Elasticsearch client again: about 2.5 s
a task on two cores (BENCHMARKS.md, "Task start-up").

Imports only: nothing here opens a file or a connection, reads the settings or starts a thread,
since everything it leaves behind is copied into every task.
"""

import airflow.executors.local_executor  # noqa: F401  the worker's own loop
import airflow.sdk.execution_time.supervisor  # noqa: F401  the worker's side of each task
import airflow.sdk.execution_time.task_runner  # noqa: F401  the task process's side
import datasketch  # noqa: F401  MinHash; the package loads scipy, over a second on its own

import pipeline.fetch.run  # noqa: F401  poll: HTTP client, feed parsing, archive, feed state
import pipeline.jobs  # noqa: F401
import pipeline.prepared  # noqa: F401
import pipeline.process  # noqa: F401  prepare: extraction, language, tagging
import pipeline.store.bulk  # noqa: F401  index: the Elasticsearch client and the bulk writer
import pipeline.store.clusters  # noqa: F401
import pipeline.store.index  # noqa: F401
