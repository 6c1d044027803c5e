"""Stores for the web tests: the example article, a few short articles, and a hostile one."""

from __future__ import annotations

import json
from pathlib import Path

from warta.pipeline import default_pipeline
from warta.readers import ReaderOptions, read_inputs
from warta.resources import example_article
from warta.store import ingest, open_store

# Markup and script in every field a page shows: title, author, text, URL.
HOSTILE = {
    "title": 'Serangan <script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'img\'">',
    "author": '<svg onload="window.__pwned=\'author\'">Budi</svg>',
    "published": "2024-03-06",
    "url": "javascript:window.__pwned='url'",
    "text": ('Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Selasa (5/3/2024). '
             '<script>window.__pwned = "body"</script> Klik <a href="javascript:window.__pwned=\'link\'">di sini</a>. '
             '"Kami <img src=x onerror=window.__pwned=1> sepakat," kata Jokowi kepada wartawan.'),
}


def build_store(path: Path, hostile: bool = True) -> Path:
    """A store with the example article (and the hostile article, unless told not to)."""
    records = path.parent / "hostile.jsonl"
    records.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    inputs = [str(example_article())] + ([str(records)] if hostile else [])
    con = open_store(path)
    outcomes = [o for o, _ in ingest(con, default_pipeline().run(read_inputs(inputs, ReaderOptions())))]
    con.close()
    assert outcomes == ["stored"] * len(inputs)
    return path
