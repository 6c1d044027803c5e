"""The ``warta`` command line."""

from __future__ import annotations

import json
import sys
import time
from typing import Annotated

import typer

from warta.model import ReadFailure, document_schema
from warta.readers import FORMATS, ReaderOptions, read_inputs
from warta.readers.base import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, describe
from warta.resources import example_article

app = typer.Typer(
    help="warta reads Indonesian news into structured data: who did what to whom, when, where, "
         "and who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

FormatOption = Annotated[str | None, typer.Option(
    "--format", "-f", help=f"Input format ({', '.join(FORMATS)}); by default from the file "
                           "name or its content.")]
MapOption = Annotated[str | None, typer.Option(
    "--map", help="Record columns for warta's fields, e.g. text=isi_berita,title=judul,"
                  "published=tanggal,url=tautan,id=id")]
DateOrderOption = Annotated[str | None, typer.Option(
    "--date-order", help="Order of numeric dates in records: DMY (Indonesian), MDY or YMD; by "
                         "default DMY unless the date shows otherwise.")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", help="Refuse input files larger than this many bytes.")]
MaxSecondsOption = Annotated[float, typer.Option(
    "--max-seconds", min=0, help="Time budget of one record; a record that takes longer fails with that "
                                 "reason and the batch goes on (0: no limit).")]
ActorsOption = Annotated[str | None, typer.Option(
    "--actors", help="More actors for the actor dictionary: a JSON list (as `warta actors --export` "
                     "writes) or a TOML file of [[actor]] entries.")]


def load_actors(path: str | None) -> list[dict] | None:
    """Actor entries from a JSON or TOML file; a bad file exits with a one-line message."""
    if not path:
        return None
    import tomllib
    from pathlib import Path

    try:
        text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text) if text.lstrip().startswith("[") else tomllib.loads(text)["actor"]
    except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as err:
        fail(f"{path}: not an actor dictionary ({type(err).__name__}: {err})")
    if not isinstance(data, list) or not all(isinstance(a, dict) and "name" in a for a in data):
        fail(f"{path}: not an actor dictionary (expected entries with a name)")
    return data


def reader_options(fmt: str | None, field_map: str | None, date_order: str | None,
                   max_bytes: int) -> ReaderOptions:
    """The shared reader options, checked; a bad value exits with a one-line message."""
    if fmt and fmt not in FORMATS:
        fail(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    if date_order and date_order.upper() not in ("DMY", "MDY", "YMD"):
        fail(f"--date-order {date_order!r} is not one of DMY, MDY, YMD")
    try:
        mapping = ReaderOptions.parse_map(field_map)
    except ValueError as err:
        fail(str(err))
    return ReaderOptions(format=fmt, field_map=mapping,
                         date_order=date_order.upper() if date_order else None, max_bytes=max_bytes)


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def analyze(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders or '-' for standard input. Without any, the bundled example "
             "article.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article, one per "
                                                         "line.")] = False,
    fmt: FormatOption = None,
    field_map: MapOption = None,
    date_order: DateOrderOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    actors: ActorsOption = None,
    max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS,
) -> None:
    """Read articles and print their reading: a report per article, or JSON with --json."""
    from warta.pipeline import default_pipeline
    from warta.report import Reporter

    options = reader_options(fmt, field_map, date_order, max_bytes)
    pipeline = default_pipeline(options.date_order, load_actors(actors), max_seconds)
    reporter = Reporter()
    read, failures, seen = 0, [], set()
    inputs = paths or [str(example_article())]
    for item in pipeline.run(read_inputs(inputs, options)):
        if isinstance(item, ReadFailure):
            failures.append(item)
            seen.add(item.input)
            continue
        seen.add(item.source.input)
        try:  # the reading is written whole or not at all: one line of JSON, or the report
            if as_json:
                sys.stdout.write(item.to_json() + "\n")
            else:
                reporter.show(item)
        except Exception as err:  # a reading that cannot be written is that record's failure
            failures.append(ReadFailure(item.source.input, f"cannot write the reading ({describe(err)})",
                                        item.source.record))
            continue
        read += 1
    summarize(read, failures, len(seen))
    if read == 0:
        raise typer.Exit(1)


def summarize(read: int, failures: list[ReadFailure], inputs: int) -> None:
    """One summary on standard error: how many articles were read, and each failure, why."""
    if not failures and read == 1:
        return
    noun = "article" if read == 1 else "articles"
    typer.echo(f"warta: read {read} {noun} from {inputs} input{'s' * (inputs != 1)}; "
               f"{len(failures)} failed", err=True)
    for failure in failures:
        typer.echo(f"  {failure}", err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a reading (what `analyze --json` prints per article)."""
    typer.echo(json.dumps(document_schema(), indent=2, ensure_ascii=False))


@app.command()
def timex(
    documents: Annotated[list[str], typer.Argument(help="JSON documents {docid, dct, title, text}, as "
                                                        "score_timex.py export writes them.")],
    out: Annotated[str, typer.Option("--out", help="Folder for DOCID.json = {times: [...]}")],
) -> None:
    """Tag and normalise the time expressions of plain-text documents."""
    from pathlib import Path

    from warta.stages.times import tag, time_expr

    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    failures: list[ReadFailure] = []
    done = 0
    for name in documents:
        try:
            doc = json.loads(Path(name).read_text(encoding="utf-8"))
            text, docid = doc["text"], str(doc.get("docid") or Path(name).stem)
            anchor = _anchor(doc.get("dct"), name)
        except (OSError, ValueError, KeyError, TypeError) as err:
            failures.append(ReadFailure(name, f"not a timex document ({type(err).__name__}: {err})"))
            continue
        try:
            times = [time_expr(f).model_dump(exclude_none=True) for f in tag(text, anchor)]
            (target / f"{docid}.json").write_text(json.dumps({"times": times}, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        except Exception as err:  # one document the tagger or the disk refuses must not stop the others
            failures.append(ReadFailure(name, f"cannot tag ({describe(err)})"))
            continue
        done += 1
    summarize(done, failures, len(documents))
    if done == 0:
        raise typer.Exit(1)


def _anchor(value: object, name: str):
    """The document's creation date as a date, or None when it has none."""
    from datetime import date

    from warta.stages.dates import normalize_date

    if not value:
        return None
    normalized = normalize_date(str(value))
    if normalized is None:
        raise ValueError(f"unreadable creation date {value!r}")
    return date.fromisoformat(normalized[:10])


DbOption = Annotated[str, typer.Option("--db", help="The store (SQLite).")]
AsJson = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


def _open(db: str, readonly: bool = True):
    from warta.store import StoreError, open_store

    try:
        return open_store(db, readonly=readonly)
    except StoreError as err:
        fail(str(err))


def _show(rows: list[dict], as_json: bool, title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        typer.echo(f"{title}: nothing found")
        return
    table = Table(*rows[0].keys(), title=title)
    for row in rows:
        table.add_row(*("" if v is None else str(v)[:80] for v in row.values()))
    Console().print(table)


EVENT_COLUMNS = ("date", "type", "cameo", "score", "source", "source_country", "target", "target_country",
                 "articles")


def _brief(rows: list[dict], as_json: bool) -> list[dict]:
    """Event rows for a terminal table: the columns that fit; JSON keeps them all."""
    return rows if as_json else [{k: r.get(k) for k in EVENT_COLUMNS} for r in rows]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or '-'.")],
    db: DbOption = "warta.db",
    fmt: FormatOption = None,
    field_map: MapOption = None,
    date_order: DateOrderOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    actors: ActorsOption = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Read on a local Dask cluster of this many worker processes "
                                 "(needs the cluster extra).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Read on an existing Dask cluster, e.g. tcp://host:8786; its workers must "
                            "see the --shards folder.")] = None,
    shards: Annotated[str | None, typer.Option(
        "--shards", help="Folder for the Parquet shards the workers write; by default DB.shards "
                         "beside the store.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1,
                                                help="Records per cluster task.")] = 20,
    max_seconds: MaxSecondsOption = DEFAULT_MAX_SECONDS,
    reread: Annotated[bool, typer.Option("--reread", help="Read every article again, even one the "
                                                         "store holds from this same warta.")] = False,
) -> None:
    """Read articles into the store: every reading stored, every failure listed with its reason.
    Run it again after a crash or Ctrl-C and it goes on where it stopped. With --workers or
    --scheduler the reading runs on a Dask cluster and ends with the same store."""
    import sqlite3
    from pathlib import Path

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from warta.pipeline import default_pipeline
    from warta.store import failures, has_current
    from warta.store import ingest as store_items

    options = reader_options(fmt, field_map, date_order, max_bytes)
    con = _open(db, readonly=False)
    actor_list = load_actors(actors)
    counts = {"stored": 0, "reread": 0, "unchanged": 0, "failed": 0}
    cluster = None
    if workers or scheduler:
        from warta.cluster import Cluster, ClusterUnavailable, unless_current

        try:
            cluster = Cluster(workers, scheduler)
        except ClusterUnavailable as err:
            fail(str(err))
        shard_dir = Path(shards) if shards else Path(f"{db}.shards")
        results = cluster.read(read_inputs(paths, options), shard_dir, options.date_order, actor_list,
                               partition_size, max_seconds)
        items = results if reread else unless_current(con, results)
    else:
        pipeline = default_pipeline(options.date_order, actor_list, max_seconds)
        skip = None if reread else (lambda doc_id: has_current(con, doc_id))
        items = pipeline.run(read_inputs(paths, options), skip=skip)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[rate]}"))
    showing = sys.stderr.isatty()
    # the records are counted first (reading is cheap beside the pipeline) so the bar has an ETA;
    # standard input can be read only once, so it gets none
    total = sum(1 for _ in read_inputs(paths, options)) if showing and "-" not in paths else None
    try:
        with Progress(*columns, transient=True, disable=not showing) as progress:
            task = progress.add_task("ingesting", total=total, rate="")
            started = time.perf_counter()
            # on a cluster the store commits once per partition: a partition's shard survives a
            # crash, so a rerun merges it again at no cost
            for outcome, _ in store_items(con, items, batch=partition_size if cluster else 1):
                counts[outcome] += 1
                done = sum(counts.values())
                elapsed = time.perf_counter() - started
                progress.update(task, completed=done, rate=f"{done / elapsed:.1f} articles/s" if elapsed else "")
    except sqlite3.OperationalError as err:  # the store's trouble (locked, disk full), not a record's
        fail(f"{db}: cannot write to the store ({err}); the readings committed so far are kept")
    finally:
        if cluster is not None:
            cluster.close()
    typer.echo(f"warta: {counts['stored']} stored, {counts['reread']} re-read, {counts['unchanged']} already "
               f"current, {counts['failed']} failed (in {db})", err=True)
    for failure in failures(con):
        typer.echo(f"  {failure['input']}{':' + failure['record'] if failure['record'] else ''}: {failure['reason']}",
                   err=True)
    if counts["stored"] + counts["reread"] + counts["unchanged"] == 0:
        raise typer.Exit(1)


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help="Words to find (case and accents folded).")],
               db: DbOption = "warta.db", limit: int = 20,
               theme: Annotated[str | None, typer.Option(help="Only articles of this GKG theme (any case): "
                                                               "corruption, natural_disaster_flood, …")] = None,
               as_json: AsJson = False) -> None:
    """Full-text search over titles and bodies, of one article theme with --theme."""
    from warta.store import StoreError, search
    from warta.store_gkg import theme_name

    con = _open(db)
    try:
        rows = search(con, query, limit, theme=theme_name(theme, known=True) if theme else None)
    except StoreError as err:
        fail(str(err))
    _show(rows, as_json, f"search {query!r}" + (f", theme {theme.upper()}" if theme else ""))


@app.command("entity")
def entity_cmd(name: str, db: DbOption = "warta.db", as_json: AsJson = False) -> None:
    """An entity's profile: titles seen, mentions over time, entities seen with it, its quotes."""
    from warta.store import StoreError, entity_profile

    con = _open(db)
    try:
        profile = entity_profile(con, name)
    except StoreError as err:
        fail(str(err))
    if as_json:
        typer.echo(json.dumps(profile, ensure_ascii=False, indent=1))
        return
    typer.echo(f"{profile['name']} ({profile['type']}{', ' + profile['country'] if profile['country'] else ''})")
    for key in ("titles", "articles_by_month", "co_occurring", "quotes"):
        _show(profile[key], False, key)


@app.command("timeline")
def timeline_cmd(first: str, second: str, db: DbOption = "warta.db", as_json: AsJson = False) -> None:
    """Events between two actors (names, or ISO3 codes such as PRK and RUS) over time."""
    from warta.store import timeline

    _show(_brief(timeline(_open(db), first, second), as_json), as_json, f"{first} – {second}")


@app.command("network")
def network_cmd(db: DbOption = "warta.db", by: str = "country", limit: int = 100, as_json: AsJson = False) -> None:
    """Actor graph edges with event counts and mean Goldstein score (by country or entity)."""
    from warta.store import network

    _show(network(_open(db), by, limit), as_json, f"network by {by}")


@app.command("events")
def events_cmd(db: DbOption = "warta.db", kind: Annotated[str | None, typer.Option("--type")] = None,
               actor: str | None = None, country: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 100,
               context: Annotated[str | None, typer.Option(help="A PLOVER context: corruption, elections, "
                                                                "disaster, crime, …")] = None,
               as_json: AsJson = False) -> None:
    """Events, linked across articles, filtered by PLOVER type, actor, country, dates and context."""
    from warta.store import events

    rows = events(_open(db), kind, actor, country, since, until, limit, context)
    _show(_brief(rows, as_json), as_json, "events")


@app.command("export")
def export_cmd(db: DbOption = "warta.db",
               fmt: Annotated[str, typer.Option("--format", help="gdelt-events, gdelt-gkg, jsonl or "
                                                                  "parquet")] = "jsonl",
               out: Annotated[str, typer.Option("--out", help="File (a folder for parquet)")] = "warta.jsonl") -> None:
    """Export the store: GDELT 2.0 Events TSV, GDELT GKG 2.1 TSV, JSON Lines of readings, or Parquet tables."""
    from pathlib import Path

    from warta.export import export

    try:
        path = export(_open(db), fmt, Path(out))
    except ValueError as err:
        fail(str(err))
    typer.echo(f"warta: wrote {path}", err=True)


@app.command("actors")
def actors_cmd(db: DbOption = "warta.db",
               export: Annotated[str | None, typer.Option("--export", help="Write them to this JSON file, "
                                                                           "for --actors.")] = None,
               as_json: AsJson = False) -> None:
    """The actor dictionary learned from what the store has read: people, titles, countries, years."""
    from pathlib import Path

    from warta.store import learned_actors

    found = learned_actors(_open(db))
    if export:
        Path(export).write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
        typer.echo(f"warta: wrote {len(found)} actors to {export}", err=True)
        return
    rows = [{"name": a["name"], "country": a["country"],
             "roles": "; ".join(f"{r['title']} {r.get('from', '')}–{r.get('to', '')}" for r in a["roles"])}
            for a in found]
    _show(found if as_json else rows, as_json, "actors")


@app.command("serve")
def serve_cmd(db: DbOption = "warta.db",
              host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes the store to the "
                                                     "network.")] = "127.0.0.1",
              port: int = 8000,
              max_body: Annotated[int, typer.Option("--max-body", help="Largest request body, in bytes.")] =
              2_000_000) -> None:
    """The HTTP API (OpenAPI docs at /docs) and the analyst's web page, over a store opened read-only."""
    import uvicorn

    from warta.store import StoreError
    from warta.web.app import create_app

    try:
        web = create_app(db, max_body=max_body)
    except StoreError as err:
        fail(str(err))
    typer.echo(f"warta: serving {db} (read-only) at http://{host}:{port}/  (API docs at /docs)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


# the GKG commands (counts, tone) and the rebuilding ones (train, evaluate, build) live in their
# own modules and register themselves on `app`
from warta import cli_build, cli_gkg  # noqa: E402, F401
