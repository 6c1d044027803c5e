"""The pipeline on a Dask cluster: records read here, readings computed on the workers and
written as Parquet shards, shards merged into the store by this process alone.

Why this shape: SQLite has one writer, so workers never touch the store; a shard is written to
a temporary name and renamed, so a worker killed mid-task leaves nothing half-written and the
task's rerun (Dask reschedules the tasks of a lost worker) writes the same file again. Shards are
merged in input order with the single-process rule (an article already current is not stored
again), so the store ends exactly as `warta ingest` without workers would leave it. A shard
that already exists from an earlier run is not computed again: a killed ingest resumes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from warta import __version__
from warta.model import RawRecord, ReadFailure, Skipped
from warta.readers.base import DEFAULT_MAX_SECONDS
from warta.store import ArticleRows, article_rows, has_current

INSTALL_HINT = "--workers and --scheduler need Dask: pip install 'warta[cluster]'"
# a shard: one row per record; `reading` is what `analyze --json` prints (DuckDB can query the
# shards directly), `rows` the store's rows for it without the reading, `failure` the reason
# a record could not be read
SHARD_COLUMNS = ("seq", "input", "record", "id", "url", "title", "published", "language", "reading", "rows",
                 "failure")


class ClusterUnavailable(Exception):
    """Dask (or pyarrow) is not installed, or the scheduler cannot be reached."""


@dataclass
class Partition:
    number: int
    items: list[RawRecord | ReadFailure]
    key: str = ""
    shard: Path = field(default_factory=Path)


def partitions(items: Iterable[RawRecord | ReadFailure], size: int, shards: Path,
               settings: str) -> Iterator[Partition]:
    """The records in partitions of `size`, each keyed by its contents and the pipeline's
    settings, so the same records read the same way map to the same shard file."""
    iterator = iter(items)
    number = 0
    while chunk := list(islice(iterator, size)):
        digest = hashlib.sha256(f"{__version__}|{settings}".encode())
        for item in chunk:
            if isinstance(item, ReadFailure):
                digest.update(f"F|{item.input}|{item.record}|{item.reason}".encode())
            else:
                digest.update(f"R|{item.input}|{item.record}|{item.format}|{item.layout}|".encode())
                digest.update(json.dumps(item.meta, sort_keys=True, default=str).encode())
                digest.update(item.text.encode("utf-8", "replace"))
        key = digest.hexdigest()[:24]
        yield Partition(number, chunk, key, shards / f"part-{key}.parquet")
        number += 1


# ---- on the workers -------------------------------------------------------------------------

_PIPELINES: dict[str, object] = {}


def _pipeline(date_order: str | None, actors: list[dict] | None, max_seconds: float | None = DEFAULT_MAX_SECONDS):
    """The worker process's pipeline, loaded once per settings. (Tasks run in a worker's
    threads, so the record budget is checked between stages only: no timer signal there.)"""
    from warta.pipeline import default_pipeline

    key = json.dumps([date_order, actors, max_seconds], sort_keys=True)
    if key not in _PIPELINES:
        _PIPELINES[key] = default_pipeline(date_order, actors, max_seconds)
    return _PIPELINES[key]


def warm(date_order: str | None = None, actors: list[dict] | None = None,
         max_seconds: float | None = DEFAULT_MAX_SECONDS) -> int:
    """Loads the pipeline on a worker (models, gazetteers) before the first partition arrives."""
    _pipeline(date_order, actors, max_seconds)
    return os.getpid()


def read_partition(items: list[RawRecord | ReadFailure], shard: str, date_order: str | None,
                   actors: list[dict] | None, max_seconds: float | None = DEFAULT_MAX_SECONDS) -> str:
    """Runs the pipeline over one partition and writes its shard; returns the shard's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = {name: [] for name in SHARD_COLUMNS}
    results = _pipeline(date_order, actors, max_seconds).run(items)
    for seq, (item, result) in enumerate(zip(items, results, strict=True)):
        rows["seq"].append(seq)
        rows["input"].append(item.input)
        rows["record"].append(item.record)
        if isinstance(result, ReadFailure):
            values = dict.fromkeys(("id", "url", "title", "published", "language", "reading", "rows"))
            values["failure"] = result.reason
        else:
            a = result.article
            store_rows = article_rows(result)
            reading = store_rows.article.reading
            store_rows.article = store_rows.article._replace(reading=None)  # stored once, in its column
            values = {"id": result.id, "url": a.url, "title": a.title, "published": a.published,
                      "language": a.language, "reading": reading, "rows": store_rows.to_json(), "failure": None}
        for name, value in values.items():
            rows[name].append(value)
    table = pa.table(rows, schema=pa.schema([("seq", pa.int32())] + [(n, pa.string()) for n in SHARD_COLUMNS[1:]]))
    path = Path(shard)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, partial)
    os.replace(partial, path)  # atomic: a shard is whole or absent
    return str(path)


# ---- on the client --------------------------------------------------------------------------

def shard_results(path: Path) -> list[ArticleRows | ReadFailure]:
    """A shard back as the store's rows of each reading, and failures, in record order."""
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path).read(columns=["seq", "input", "record", "reading", "rows", "failure"],
                                      use_threads=False)
    out: list[ArticleRows | ReadFailure] = []
    for row in sorted(table.to_pylist(), key=lambda r: r["seq"]):
        if row["failure"] is not None:
            out.append(ReadFailure(row["input"], row["failure"], row["record"]))
        else:
            rows = ArticleRows.from_json(row["rows"])
            rows.article = rows.article._replace(reading=row["reading"])
            out.append(rows)
    return out


def _valid_shard(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        import pyarrow.parquet as pq

        pq.read_metadata(path)
        return True
    except Exception:  # a damaged shard is computed again
        return False


class Cluster:
    """A Dask client: on a LocalCluster of `workers` single-threaded processes started here, or
    on an existing scheduler's cluster."""

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        try:
            import dask
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ClusterUnavailable(INSTALL_HINT) from None
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ClusterUnavailable("Parquet shards need pyarrow: pip install 'warta[cluster]'") from None
        self.local = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="10s")
            except OSError as err:
                raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
        else:
            # Dask's statistical profiler samples each worker's task thread every few
            # milliseconds, taking the GIL from the pipeline; a batch reader has no use for it
            dask.config.set({"distributed.worker.profile.enabled": False})
            self.local = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                                      dashboard_address=None, worker_dashboard_address=None,
                                      silence_logs=logging.ERROR)
            self.client = Client(self.local)

    def worker_count(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def warm(self, date_order: str | None = None, actors: list[dict] | None = None,
             max_seconds: float | None = DEFAULT_MAX_SECONDS) -> None:
        """Loads the pipeline on every worker now rather than in its first task."""
        self.client.run(warm, date_order, actors, max_seconds)

    def read(self, items: Iterable[RawRecord | ReadFailure], shards: Path, date_order: str | None = None,
             actors: list[dict] | None = None, size: int = 20,
             max_seconds: float | None = DEFAULT_MAX_SECONDS) -> Iterator[ArticleRows | ReadFailure]:
        """The store's rows of every record's reading, and failures, in input order, computed on
        the cluster.

        At most a few partitions per worker are in flight, so the client holds a bounded part of
        a large input. A partition whose task fails for good (after Dask's retries) becomes one
        failure per record: nothing is dropped silently."""
        # the budget is a setting too: a record refused under a short one is read again under a longer
        settings = json.dumps([date_order, actors, max_seconds], sort_keys=True)
        window = 3 * max(2, self.worker_count())
        pending: deque[tuple[Partition, object]] = deque()
        for part in partitions(items, size, shards, settings):
            task = None
            if not _valid_shard(part.shard):
                task = self.client.submit(read_partition, part.items, str(part.shard), date_order, actors,
                                          max_seconds, key=f"warta-{part.key}", retries=2)
            pending.append((part, task))
            while len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())

    def close(self) -> None:
        self.client.close()
        if self.local is not None:
            self.local.close()


def _collect(part: Partition, task) -> Iterator[ArticleRows | ReadFailure]:
    if task is not None:
        try:
            task.result()
        except Exception as err:  # the task failed for good: every record of it is listed
            for item in part.items:
                yield item if isinstance(item, ReadFailure) else ReadFailure(
                    item.input, f"worker failed: {type(err).__name__}: {err}", item.record)
            return
    yield from shard_results(part.shard)


def unless_current(con, results: Iterable[ArticleRows | ReadFailure]) -> Iterator[ArticleRows | ReadFailure | Skipped]:
    """The single-process rule for the merge: an article already current in the store is not
    stored again, Skipped(id) passed on instead (which `store.ingest` counts as unchanged)."""
    for result in results:
        yield Skipped(result.id) if isinstance(result, ArticleRows) and has_current(con, result.id) else result
