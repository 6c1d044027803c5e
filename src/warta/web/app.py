"""The HTTP API and the analyst's page, one FastAPI app over a store opened read-only.

Every query opens the store read-only for the length of the request, in the thread that runs
the endpoint, and closes it there (a SQLite connection must not cross threads, and a generator
dependency is entered and left on different threads of the pool); nothing a client sends names
a file. Query parameters are checked before they reach SQLite: no NUL characters, integers
bounded. Article text reaches
the page only as JSON, and the page puts it into the document as text, never as markup; the
Content-Security-Policy forbids inline scripts as a second line of defence.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParameter
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from warta import __version__
from warta.model import ReadFailure
from warta.readers import ReaderOptions, read_bytes
from warta.store import (
    NotInStore,
    StoreError,
    article_count,
    entity_profile,
    events,
    latest_articles,
    network,
    open_store,
    reading,
    search,
    search_count,
    timeline,
)
from warta.store_gkg import DATE_PATTERN, count_totals, count_types, themes, tone_over_time
from warta.web.limits import BodyLimit, SecurityHeaders

STATIC = files("warta") / "web" / "static"
DEFAULT_MAX_BODY = 2_000_000  # bytes: a long article as HTML is well under 1 MB
# snippet marks no article text contains: control characters, split out before they reach a client
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"
FORMATS_BY_TYPE = {"text/plain": "text", "text/html": "html", "application/json": "json",
                   "application/x-ndjson": "jsonl"}
MAX_PARAMETER = 1000  # characters: a search or a name is a few words
MAX_PAGE = 100_000  # 2 million articles at the largest page size; past it a page number is a typo or a probe


class Problem(BaseModel):
    """What every refused request gets: the reason, one line."""

    detail: str


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error responses of a route, for the OpenAPI document."""
    meaning = {400: "Bad request: an empty body or search, a malformed query, an unknown count type or theme, "
                    "a date that is none, since after until, or a store that predates the table asked for",
               404: "Not found: no such article, entity or export",
               413: "Request body larger than the server's --max-body",
               415: "Body of a media type the API cannot read",
               422: "Invalid parameter (out of range, a NUL character), or nothing readable in the body",
               501: "Export format needs an optional package (pyarrow)"}
    return {code: {"model": Problem, "description": meaning[code]} for code in codes}


# the body is read raw (any of these types), so its schema is declared here for the docs. A body of
# nothing but white space is refused (400), hence the pattern (one character that is not space). A
# JSON record is read as leniently as a file's: its text under any of the known names, a field of
# the wrong type left out with a warning, so the schema asks only for an object or a non-empty list
TEXT = {"type": "string", "pattern": r"\S"}
ANALYZE_BODY = {"requestBody": {"required": True, "description": (
    "The article: plain text or a scraped page, HTML, a JSON record (text, title, published, url, "
    "authors …) or a list of them, or JSON Lines."), "content": {
    "text/plain": {"schema": TEXT, "example": "Menteri Luar Negeri Retno Marsudi bertemu Menteri "
                   "Luar Negeri Jepang Yoko Kamikawa di Tokyo, Senin (5/2/2024)."},
    "text/html": {"schema": TEXT},
    "application/json": {"schema": {"anyOf": [{"type": "object"}, {"type": "array", "minItems": 1}]},
                         "example": {"title": "…", "published": "2024-02-05", "url": "https://…", "text": "…"}},
    "application/x-ndjson": {"schema": TEXT}}}}


class Analyzer:
    """The pipeline, loaded on first use and run by one thread at a time (the CRF tagger and
    the caches of the stages are not meant to be shared by concurrent calls)."""

    def __init__(self) -> None:
        self._pipeline = None
        self._lock = threading.Lock()

    def __call__(self, data: bytes, fmt: str) -> dict[str, list]:
        from warta.pipeline import default_pipeline

        with self._lock:
            if self._pipeline is None:
                self._pipeline = default_pipeline()
            readings, failures = [], []
            records = list(read_bytes(data, "request", ReaderOptions(), fmt))  # never raises
            for item in self._pipeline.run(records):
                if isinstance(item, ReadFailure):
                    failures.append({"record": item.record, "reason": item.reason})
                else:
                    readings.append(item.model_dump())
        return {"readings": readings, "failures": failures}


@contextlib.contextmanager
def store(request: Request) -> Iterator[sqlite3.Connection]:
    """The app's store, opened read-only for one request: entered and left inside the
    endpoint's function, so in one thread."""
    con = open_store(request.app.state.db, readonly=True)
    try:
        yield con
    finally:
        con.close()


def plain_parameters(request: Request) -> None:
    """Refuses a query parameter holding a NUL character (SQLite stops reading a string at NUL
    and reports the query as malformed) or longer than any name or search (SQLite refuses a
    LIKE pattern over 50,000 bytes): a 422 naming the parameter, not a 500."""
    for name, value in request.query_params.multi_items():
        shown = name.replace("\x00", "")[:40]
        if "\x00" in value or "\x00" in name:
            raise HTTPException(422, f"query parameter {shown!r} holds a NUL character")
        if len(value) > MAX_PARAMETER:
            raise HTTPException(422, f"query parameter {shown!r} is {len(value)} characters long, over the "
                                     f"{MAX_PARAMETER} limit")


# A query string as plain_parameters accepts it, stated in the OpenAPI document too (so a client,
# and schemathesis, know that a NUL character or an overlong value is refused with 422).
NO_NUL = "^[^\\x00]*$"
Text = Annotated[str, Query(max_length=MAX_PARAMETER, pattern=NO_NUL)]
OptionalText = Annotated[str | None, Query(max_length=MAX_PARAMETER, pattern=NO_NUL)]


def create_app(db: str | Path, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app for the store at `db` (opened read-only, per request)."""
    db = Path(db)
    open_store(db, readonly=True).close()  # fail at start, not on the first request
    app = FastAPI(title="warta", version=__version__, docs_url=None, redoc_url=None,
                  description="Indonesian news as structured data: articles, entities, times, events, quotes.",
                  dependencies=[Depends(plain_parameters)])
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    app.state.db = db
    analyzer = Analyzer()

    @app.exception_handler(RequestValidationError)
    def invalid_parameter(_: Request, err: RequestValidationError) -> JSONResponse:
        # FastAPI's own 422 body is a list of objects; the API promises every refusal one line of
        # text (Problem), which the page shows as it is
        return JSONResponse({"detail": validation_message(err)}, status_code=422)

    @app.exception_handler(StoreError)
    def store_error(_: Request, err: StoreError) -> JSONResponse:
        status = 404 if isinstance(err, NotInStore) else 400  # by the error's type, not its words
        return JSONResponse({"detail": str(err)}, status_code=status)

    @app.post("/api/analyze", summary="Read posted text, HTML or a JSON record", openapi_extra=ANALYZE_BODY,
              responses=problems(400, 413, 415, 422))
    async def analyze(request: Request) -> dict[str, list]:
        """The body is the article: `text/plain` (a scraped page or plain text), `text/html`, or
        `application/json` (a record with text, title, published, url … or a list of them)."""
        kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
        if kind not in FORMATS_BY_TYPE:
            raise HTTPException(415, f"cannot read {kind!r}; send one of {', '.join(FORMATS_BY_TYPE)}")
        data = await request.body()
        if not data.strip():
            raise HTTPException(400, "empty body: post the article's text")
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(analyzer, data, FORMATS_BY_TYPE[kind])
        if not result["readings"]:
            raise HTTPException(422, "; ".join(f["reason"] for f in result["failures"]) or "nothing to read")
        return result

    @app.get("/api/articles", summary="Latest articles, or those matching a search", responses=problems(400, 422))
    def articles(request: Request, q: Text = "", page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
                 size: Annotated[int, Query(ge=1, le=100)] = 20,
                 theme: Annotated[str, Query(max_length=60, pattern="^[A-Za-z_]*$", description=(
                     "a GKG theme name, any case, matched whole: only articles of that theme (a name no "
                     "article has matches none)"))] = "",
                 ) -> dict[str, Any]:
        offset = (page - 1) * size
        kind = theme.strip() or None  # the page's "all themes" sends an empty theme
        with store(request) as con:
            if q.strip():
                rows = search(con, q, size, offset, marks=(MATCH_OPEN, MATCH_CLOSE), theme=kind)
                total = search_count(con, q, kind)
            else:
                rows, total = latest_articles(con, size, offset, kind), article_count(con, kind)
        for row in rows:
            row["snippet"] = snippet_fragments(row.get("snippet") or "")
        return {"total": total, "page": page, "size": size, "articles": rows}

    @app.get("/api/article", summary="One article's reading", responses=problems(404, 422))
    def article(request: Request, id: Text) -> dict:
        with store(request) as con:
            return reading(con, id)

    @app.get("/api/entity", summary="An entity's profile", responses=problems(404, 422))
    def entity(request: Request, name: Text) -> dict:
        with store(request) as con:
            return entity_profile(con, name)

    @app.get("/api/events", summary="Events linked across articles, filtered", responses=problems(400, 422))
    def event_list(request: Request, type: OptionalText = None, actor: OptionalText = None,
                   country: OptionalText = None, since: OptionalText = None, until: OptionalText = None,
                   limit: Annotated[int, Query(ge=1, le=5000)] = 100,
                   context: Annotated[str | None, Query(max_length=40, pattern="^[a-z_]+$")] = None) -> list[dict]:
        with store(request) as con:
            return events(con, type, actor, country, since, until, limit, context)

    @app.get("/api/timeline", summary="Events between two actors (names or ISO3 codes) over time",
             responses=problems(400, 422))
    def pair_timeline(request: Request, a: Text, b: Text) -> list[dict]:
        with store(request) as con:
            return timeline(con, a, b)

    @app.get("/api/network", summary="Actor graph: event counts and mean score between pairs",
             responses=problems(422))
    def actor_network(request: Request, by: Annotated[str, Query(pattern="^(country|entity)$")] = "country",
                      limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
        with store(request) as con:
            return network(con, by, limit)

    @app.get("/api/counts", summary="Counts (killed, arrested …) summed per day, month or place, each incident "
                                    "once", responses=problems(400, 422))
    def count_list(request: Request,
                   type: Annotated[str | None, Query(pattern=f"^({'|'.join(count_types())})$")] = None,
                   since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
                   until: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
                   by: Annotated[str, Query(pattern="^(day|month|place)$")] = "day") -> list[dict]:
        """One incident told in several articles is counted once: the tellings of one type, place
        (or none) and day are one incident, its number the largest told. Without `type`, every
        type; `since` and `until` are YYYY-MM-DD, YYYY-MM or YYYY (a month or year as `until`:
        all of it)."""
        with store(request) as con:
            return count_totals(con, type, since, until, by)

    @app.get("/api/tone", summary="Mean tone of the articles mentioning an entity, per period",
             responses=problems(400, 404, 422))
    def entity_tone(request: Request, entity: Annotated[str, Query(min_length=1, max_length=MAX_PARAMETER,
                                                                     pattern=NO_NUL)],
                    by: Annotated[str, Query(pattern="^(day|month|year)$")] = "month") -> dict:
        with store(request) as con:
            return tone_over_time(con, entity, by)

    @app.get("/api/themes", summary="The article themes of the store, with their article counts",
             responses=problems(400, 422))
    def theme_list(request: Request) -> list[dict]:
        with store(request) as con:
            return themes(con)

    @app.get("/api/export/{fmt}", summary="The store as GDELT 2.0 Events TSV, GDELT GKG 2.1 TSV, JSON "
                                             "Lines or Parquet (zip)", response_class=Response,
             responses={200: EXPORT_RESPONSE, **problems(404, 422, 501)})
    def export_store(request: Request,
                     fmt: Annotated[str, PathParameter(json_schema_extra={"enum": list(EXPORTS)})]) -> Response:
        with store(request) as con:
            return exported(con, fmt)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse((STATIC / "docs.html").read_text(encoding="utf-8"))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"))

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


def validation_message(err: RequestValidationError) -> str:
    """FastAPI's validation errors as one line: "query parameter 'size': Input should be …; …"."""
    kinds = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "body"}
    parts = []
    for error in err.errors():
        where, *name = [str(part) for part in error.get("loc", ())] or ["request"]
        label = kinds.get(where, where) + (f" {'.'.join(name)!r}" if name else "")
        parts.append(f"{label}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def snippet_fragments(snippet: str) -> list[dict]:
    """A snippet as [{text, match}] pieces, so a client can mark matches without parsing markup."""
    pieces, match = [], False
    for part in snippet.replace(MATCH_CLOSE, MATCH_OPEN).split(MATCH_OPEN):
        if part:
            pieces.append({"text": part, "match": match})
        match = not match
    return pieces


EXPORTS = {"gdelt-events": ("warta-events.tsv", "text/tab-separated-values"),
           "gdelt-gkg": ("warta-gkg.tsv", "text/tab-separated-values"),
           "jsonl": ("warta.jsonl", "application/x-ndjson"),
           "parquet": ("warta-parquet.zip", "application/zip")}
# the export is a file, not JSON: the document names each format's type (an unknown format is
# a 404 the app answers itself, so the listed formats are documented but not enforced as a 422)
EXPORT_RESPONSE = {"description": "The export as one file (Content-Disposition: attachment)",
                   "content": {kind: {"schema": {"type": "string", "format": "binary"}}
                               for kind in dict.fromkeys(kind for _, kind in EXPORTS.values())}}


def exported(con: sqlite3.Connection, fmt: str) -> Response:
    """An export written to a temporary folder and sent as one file (Parquet tables zipped)."""
    from warta.export import export

    if fmt not in EXPORTS:
        raise HTTPException(404, f"unknown export {fmt!r}; one of {', '.join(EXPORTS)}")
    name, kind = EXPORTS[fmt]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / ("parquet" if fmt == "parquet" else name)
        try:
            export(con, fmt, out)
        except ValueError as err:
            raise HTTPException(501, str(err)) from None
        if fmt == "parquet":
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for table in sorted(out.iterdir()):
                    archive.write(table, table.name)
            data = buffer.getvalue()
        else:
            data = out.read_bytes()
    return Response(data, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})
