"""The store's tables, opening a store and bringing an older one up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from warta.store_rows import entity_key

SCHEMA_VERSION = 5
APPLICATION_ID = 0x57415254  # "WART": marks a file as warta's store

# schema 4: the GKG layers a query sums or filters on, copied out of the readings at ingest
GKG_TABLES = (
    # one row per count told; `day` is the article's publication day, the day of its incident
    "CREATE TABLE IF NOT EXISTS counts (article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
    "type TEXT NOT NULL, number REAL NOT NULL, object TEXT, place TEXT, day TEXT)",
    "CREATE INDEX IF NOT EXISTS counts_type_day ON counts(type, day)",
    "CREATE INDEX IF NOT EXISTS counts_article ON counts(article)",
    # the article-level themes; NOCASE, so a filter matches "corruption" to CORRUPTION on the index
    "CREATE TABLE IF NOT EXISTS article_themes (article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
    "theme TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (theme, article))",
    "CREATE INDEX IF NOT EXISTS article_themes_article ON article_themes(article)",
    # the article's tone and day in a small row of their own: a column of `articles` stands after
    # the reading, and SQLite reaches it only through the reading's overflow pages
    "CREATE TABLE IF NOT EXISTS article_tone (article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
    "day TEXT, tone REAL NOT NULL) WITHOUT ROWID",
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT, language TEXT, source TEXT,
  record TEXT, pipeline TEXT NOT NULL, reading TEXT NOT NULL,
  fts INTEGER);  -- the article's rowid in `search`, so replacing it never scans the index
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '', UNIQUE(key, type, country));
CREATE TABLE IF NOT EXISTS mentions (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id), surface TEXT NOT NULL, title TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
CREATE TABLE IF NOT EXISTS events (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type TEXT NOT NULL, cameo TEXT, score REAL, quad_class INTEGER,
  source_entity INTEGER REFERENCES entities(id), target_entity INTEGER REFERENCES entities(id),
  source_country TEXT, target_country TEXT, date TEXT, place TEXT, place_country TEXT,
  sentence TEXT, negated INTEGER, intent INTEGER, hypothetical INTEGER, link TEXT NOT NULL,
  source_sector TEXT, target_sector TEXT, mode TEXT, contexts TEXT);  -- contexts: ";"-joined
CREATE INDEX IF NOT EXISTS events_link ON events(link);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE INDEX IF NOT EXISTS events_countries ON events(source_country, target_country, date);
CREATE TABLE IF NOT EXISTS quotes (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_entity INTEGER REFERENCES entities(id), speaker TEXT, text TEXT NOT NULL, direct INTEGER,
  published TEXT);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity, published);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
-- one row per entity per article: what entity profiles read, far fewer rows than mentions
CREATE TABLE IF NOT EXISTS article_entities (
  article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id), title TEXT, month TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, article));
CREATE INDEX IF NOT EXISTS article_entities_month ON article_entities(entity, month);
CREATE INDEX IF NOT EXISTS article_entities_article ON article_entities(article);
-- the actor dictionary learned from what was read: who held which title for which country, when
CREATE TABLE IF NOT EXISTS actors (
  entity INTEGER NOT NULL REFERENCES entities(id), title TEXT NOT NULL, country TEXT NOT NULL,
  first_seen TEXT, last_seen TEXT, PRIMARY KEY (entity, title, country));
CREATE TABLE IF NOT EXISTS failures (input TEXT NOT NULL, record TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL,
  PRIMARY KEY (input, record));
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
  id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
""" + ";\n".join(GKG_TABLES) + ";\n"


class StoreError(Exception):
    """A store that cannot be opened or a query that cannot run; the message says why."""


class NotInStore(StoreError):
    """What a query names (an article, an entity) is not in the store: HTTP 404, not 400."""


def open_store(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Opens (or creates) a store; refuses a file that is not SQLite or not warta's."""
    path = Path(path)
    if readonly and not path.exists():
        raise StoreError(f"{path}: no such store; create it with `warta ingest`")
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=30)
        app = con.execute("PRAGMA application_id").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path}: not a warta store ({err})") from None
    if tables and app != APPLICATION_ID:
        con.close()
        raise StoreError(f"{path}: a SQLite file of another application, not a warta store")
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        con.execute("PRAGMA journal_mode = WAL")
        # in WAL mode NORMAL never corrupts the store; a power cut may lose the last articles,
        # which a rerun of the ingest reads again
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _upgrade(con)
        con.executescript(SCHEMA)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        con.commit()
    return con


def _upgrade(con: sqlite3.Connection) -> None:
    """Brings an older store to this schema: schema 2 gave each article its row in the search
    index; schema 3 gives each event its actors' sectors, PLOVER mode and contexts (empty for
    events stored before, until their articles are read again); schema 4 copies each article's
    tone, counts and themes out of its stored reading (SQLite's JSON functions: no re-reading);
    schema 5 keys a body by the gazetteer's name for it (store_rows.entity_key), merging the
    entities stored under its short and its full name."""
    columns = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    if not columns:
        return  # a new store
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with con:
        if "fts" not in columns:
            con.execute("ALTER TABLE articles ADD COLUMN fts INTEGER")
            con.executemany("UPDATE articles SET fts = ? WHERE id = ?",
                            con.execute("SELECT rowid, id FROM search").fetchall())
        have = {r[1] for r in con.execute("PRAGMA table_info(events)")}
        for column in ("source_sector", "target_sector", "mode", "contexts"):
            if column not in have:
                con.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
        if "article_tone" not in tables:
            for statement in GKG_TABLES:
                con.execute(statement)
            # the same values article_rows() gives a new reading
            con.execute("INSERT INTO article_tone SELECT id, nullif(substr(published, 1, 10), ''), "
                        "json_extract(reading, '$.tone.tone') FROM articles "
                        "WHERE json_extract(reading, '$.tone.tone') IS NOT NULL")
            con.execute("INSERT INTO counts SELECT a.id, json_extract(c.value, '$.type'), "
                        "json_extract(c.value, '$.number'), json_extract(c.value, '$.object'), "
                        "json_extract(c.value, '$.place.name'), nullif(substr(a.published, 1, 10), '') "
                        "FROM articles a, json_each(a.reading, '$.counts') c")
            con.execute("INSERT OR IGNORE INTO article_themes SELECT a.id, json_extract(t.value, '$.name') "
                        "FROM articles a, json_each(a.reading, '$.themes') t")
        stored = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if stored and int(stored[0]) < 5:
            _rekey_entities(con)


def _rekey_entities(con: sqlite3.Connection) -> None:
    """Every entity under entity_key(name); entities that now share key, type and country become
    the first stored. The old-to-new map is made first and the keys written last (through keys no
    name can have), so no two rows ever hold one key; per-article rows are added up as an ingest
    adds them, one statement a table."""
    rows = con.execute("SELECT id, name, type, country FROM entities ORDER BY id").fetchall()
    first: dict[tuple, int] = {}
    keys: dict[int, str] = {}
    moved: list[tuple[int, int]] = []
    for ident, name, kind, country in rows:
        key = entity_key(name)
        kept = first.setdefault((key, kind, country), ident)
        if kept == ident:
            keys[ident] = key
        else:
            moved.append((ident, kept))
    con.execute("CREATE TEMP TABLE rekeyed (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    con.executemany("INSERT INTO rekeyed VALUES (?, ?)", moved)
    con.execute("INSERT INTO article_entities SELECT a.article, r.new, a.title, a.month, a.mentions "
                "FROM article_entities a JOIN rekeyed r ON r.old = a.entity WHERE true "
                "ON CONFLICT (entity, article) DO UPDATE SET mentions = mentions + excluded.mentions")
    con.execute("INSERT INTO actors SELECT r.new, a.title, a.country, a.first_seen, a.last_seen "
                "FROM actors a JOIN rekeyed r ON r.old = a.entity WHERE true ON CONFLICT (entity, title, country) "
                "DO UPDATE SET first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen), "
                "last_seen = max(coalesce(last_seen, excluded.last_seen), excluded.last_seen)")
    for table in ("article_entities", "actors"):
        con.execute(f"DELETE FROM {table} WHERE entity IN (SELECT old FROM rekeyed)")
    for table, column in (("mentions", "entity"), ("events", "source_entity"), ("events", "target_entity"),
                          ("quotes", "speaker_entity")):
        con.execute(f"UPDATE {table} SET {column} = (SELECT new FROM rekeyed WHERE old = {column}) "
                    f"WHERE {column} IN (SELECT old FROM rekeyed)")
    con.execute("DELETE FROM entities WHERE id IN (SELECT old FROM rekeyed)")
    con.execute("DROP TABLE rekeyed")
    con.execute("UPDATE entities SET key = '#' || id")  # no entity_key starts with "#"
    con.executemany("UPDATE entities SET key = ? WHERE id = ?", [(key, ident) for ident, key in keys.items()])
