"""Query times of the store at scale: the readings of real articles replicated to N articles.

Run: python -m bench.store [--articles 100000] [--db /tmp/warta-bench.db]
Seeds the store with the Detik rows (when ../shared is there) or the bundled example, then
copies articles, mentions, events, quotes and the search index with new ids inside SQLite until
the store holds N articles; prints the median of 5 runs of each query.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.speed import median_seconds, records
from warta.pipeline import default_pipeline
from warta.store import entity_profile, ingest, latest_articles, open_store, search, timeline
from warta.store_gkg import count_totals, tone_over_time


def build(db: Path, articles: int, seed_rows: int) -> None:
    db.unlink(missing_ok=True)
    con = open_store(db)
    recs, what = records(seed_rows)
    pipeline = default_pipeline("MDY")
    for _ in ingest(con, pipeline.run(recs)):
        pass
    seed = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = max(0, -(-articles // seed) - 1)
    print(f"seeded with {seed} readings of {what}; {copies} copies of each")
    with con:
        for n in range(1, copies + 1):
            suffix = f"-{n}"
            con.execute("INSERT INTO articles SELECT id || ?, url, title, published, language, source, record, "
                        "pipeline, reading, NULL FROM articles WHERE id NOT LIKE '%-%'", (suffix,))
            con.execute("INSERT INTO search (id, title, body) SELECT id || ?, title, body FROM search "
                        "WHERE id NOT LIKE '%-%'", (suffix,))
            con.execute('INSERT INTO mentions SELECT article || ?, entity, surface, title, start, "end" FROM mentions '
                        "WHERE article NOT LIKE '%-%'", (suffix,))
            con.execute("INSERT INTO events SELECT article || ?, type, cameo, score, quad_class, source_entity, "
                        "target_entity, source_country, target_country, date, place, place_country, sentence, "
                        "negated, intent, hypothetical, link, source_sector, target_sector, mode, contexts "
                        "FROM events WHERE article NOT LIKE '%-%'", (suffix,))
            con.execute("INSERT INTO quotes SELECT article || ?, speaker_entity, speaker, text, direct, published "
                        "FROM quotes WHERE article NOT LIKE '%-%'", (suffix,))
            con.execute("INSERT INTO article_entities SELECT article || ?, entity, title, month, mentions "
                        "FROM article_entities WHERE article NOT LIKE '%-%'", (suffix,))
            for table in ("counts", "article_themes", "article_tone"):  # the GKG tables (schema 4)
                columns = ", ".join(r[1] for r in con.execute(f"PRAGMA table_info({table})"))
                con.execute(f"INSERT INTO {table} SELECT article || ?, {columns.split(', ', 1)[1]} FROM {table} "
                            f"WHERE article NOT LIKE '%-%'", (suffix,))
    with con:  # each copy's row in the search index, as the store's writer records it
        con.executemany("UPDATE articles SET fts = ? WHERE id = ?",
                        con.execute("SELECT rowid, id FROM search").fetchall())
    con.execute("PRAGMA optimize")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed-rows", type=int, default=300)
    parser.add_argument("--db", default="/tmp/warta-bench.db")
    args = parser.parse_args()
    db = Path(args.db)
    started = time.perf_counter()
    build(db, args.articles, args.seed_rows)
    con = open_store(db, readonly=True)
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"built {total} articles in {time.perf_counter() - started:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")
    person = con.execute("SELECT e.name FROM entities e JOIN mentions m ON m.entity = e.id WHERE e.type = 'PERSON' "
                         "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    pair = con.execute("SELECT source_country, target_country FROM events WHERE source_country IS NOT NULL AND "
                       "target_country IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1").fetchone()
    print(f"{'query':<40}{'median ms':>10}")
    for label, fn in [
        ("search 'korupsi' (20 hits)", lambda: search(con, "korupsi")),
        ("search 'Korea Utara' (20 hits)", lambda: search(con, "Korea Utara")),
        (f"timeline {pair[0]} {pair[1]}", lambda: timeline(con, pair[0], pair[1])),
        (f"entity {person!r}", lambda: entity_profile(con, person)),
        ("counts KILL by day", lambda: count_totals(con, "KILL")),
        ("counts of every type by month", lambda: count_totals(con, by="month")),
        ("counts of every type by place", lambda: count_totals(con, by="place")),
        (f"tone {person!r} by month", lambda: tone_over_time(con, person)),
        ("search 'korupsi' theme CORRUPTION", lambda: search(con, "korupsi", theme="corruption")),
        ("latest of theme CORRUPTION (20)", lambda: latest_articles(con, theme="corruption")),
    ]:
        print(f"{label:<40}{median_seconds(fn, 5) * 1000:>10.1f}")


if __name__ == "__main__":
    main()
