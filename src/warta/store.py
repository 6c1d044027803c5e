"""The store: readings in SQLite (WAL), searchable, linked across articles.

Each article is written in one transaction, keyed by its document id (its URL, else its
normalised text), so an ingest that is killed and run again ends with exactly the contents of one
clean run, and an article read again replaces its earlier reading. Entities are linked across
articles by canonical name, type and country; events by code, actors' countries and day.
Every statement is parameterised.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

from warta import __version__
from warta.gazetteer import key_of
from warta.model import Document, ReadFailure, Skipped
from warta.ontology import event_key
from warta.store_gkg import theme_name
from warta.store_rows import ArticleRow, ArticleRows, EventRow, QuoteRow, entity_key

# the schema and opening a store live in store_schema; these names are the store's API too
from warta.store_schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION, NotInStore, StoreError, open_store  # noqa: F401

# What makes a reading: the stages, readers and model code, and the language data. The store,
# the interfaces and the builders are left out: changing them changes no reading.
READING_CODE = ("stages", "readers", "ner", "data")
READING_MODULES = ("model.py", "pipeline.py", "gazetteer.py", "morphology.py", "ontology.py", "resources.py",
                   "textfold.py", "__init__.py")


def fingerprint_of(root: Path) -> str:
    """A hash of the files under `root` that make a reading (names and contents)."""
    digest = hashlib.sha256()
    files = [root / name for name in READING_MODULES if (root / name).is_file()]
    files += [p for part in READING_CODE for p in (root / part).rglob("*")
              if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def pipeline_version() -> str:
    """The version of warta and the fingerprint of its code and data: an article stored by
    another is read again by the next ingest."""
    return f"{__version__}+{fingerprint_of(Path(__file__).parent)}"


def has_current(con: sqlite3.Connection, doc_id: str) -> bool:
    row = con.execute("SELECT pipeline FROM articles WHERE id = ?", (doc_id,)).fetchone()
    return bool(row) and row["pipeline"] == pipeline_version()


def _entity_id(con: sqlite3.Connection, key: str, name: str, kind: str, country: str) -> int:
    found = con.execute("SELECT id FROM entities WHERE key = ? AND type = ? AND country = ?",
                        (key, kind, country)).fetchone()
    if found:  # most entities of an article were seen before: one statement
        return found[0]
    return con.execute("INSERT INTO entities (key, name, type, country) VALUES (?, ?, ?, ?) RETURNING id",
                       (key, name, kind, country)).fetchone()[0]


def _actor_name(ref) -> str:
    """What an event's link names an actor by: its country, else the store's key of its name
    (a body named in full in one article and short in another is one actor)."""
    return (ref.country or (entity_key(ref.name) if ref.name else "")) if ref else ""


def event_link(code: str, kind: str, source: str, target: str, day: str | None) -> str:
    """The key that makes one event of its mentions across articles (ontology.event_key over
    the actors' names and countries)."""
    return "|".join(event_key(code, kind, source, target, day))


def store_document(con: sqlite3.Connection, doc: Document) -> None:
    """Writes one reading, replacing any earlier reading of the same article, in one transaction."""
    with con:
        write_rows(con, article_rows(doc))


def article_rows(doc: Document) -> ArticleRows:
    a = doc.article
    place = {e.id: n for n, e in enumerate(doc.entities)}
    month, day = (a.published or "")[:7] or None, (a.published or "")[:10] or None

    def event(ev, src, tgt) -> EventRow:
        link = event_link(ev.cameo or ev.type, ev.type, _actor_name(src), _actor_name(tgt), ev.date)
        return EventRow(ev.type, ev.cameo, ev.score, ev.quad_class,
                place.get(src.entity) if src else None, place.get(tgt.entity) if tgt else None,
                src.country if src else None, tgt.country if tgt else None, ev.date,
                ev.place.name if ev.place else None, ev.place.country if ev.place else None,
                ev.sentence, ev.negated, ev.intent, ev.hypothetical, link,
                src.sector if src else None, tgt.sector if tgt else None, ev.mode, ";".join(ev.contexts))

    return ArticleRows(
        id=doc.id,
        article=ArticleRow(a.url, a.title, a.published, a.language, doc.source.input, doc.source.record or "",
                           pipeline_version(), doc.to_json()),
        search=(a.title or "", doc.body),
        entities=[(entity_key(e.name), e.name, e.type, e.country or "") for e in doc.entities],
        mentions=[(n, m.text, e.title, m.start, m.end) for n, e in enumerate(doc.entities) for m in e.mentions],
        article_entities=[(n, e.title, month, len(e.mentions)) for n, e in enumerate(doc.entities)],
        actors=[(n, e.title, e.country, day, day) for n, e in enumerate(doc.entities)
                if e.type == "PERSON" and e.title and e.country],
        events=[event(ev, src, tgt) for ev in doc.events for src, tgt in ev.dyads()],  # a row per pair, as GDELT
        quotes=[QuoteRow(place.get(q.speaker.entity) if q.speaker and q.speaker.entity else None,
                         q.speaker.name if q.speaker else None, q.text, q.direct, a.published) for q in doc.quotes],
        counts=[(c.type, c.number, c.object, c.place.name if c.place else None, day) for c in doc.counts],
        themes=[t.name for t in doc.themes],
        tone=doc.tone.tone if doc.tone else None,
    )


def write_rows(con: sqlite3.Connection, rows: ArticleRows) -> None:
    """Writes one reading inside the caller's transaction, replacing an earlier reading of the
    same article: a few statements per article, not one per mention."""
    doc_id = rows.id
    earlier = con.execute("SELECT fts FROM articles WHERE id = ?", (doc_id,)).fetchone()
    if earlier:
        con.execute("DELETE FROM search WHERE rowid = ?", (earlier[0],))
        con.execute("DELETE FROM articles WHERE id = ?", (doc_id,))
    fts = con.execute("INSERT INTO search (id, title, body) VALUES (?, ?, ?)", (doc_id, *rows.search)).lastrowid
    con.execute("INSERT INTO articles (id, url, title, published, language, source, record, pipeline, reading, fts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (doc_id, *rows.article, fts))
    ids = [_entity_id(con, *entity) for entity in rows.entities]

    def entity(place: int | None) -> int | None:
        return None if place is None else ids[place]

    con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                    [(doc_id, ids[n], *rest) for n, *rest in rows.mentions])
    con.executemany("INSERT INTO article_entities VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, article) "
                    "DO UPDATE SET mentions = mentions + excluded.mentions",
                    [(doc_id, ids[n], *rest) for n, *rest in rows.article_entities])
    con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, title, country) DO UPDATE "
                    "SET first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen), "
                    "last_seen = max(coalesce(last_seen, excluded.last_seen), excluded.last_seen)",
                    [(ids[n], *rest) for n, *rest in rows.actors])
    con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 21)})",
                    [(doc_id, *e._replace(source=entity(e.source), target=entity(e.target))) for e in rows.events])
    con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)",
                    [(doc_id, *q._replace(speaker=entity(q.speaker))) for q in rows.quotes])
    con.executemany("INSERT INTO counts VALUES (?, ?, ?, ?, ?, ?)", [(doc_id, *c) for c in rows.counts])
    con.executemany("INSERT OR IGNORE INTO article_themes VALUES (?, ?)", [(doc_id, t) for t in rows.themes])
    if rows.tone is not None:
        con.execute("INSERT INTO article_tone VALUES (?, ?, ?)",
                    (doc_id, (rows.article.published or "")[:10] or None, rows.tone))
    con.execute("DELETE FROM failures WHERE input = ? AND record = ?", (rows.article.source, rows.article.record))


def record_failure(con: sqlite3.Connection, failure: ReadFailure) -> None:
    with con:
        write_failure(con, failure)


def write_failure(con: sqlite3.Connection, failure: ReadFailure) -> None:
    con.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)",
                (failure.input, failure.record or "", failure.reason))


def _write_reading(con: sqlite3.Connection, item: Document | ArticleRows) -> ReadFailure | None:
    """Writes one reading, all its rows or none (a savepoint); a reading the store refuses
    (a value SQLite cannot hold) is written as that record's failure instead. The store's own
    troubles (locked, disk full: OperationalError) are not the record's and go up."""
    con.execute("SAVEPOINT reading")
    try:
        write_rows(con, item if isinstance(item, ArticleRows) else article_rows(item))
    except Exception as err:  # one reading that cannot be stored must not stop the ingest
        con.execute("ROLLBACK TO reading")
        con.execute("RELEASE reading")
        if isinstance(err, sqlite3.OperationalError):
            raise
        source, record = ((str(item.article.source), str(item.article.record) or None) if isinstance(item, ArticleRows)
                          else (item.source.input, item.source.record))
        failure = ReadFailure(source, f"cannot store the reading ({type(err).__name__}: {err})", record)
        write_failure(con, failure)
        return failure
    con.execute("RELEASE reading")
    return None


def ingest(con: sqlite3.Connection, items: Iterable[Document | ArticleRows | ReadFailure | Skipped],
           batch: int = 1) -> Iterator[tuple[str, object]]:
    """Stores readings and failures; yields ("stored"|"reread"|"failed"|"unchanged", item) as it
    goes: "reread" is an article stored before by another pipeline (another version, code or
    data), replaced. A Skipped is an article the caller found already current: counted,
    not stored.

    Every `batch` items are committed together (one commit costs as much as writing a short
    article); if the loop is interrupted, the uncommitted items are rolled back, and a rerun of
    the ingest reads them again."""
    pending = 0
    try:
        for item in items:
            if isinstance(item, Skipped):
                outcome = "unchanged"
            elif isinstance(item, ReadFailure):
                write_failure(con, item)
                outcome, pending = "failed", pending + 1
            else:
                known = con.execute("SELECT 1 FROM articles WHERE id = ?", (item.id,)).fetchone()
                failure = _write_reading(con, item)
                outcome, item = ("failed", failure) if failure else ("reread" if known else "stored", item)
                pending += 1
            if pending >= batch:
                con.commit()
                pending = 0
            yield outcome, item
    except BaseException:
        con.rollback()
        raise
    con.commit()


# ---- queries -----------------------------------------------------------------------------------

def fts_query(text: str) -> str:
    """A user's search words as an FTS5 query: each word quoted, so punctuation and FTS5
    operators in the input are searched for, never interpreted."""
    words = [w for w in text.replace('"', " ").split() if w.strip()]
    if not words:
        raise StoreError("empty search: give one or more words")
    return " ".join(f'"{w}"' for w in words)


def _theme_clause(theme: str | None, column: str) -> tuple[str, list]:
    """SQL keeping the articles of a theme (a GKG theme name, any case, matched whole)."""
    if theme is None:
        return "", []
    return f" AND {column} IN (SELECT article FROM article_themes WHERE theme = ?)", [theme_name(theme)]


def search(con: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = ("[", "]"), theme: str | None = None) -> list[dict]:
    """Articles matching the words (and of the theme), best first; `snippet` shows the matches
    between `marks`."""
    clause, args = _theme_clause(theme, "a.id")
    rows = con.execute(
        "SELECT a.id, a.title, a.published, a.url, snippet(search, 2, ?, ?, '…', 12) AS snippet "
        f"FROM search JOIN articles a ON a.id = search.id WHERE search MATCH ?{clause} ORDER BY rank LIMIT ? OFFSET ?",
        (*marks, fts_query(text), *args, limit, offset)).fetchall()
    return [dict(r) for r in rows]


def search_count(con: sqlite3.Connection, text: str, theme: str | None = None) -> int:
    clause, args = _theme_clause(theme, "id")
    return con.execute(f"SELECT count(*) FROM search WHERE search MATCH ?{clause}",
                       (fts_query(text), *args)).fetchone()[0]


def latest_articles(con: sqlite3.Connection, limit: int = 20, offset: int = 0, theme: str | None = None) -> list[dict]:
    """Articles (of the theme), newest first (those without a date last)."""
    clause, args = _theme_clause(theme, "id")
    rows = con.execute("SELECT id, title, published, url, substr(json_extract(reading, '$.body'), 1, 160) snippet "
                       f"FROM articles WHERE 1 = 1{clause} ORDER BY published IS NULL, published DESC, id "
                       "LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
    return [dict(r) for r in rows]


def article_count(con: sqlite3.Connection, theme: str | None = None) -> int:
    clause, args = _theme_clause(theme, "id")
    return con.execute(f"SELECT count(*) FROM articles WHERE 1 = 1{clause}", args).fetchone()[0]


def reading(con: sqlite3.Connection, doc_id: str) -> dict:
    """One article's stored reading, as `analyze --json` printed it."""
    row = con.execute("SELECT reading FROM articles WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotInStore(f"no article with id {doc_id!r} in the store")
    return json.loads(row["reading"])


def like_literal(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': its own % and _ are letters, not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_entities(con: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    key = entity_key(name)
    rows = con.execute("SELECT * FROM entities WHERE key IN (?, ?)", (key, " ".join(key_of(name)))).fetchall()
    if not rows:  # "Blinken" for Antony Blinken: a name's first or last words
        # the key's own % and _ are letters here, not LIKE's wildcards
        literal = like_literal(key)
        rows = con.execute("SELECT * FROM entities WHERE key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'",
                           (f"{literal} %", f"% {literal}")).fetchall()
    return rows


def entity_profile(con: sqlite3.Connection, name: str, recent: int = 1000) -> dict:
    """Titles seen, articles per month, the entities most often in the same articles (among
    the entity's `recent` latest articles), and its latest quotes."""
    found = find_entities(con, name)
    if not found:
        raise NotInStore(f"no entity named {name!r} in the store")
    ids = [r["id"] for r in found]
    marks = ",".join("?" * len(ids))
    titles = con.execute(f"SELECT title, count(*) articles FROM article_entities WHERE entity IN ({marks}) "
                         f"AND title IS NOT NULL GROUP BY title ORDER BY articles DESC", ids).fetchall()
    over_time = con.execute(f"SELECT month, count(*) articles FROM article_entities WHERE entity IN ({marks}) "
                            f"GROUP BY month ORDER BY month", ids).fetchall()
    together = con.execute(
        f"WITH latest AS (SELECT article FROM article_entities WHERE entity IN ({marks}) "
        f"ORDER BY month DESC LIMIT ?) "
        f"SELECT e.name, e.type, count(*) articles FROM latest JOIN article_entities o ON o.article = latest.article "
        f"JOIN entities e ON e.id = o.entity WHERE o.entity NOT IN ({marks}) "
        f"GROUP BY e.id ORDER BY articles DESC LIMIT 10", [*ids, recent, *ids]).fetchall()
    said = con.execute(f"SELECT text, published FROM quotes WHERE speaker_entity IN ({marks}) "
                       f"ORDER BY published DESC LIMIT 20", ids).fetchall()
    first = found[0]
    return {"name": first["name"], "type": first["type"], "country": first["country"] or None,
            "titles": [dict(r) for r in titles], "articles_by_month": [dict(r) for r in over_time],
            "co_occurring": [dict(r) for r in together], "quotes": [dict(r) for r in said]}


def _actor_clause(name: str, column: str, entity_column: str, con: sqlite3.Connection) -> tuple[str, list]:
    """SQL matching an actor given as an ISO3 code or a name."""
    if len(name) == 3 and name.isalpha() and name.isupper():
        return f"{column} = ?", [name]
    ids = [r["id"] for r in find_entities(con, name)] or [-1]
    return f"{entity_column} IN ({','.join('?' * len(ids))})", ids


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def merge_adjacent_days(rows: list[dict]) -> list[dict]:
    """Rows of one event told with dates a day apart (a report dated by its local day, another by
    Jakarta's) become one row: same code and actors, dates within a day."""
    def identity(row: dict) -> str:
        return row["link"].rsplit("|", 1)[0]

    merged: list[dict] = []
    for row in sorted(rows, key=lambda r: (identity(r), r.get("date") or "")):
        last = merged[-1] if merged else None
        day, previous = _day(row.get("date")), _day(last.get("date")) if last else None
        if last and identity(last) == identity(row) and day and previous and (day - previous).days <= 1:
            last["articles"] = last.get("articles", 0) + row.get("articles", 0)
            continue
        merged.append(dict(row))
    return sorted(merged, key=lambda r: (r.get("date") or "", r["link"]))


def events(con: sqlite3.Connection, kind: str | None = None, actor: str | None = None,
           country: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 100, context: str | None = None) -> list[dict]:
    where, args = ["1 = 1"], []
    if context:  # one of the PLOVER contexts stored ";"-joined: matched whole
        where.append("(';' || v.contexts || ';') LIKE ? ESCAPE '\\'")
        args.append(f"%;{like_literal(context.lower())};%")
    if kind:
        where.append("v.type = ?")
        args.append(kind.upper())
    if actor:
        s_clause, s_args = _actor_clause(actor, "v.source_country", "v.source_entity", con)
        t_clause, t_args = _actor_clause(actor, "v.target_country", "v.target_entity", con)
        where.append(f"({s_clause} OR {t_clause})")
        args += s_args + t_args
    if country:
        where.append("(v.source_country = ? OR v.target_country = ?)")
        args += [country.upper(), country.upper()]
    if since:
        where.append("v.date >= ?")
        args.append(since)
    if until:
        where.append("v.date <= ?")
        args.append(until + "~")
    sql = (f"SELECT v.link, v.type, v.cameo, v.score, v.date, v.source_country, v.target_country, "
           f"es.name source, et.name target, max(v.contexts) contexts, count(DISTINCT v.article) articles, "
           f"min(v.sentence) evidence "
           f"FROM events v LEFT JOIN entities es ON es.id = v.source_entity "
           f"LEFT JOIN entities et ON et.id = v.target_entity WHERE {' AND '.join(where)} "
           f"GROUP BY v.link ORDER BY v.date LIMIT ?")
    return merge_adjacent_days([dict(r) for r in con.execute(sql, [*args, limit]).fetchall()])


def timeline(con: sqlite3.Connection, first: str, second: str) -> list[dict]:
    """Events between two actors (names or ISO3 codes), in either direction, over time."""
    a1, a1_args = _actor_clause(first, "v.source_country", "v.source_entity", con)
    b1, b1_args = _actor_clause(second, "v.target_country", "v.target_entity", con)
    a2, a2_args = _actor_clause(second, "v.source_country", "v.source_entity", con)
    b2, b2_args = _actor_clause(first, "v.target_country", "v.target_entity", con)
    sql = (f"SELECT v.link, v.date, v.type, v.cameo, v.score, es.name source, et.name target, "
           f"v.source_country, v.target_country, count(DISTINCT v.article) articles, min(v.sentence) evidence "
           f"FROM events v LEFT JOIN entities es ON es.id = v.source_entity "
           f"LEFT JOIN entities et ON et.id = v.target_entity "
           f"WHERE (({a1}) AND ({b1})) OR (({a2}) AND ({b2})) GROUP BY v.link ORDER BY v.date")
    return merge_adjacent_days([dict(r) for r in con.execute(sql, a1_args + b1_args + a2_args + b2_args).fetchall()])


def network(con: sqlite3.Connection, by: str = "country", limit: int = 100) -> list[dict]:
    """Actor graph edges: event counts and mean score between pairs of countries (or entities)."""
    if by == "country":
        sql = ("SELECT source_country source, target_country target, count(*) events, "
               "round(avg(score), 2) mean_score "
               "FROM (SELECT DISTINCT link, source_country, target_country, score FROM events "
               "WHERE source_country IS NOT NULL AND target_country IS NOT NULL) "
               "GROUP BY source, target ORDER BY events DESC LIMIT ?")
    else:
        sql = ("SELECT es.name source, et.name target, count(*) events, round(avg(v.score), 2) mean_score "
               "FROM (SELECT DISTINCT link, source_entity, target_entity, score FROM events) v "
               "JOIN entities es ON es.id = v.source_entity JOIN entities et ON et.id = v.target_entity "
               "GROUP BY es.id, et.id ORDER BY events DESC LIMIT ?")
    return [dict(r) for r in con.execute(sql, (limit,)).fetchall()]


def learned_actors(con: sqlite3.Connection) -> list[dict]:
    """The actor dictionary the store has learned, in the form of data/actors.toml: each person
    with the titles and country seen, and the years they were seen with them."""
    rows = con.execute("SELECT e.name, a.title, a.country, a.first_seen, a.last_seen FROM actors a "
                       "JOIN entities e ON e.id = a.entity ORDER BY e.name, a.first_seen").fetchall()
    actors: dict[tuple[str, str], dict] = {}
    for r in rows:
        actor = actors.setdefault((r["name"], r["country"]), {"name": r["name"], "country": r["country"], "roles": []})
        role = {"title": r["title"]}
        if r["first_seen"]:
            role["from"] = int(r["first_seen"][:4])
        if r["last_seen"]:
            role["to"] = int(r["last_seen"][:4])
        actor["roles"].append(role)
    return list(actors.values())


def failures(con: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in con.execute("SELECT * FROM failures ORDER BY input, record").fetchall()]


def readings(con: sqlite3.Connection) -> Iterator[dict]:
    for row in con.execute("SELECT reading FROM articles ORDER BY id"):
        yield json.loads(row["reading"])


def contents(con: sqlite3.Connection) -> list[tuple]:
    """Everything stored, in a fixed order: for comparing two stores."""
    out = []
    for table, order in (("articles", "id"), ("entities", "key, type, country"), ("failures", "input, record")):
        cols = "id, url, title, published, reading" if table == "articles" else "*"
        if table == "entities":
            cols = "key, name, type, country"
        out += [tuple(r) for r in con.execute(f"SELECT {cols} FROM {table} ORDER BY {order}")]
    out += [tuple(r) for r in con.execute(
        "SELECT v.article, v.link, v.type FROM events v ORDER BY v.article, v.link, v.type")]
    out += [tuple(r) for r in con.execute("SELECT * FROM counts ORDER BY article, type, number, place")]
    out += [tuple(r) for r in con.execute("SELECT article, theme FROM article_themes ORDER BY article, theme")]
    out += [tuple(r) for r in con.execute("SELECT * FROM article_tone ORDER BY article")]
    return out
