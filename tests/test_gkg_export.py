"""`warta export --format gdelt-gkg`: a small store written, exported, and read back by column name."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.conftest import readings, run
from tests.test_counts_amounts import document
from warta.gkg import GKG_COLUMNS
from warta.model import Geo, Quote, Speaker, TimeExpr
from warta.store import open_store, store_document


def test_gkg_columns_are_gdelts_27_in_order():
    assert len(GKG_COLUMNS) == 27
    assert GKG_COLUMNS[:5] == ["GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
                               "V2DOCUMENTIDENTIFIER"]
    assert GKG_COLUMNS[15] == "V1.5TONE" and GKG_COLUMNS[-3:] == ["V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
                                                                  "V2EXTRASXML"]


def test_a_store_exports_as_gkg_rows(tmp_path: Path):
    doc = document("Banjir menewaskan 3 orang di Garut.\nKPK menahan Budi Santoso atas suap Rp 4,5 miliar.",
                   [("Garut", "PLACE", "IDN"), ("KPK", "ORG", "IDN"), ("Budi Santoso", "PERSON", "IDN")])
    doc.entities[0].geo = Geo(geonames_id=1644015, lat=-7.2279, lon=107.9087)
    doc.article.title, doc.article.url = "Banjir di Garut", "https://news.example.id/banjir"
    doc.times = [TimeExpr(start=0, end=6, text="Banjir", type="DATE", value="2025-10-21")]
    doc.quotes = [Quote(start=36, end=41, text="KPK m", speaker=Speaker(name="KPK"))]
    db = tmp_path / "w.db"
    with open_store(db) as con:
        store_document(con, doc)
    out = tmp_path / "gkg.tsv"
    code, _, err = run("export", "--db", str(db), "--format", "gdelt-gkg", "--out", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, fieldnames=GKG_COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 1 and None not in rows[0]  # 27 fields, no more
    row = rows[0]
    assert row["GKGRECORDID"].endswith("-1") and row["V2.1DATE"] == "20251022000000"
    assert (row["V2SOURCECOLLECTIONIDENTIFIER"], row["V2SOURCECOMMONNAME"], row["V2DOCUMENTIDENTIFIER"]) == (
        "1", "news.example.id", "https://news.example.id/banjir")
    assert row["V1COUNTS"] == "KILL#3#orang#4#Garut#IDN##-7.2279#107.9087#1644015;"
    assert row["V2.1COUNTS"] == "KILL#3#orang#4#Garut#IDN##-7.2279#107.9087#1644015#18;"
    assert row["V1THEMES"] == "CORRUPTION;NATURAL_DISASTER;NATURAL_DISASTER_FLOOD;"  # most told first
    assert row["V2ENHANCEDTHEMES"] == "NATURAL_DISASTER,0;NATURAL_DISASTER_FLOOD,0;CORRUPTION,36;CORRUPTION,66;"
    assert row["V1LOCATIONS"] == "4#Garut#IDN##-7.2279#107.9087#1644015;"
    assert row["V2ENHANCEDLOCATIONS"] == "4#Garut#IDN###-7.2279#107.9087#1644015#29;"
    assert (row["V1PERSONS"], row["V2ENHANCEDPERSONS"]) == ("Budi Santoso;", "Budi Santoso,48;")
    assert (row["V1ORGANIZATIONS"], row["V2ENHANCEDORGANIZATIONS"]) == ("KPK;", "KPK,36;")
    tone = row["V1.5TONE"].split(",")
    # 13 words; positive none, negative banjir, menewaskan, suap: tone = positive - negative
    assert tone == ["-23.08", "0", "23.08", "23.08", "15.38", "0", "13"]
    assert row["V2.1ENHANCEDDATES"] == "4#10#21#2025#0;"
    assert row["V2GCAM"] == "wc:13"
    assert row["V2.1QUOTATIONS"] == "36|5||KPK m"
    assert row["V2.1ALLNAMES"] == "Garut,29;KPK,36;Budi Santoso,48;"
    assert row["V2.1AMOUNTS"] == "4500000000,IDR suap,71;"
    assert row["V2EXTRASXML"] == "<PAGE_TITLE>Banjir di Garut</PAGE_TITLE>"
    assert all(row[c] == "" for c in ("V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
                                      "V2.1SOCIALVIDEOEMBEDS", "V2.1TRANSLATIONINFO"))


def test_analyze_shows_the_new_layers():
    text = ("Banjir bandang menerjang Garut. Tiga orang tewas dan dua warga dinyatakan hilang. "
            "Kerugian ditaksir mencapai Rp 11 miliar.")
    code, out, _ = run("analyze", "-", "--json", stdin=text)
    reading = readings(out)[0]
    assert code == 0
    assert [(c["type"], c["number"]) for c in reading["counts"]] == [("KILL", 3), ("MISSING", 2)]
    assert [(a["value"], a["currency"], a["object"]) for a in reading["amounts"]] == [(11e9, "IDR", "kerugian")]
    assert reading["themes"][0]["name"] == "NATURAL_DISASTER" and reading["tone"]["negative"] > 0
    code, out, _ = run("analyze", "-", stdin=text)
    assert "Counts" in out and "Amounts" in out and "NATURAL_DISASTER_FLOOD" in out
