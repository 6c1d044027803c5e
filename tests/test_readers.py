"""Every reader, on small inputs the tests build themselves."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import readings, run

PARAGRAPHS = [
    "Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada "
    "Senin untuk membahas kerja sama perdagangan kedua negara.",
    "Pertemuan itu juga membahas situasi keamanan di kawasan Asia Tenggara dan rencana "
    "kunjungan balasan tahun depan ke Jakarta.",
    "Kedua menteri sepakat memperkuat kerja sama di bidang energi terbarukan dan pendidikan "
    "tinggi bagi mahasiswa kedua negara.",
]


def html_page(title: str, url: str = "https://berita.example.id/a/1") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="id"><head><title>{title} - Berita Contoh</title>
<meta property="og:title" content="{title}">
<meta name="author" content="Siti Rahma">
<meta property="article:published_time" content="2024-03-04T10:15:00+07:00">
<meta property="article:section" content="Internasional">
<link rel="canonical" href="{url}"></head>
<body><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
<article><h1>{title}</h1><p class="byline">Siti Rahma</p>{body}
<p>Baca juga: Harga Minyak Dunia Turun</p></article>
<footer>Hak cipta 2024 Berita Contoh. Semua hak dilindungi.</footer></body></html>"""


def test_html_page(tmp_path: Path):
    path = tmp_path / "a.html"
    path.write_text(html_page("Retno Bertemu Menlu Jepang di Tokyo"), encoding="utf-8")
    code, out, _ = run("analyze", str(path), "--json")
    assert code == 0
    [doc] = readings(out)
    a = doc["article"]
    assert a["title"] == "Retno Bertemu Menlu Jepang di Tokyo"
    assert a["authors"] == ["Siti Rahma"]
    assert a["published"].startswith("2024-03-04")
    assert a["published_basis"] == "metadata"
    assert a["url"] == "https://berita.example.id/a/1"
    assert [p["text"] for p in a["paragraphs"]][-3:] == PARAGRAPHS
    assert not any("Baca juga" in p["text"] for p in a["paragraphs"])
    assert doc["source"]["format"] == "html"


def test_rss_feed(tmp_path: Path):
    items = "".join(f"""<item><title>Berita {i}</title><link>https://contoh.id/{i}</link>
<pubDate>Mon, 04 Mar 2024 0{i}:00:00 +0700</pubDate><author>redaksi@contoh.id (Redaksi)</author>
<category>Nasional</category><description><![CDATA[<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[i]}</p>]]>
</description></item>""" for i in (1, 2))
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title>
<link>https://contoh.id</link><description>d</description>{items}</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    code, out, _ = run("analyze", str(path), "--json")
    docs = readings(out)
    assert code == 0 and len(docs) == 2
    assert docs[0]["article"]["title"] == "Berita 1"
    assert docs[0]["article"]["url"] == "https://contoh.id/1"
    assert docs[0]["article"]["published"] == "2024-03-03T18:00:00+00:00"
    assert docs[1]["article"]["category"] == "Nasional"
    assert [p["text"] for p in docs[1]["article"]["paragraphs"]] == [PARAGRAPHS[0], PARAGRAPHS[2]]
    assert docs[1]["source"]["record"] == "entry 2"


def test_atom_feed_from_standard_input():
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Contoh</title><id>urn:x</id><updated>2024-03-04T00:00:00Z</updated>
<entry><title>Satu</title><id>urn:1</id><link href="https://contoh.id/satu"/>
<updated>2024-03-04T05:00:00Z</updated><author><name>Budi</name></author>
<content type="html">&lt;p&gt;{PARAGRAPHS[0]}&lt;/p&gt;</content></entry></feed>"""
    code, out, _ = run("analyze", "-", "--json", stdin=atom.encode())
    [doc] = readings(out)
    assert code == 0 and doc["article"]["authors"] == ["Budi"]
    assert doc["source"]["input"] == "-"


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        writer.write_record(writer.create_warc_record(
            "https://contoh.id/robots.txt", "resource", payload=io.BytesIO(b"User-agent: *"),
            warc_content_type="text/plain"))


def test_warc_with_two_records(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://contoh.id/1", html_page("Berita Pertama Hari Ini", "https://contoh.id/1")),
                      ("https://contoh.id/2", html_page("Berita Kedua Hari Ini", "https://contoh.id/2"))])
    code, out, _ = run("analyze", str(path), "--json")
    docs = readings(out)
    assert code == 0
    assert [d["article"]["title"] for d in docs] == ["Berita Pertama Hari Ini", "Berita Kedua Hari Ini"]
    assert [d["article"]["url"] for d in docs] == ["https://contoh.id/1", "https://contoh.id/2"]
    assert all(d["source"]["format"] == "warc" for d in docs)


def test_csv_with_column_map(tmp_path: Path):
    path = tmp_path / "berita.csv"
    body = "\n".join(PARAGRAPHS[:2]) + "\nSCROLL TO CONTINUE WITH CONTENT\n" + PARAGRAPHS[2]
    rows = [["id", "judul", "tautan", "tanggal", "isi_berita"],
            ["7", "Judul Satu", "https://contoh.id/7", "10/22/2025 8:51", body],
            ["8", "Judul Dua", "https://contoh.id/8", "10/21/2025 20:43", PARAGRAPHS[1]]]
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    code, out, _ = run("analyze", str(path), "--json", "--date-order", "MDY",
                       "--map", "text=isi_berita,title=judul,published=tanggal,url=tautan,id=id")
    docs = readings(out)
    assert code == 0 and len(docs) == 2
    first = docs[0]["article"]
    assert first["title"] == "Judul Satu" and first["url"] == "https://contoh.id/7"
    assert first["published"] == "2025-10-22T08:51:00"
    assert [p["text"] for p in first["paragraphs"]] == PARAGRAPHS
    assert docs[0]["source"]["record_id"] == "7"
    assert docs[1]["article"]["published"] == "2025-10-21T20:43:00"


def test_jsonl_and_json_with_default_field_names(tmp_path: Path):
    records = [{"title": "Satu", "url": "https://contoh.id/s", "date_publish": "2024-01-02",
                "maintext": PARAGRAPHS[0]},
               {"title": "Dua", "published": "2024-01-03 09:00:00", "content": PARAGRAPHS[1]}]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    array = tmp_path / "b.json"
    array.write_text(json.dumps(records), encoding="utf-8")
    code, out, _ = run("analyze", str(jsonl), str(array), "--json")
    docs = readings(out)
    assert code == 0
    assert [d["article"]["title"] for d in docs] == ["Satu", "Dua", "Satu", "Dua"]
    assert docs[0]["article"]["published"] == "2024-01-02"
    assert docs[1]["article"]["published"] == "2024-01-03T09:00:00"


def test_folders_are_read_recursively(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Judul Satu Dua\n\n" + PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "a" / "b" / "two.html").write_text(html_page("Judul Dua Tiga"), encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("x", encoding="utf-8")
    code, out, _ = run("analyze", str(tmp_path / "a"), "--json")
    docs = readings(out)
    assert code == 0
    assert sorted(d["article"]["title"] for d in docs) == ["Judul Dua Tiga", "Judul Satu Dua"]


def test_gzipped_jsonl(tmp_path: Path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"title": "Satu", "text": PARAGRAPHS[0]}).encode()))
    code, out, _ = run("analyze", str(path), "--json")
    assert code == 0 and readings(out)[0]["article"]["title"] == "Satu"


def test_bundled_example_without_arguments():
    code, out, _ = run("analyze", "--json")
    [doc] = readings(out)
    assert code == 0 and doc["article"]["category"] == "Dunia"


def test_terminal_report_shows_the_reading():
    code, out, _ = run("analyze")
    assert code == 0
    assert "Kerja Sama Korea Utara-Rusia Kembali jadi Sorotan" in out
    assert "Distika Safara Setianda" in out and "2023-11-09" in out


def test_schema_lists_the_reading_keys():
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    assert {"article", "entities", "times", "events", "quotes", "sentences", "body"} <= set(schema["properties"])
    article = schema["$defs"]["Article"]["properties"]
    assert {"title", "category", "caption", "teaser", "authors", "dateline", "published",
            "published_basis", "language", "paragraphs"} <= set(article)
