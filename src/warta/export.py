"""Exports of a store: GDELT 2.0 Events TSV, GDELT GKG 2.1 TSV, JSON Lines of readings, Parquet tables."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

from warta.store import readings

# GDELT 2.0 Event table columns, in GDELT's order (GDELT Event Codebook V2.0).
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]


def _fraction(day: date) -> str:
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def gdelt_rows(con: sqlite3.Connection) -> list[list[str]]:
    """One row per linked event, filled where warta knows the value, empty elsewhere."""
    rows = con.execute(
        "SELECT v.link, min(v.date) date, v.cameo, v.quad_class, v.score, v.source_country, v.target_country, "
        "max(v.source_sector) source_sector, max(v.target_sector) target_sector, "
        "es.name source, et.name target, v.place, v.place_country, count(*) mentions, "
        "count(DISTINCT a.source) sources, count(DISTINCT v.article) articles, min(a.url) url "
        "FROM events v JOIN articles a ON a.id = v.article LEFT JOIN entities es ON es.id = v.source_entity "
        "LEFT JOIN entities et ON et.id = v.target_entity GROUP BY v.link ORDER BY date, v.link").fetchall()
    out = []
    today = date.today().strftime("%Y%m%d%H%M%S")
    for number, r in enumerate(rows, 1):
        record = dict.fromkeys(GDELT_COLUMNS, "")
        try:
            day = date.fromisoformat((r["date"] or "")[:10])
        except ValueError:
            day = None
        cameo = r["cameo"] or ""
        record.update({
            "GLOBALEVENTID": str(number), "IsRootEvent": "1", "EventCode": cameo, "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2], "QuadClass": str(r["quad_class"] or ""),
            "GoldsteinScale": "" if r["score"] is None else f"{r['score']:.1f}",
            "NumMentions": str(r["mentions"]), "NumSources": str(r["sources"]), "NumArticles": str(r["articles"]),
            # GDELT's actor code is the country then the role: IDNCOP, IDNJUD, USAGOV
            "Actor1Code": (r["source_country"] or "") + (r["source_sector"] or ""),
            "Actor1Name": (r["source"] or "").upper(), "Actor1CountryCode": r["source_country"] or "",
            "Actor1Type1Code": r["source_sector"] or "",
            "Actor2Code": (r["target_country"] or "") + (r["target_sector"] or ""),
            "Actor2Name": (r["target"] or "").upper(), "Actor2CountryCode": r["target_country"] or "",
            "Actor2Type1Code": r["target_sector"] or "",
            "ActionGeo_FullName": r["place"] or "", "DATEADDED": today, "SOURCEURL": r["url"] or "",
        })
        if day:
            record.update({"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
                           "Year": str(day.year), "FractionDate": _fraction(day)})
        out.append([record[c] for c in GDELT_COLUMNS])
    return out


def export(con: sqlite3.Connection, fmt: str, out: Path) -> Path:
    if fmt == "gdelt-events":
        with out.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(gdelt_rows(con))
    elif fmt == "gdelt-gkg":
        from warta.gkg import gkg_rows

        # as GDELT's files: no header, no quoting (the fields hold no tabs or newlines)
        with out.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines("\t".join(row) + "\n" for row in gkg_rows(readings(con)))
    elif fmt == "jsonl":
        with out.open("w", encoding="utf-8") as handle:
            for reading in readings(con):
                handle.write(json.dumps(reading, ensure_ascii=False) + "\n")
    elif fmt == "parquet":
        _parquet(con, out)
    else:
        raise ValueError(f"unknown export format {fmt!r} (gdelt-events, gdelt-gkg, jsonl, parquet)")
    return out


def _parquet(con: sqlite3.Connection, out: Path) -> None:
    """One Parquet file per table in the folder `out`."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("Parquet export needs pyarrow: pip install 'warta[parquet]'") from None
    out.mkdir(parents=True, exist_ok=True)
    queries = {
        "articles": "SELECT id, url, title, published, language, source, (SELECT tone FROM article_tone "
                    "WHERE article = id) tone FROM articles",
        "entities": "SELECT id, name, type, country FROM entities",
        "mentions": 'SELECT article, entity, surface, title, start, "end" FROM mentions',
        "events": "SELECT article, type, cameo, score, quad_class, source_entity, target_entity, source_country, "
                  "target_country, date, place, place_country, negated, intent, hypothetical, link FROM events",
        "quotes": "SELECT article, speaker_entity, speaker, text, direct FROM quotes",
        "counts": "SELECT article, type, number, object, place, day FROM counts",
        "themes": "SELECT article, theme FROM article_themes",
    }
    for name, sql in queries.items():
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        pq.write_table(table, out / f"{name}.parquet")
