"""warta as a library: the README's examples run as written, and the API's own contracts."""

from __future__ import annotations

import doctest
import re

import pytest

import warta
from tests.conftest import ROOT
from tests.documents import build
from warta.model import TimeExpr


def test_the_readme_python_section_runs_as_written(monkeypatch):
    monkeypatch.chdir(ROOT)  # its paths are the checkout's
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## warta as a Python library", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, flags=re.S)
    assert blocks, "the README's Python section has no example"
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README python example {number}", "README.md", 0))
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_a_record_and_its_metadata():
    doc = warta.analyze({"text": "Polisi menangkap Rudi Hartono di Bogor.", "title": "Tangkap",
                         "published": "2025-10-20"})
    assert (doc.article.title, doc.article.published) == ("Tangkap", "2025-10-20")
    assert [(v.type, v.source.name, v.target.name) for v in doc.events] == [("COERCE", "Polisi", "Rudi Hartono")]


def test_pipe_reads_a_stream_and_goes_on_after_a_failure():
    records = [warta.RawRecord(input="a", text="Presiden Prabowo Subianto tiba di Tokyo.", format="text", layout="body",
                               meta={"published": "2025-10-21"}),
               warta.ReadFailure("b", "broken"),
               warta.RawRecord(input="c", text="", format="text", layout="body")]
    assert [type(item).__name__ for item in warta.pipe(records)] == ["Document", "ReadFailure", "Document"]


def test_to_spacy_keeps_the_entities_and_times():
    pytest.importorskip("spacy", reason="doc.to_spacy needs spaCy: pip install 'warta[spacy]'")
    doc = build("Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing, Kamis (16/10/2025).",
                [("Sugiono", "PERSON", "IDN"), ("Wang Yi", "PERSON", "CHN"), ("Beijing", "PLACE", "CHN")])
    start = doc.body.index("Kamis")
    doc.times = [TimeExpr(start=start, end=start + 18, text="Kamis (16/10/2025)", type="DATE", value="2025-10-16")]
    spacy_doc = doc.to_spacy()
    assert [(e.text, e.label_, e.kb_id_) for e in spacy_doc.ents] == [
        ("Sugiono", "PERSON", "e0"), ("Wang Yi", "PERSON", "e1"), ("Beijing", "PLACE", "e2")]
    assert [(s.text, s.label_) for s in spacy_doc.spans["times"]] == [("Kamis (16/10/2025)", "DATE")]
