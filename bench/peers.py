"""warta side by side with what users would otherwise pick, on the same texts in the same run.

Run: python -m bench.peers [--rows 300] [--runs 3]

- spaCy's blank Indonesian pipeline (tokenizer + sentencizer): the floor any pipeline pays;
- a spaCy tok2vec+NER trained from scratch on NERP train (spaCy's "efficiency" CPU config),
  trained once by `python -m bench.peers --setup` and cached in ~/.cache/warta-bench/, never in
  the repository; the peer an Indonesian NLP user would pick;
- trafilatura (with htmldate) on the same HTML pages warta's HTML reader reads.

Words are whitespace-separated words of the texts, for every system alike; every figure is a
median of --runs runs; the ratios are warta's rate over the peer's.
"""

from __future__ import annotations

import argparse
import gc
import html
import os
import subprocess
import sys
from pathlib import Path

from bench.speed import median_seconds, records
from warta.pipeline import default_pipeline
from warta.readers import ReaderOptions, read_bytes

CACHE = Path(os.environ.get("WARTA_BENCH_CACHE", Path.home() / ".cache" / "warta-bench"))
NERP = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner" / "nerp"
SPACY_MODEL = CACHE / "spacy-nerp" / "model-best"


# ---- the spaCy peer: trained once, cached outside the repository ------------------------------

def setup_spacy(max_steps: int = 1500) -> Path:
    """Converts NERP train/valid to spaCy's format and trains tok2vec+NER (CPU, efficiency)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    from warta.ner.corpus import read_conll

    work = CACHE / "spacy-nerp"
    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")
    for split in ("train", "valid"):
        bin_ = DocBin()
        for sentence in read_conll(NERP / f"{split}.txt"):
            words = [w for w, _ in sentence]
            tags = repaired([t for _, t in sentence])
            bin_.add(Doc(nlp.vocab, words=words, ents=tags))
        bin_.to_disk(work / f"{split}.spacy")
    config = work / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(config), "--lang", "id",
                    "--pipeline", "ner", "--optimize", "efficiency", "--force"], check=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(config), "--output", str(work),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "valid.spacy"),
                    "--training.max_steps", str(max_steps)], check=True)
    return work / "model-best"


def repaired(tags: list[str]) -> list[str]:
    """BIO tags spaCy accepts: an I- that follows no entity of its type opens one (NERP has some)."""
    out = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


# ---- HTML pages for the reader comparison ------------------------------------------------------

PAGE = ("<!doctype html><html><head><title>{title}</title><meta name='date' content='{date}'></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/news'>Berita</a> <a href='/sport'>Olahraga</a></nav>"
        "<article><h1>{title}</h1><p class='date'>{date}</p>{paragraphs}</article>"
        "<aside><h3>Berita terkait</h3><ul><li><a href='/a'>Tautan satu</a></li><li><a href='/b'>Tautan dua</a>"
        "</li></ul></aside><footer>Hak cipta dilindungi undang-undang.</footer></body></html>")


def html_pages(recs) -> list[bytes]:
    """Each record's text as a news page with navigation, related links and a footer."""
    pages = []
    for rec in recs:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in rec.text.split("\n") if p.strip())
        pages.append(PAGE.format(title=html.escape(rec.meta.get("title") or ""),
                                 date=html.escape(str(rec.meta.get("published") or "")),
                                 paragraphs=paragraphs).encode("utf-8"))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--setup", action="store_true", help="Train and cache the spaCy peer first.")
    args = parser.parse_args()
    if args.setup or not SPACY_MODEL.exists():
        if not NERP.exists():
            sys.exit(f"the spaCy peer needs {NERP} to train on")
        setup_spacy()
    import spacy
    import trafilatura
    from htmldate import find_date

    recs, what = records(args.rows)
    texts = [r.text for r in recs]
    words = sum(len(t.split()) for t in texts)
    pipeline = default_pipeline("MDY")
    pipeline(recs[0])
    blank = spacy.blank("id")
    blank.add_pipe("sentencizer")
    ner = spacy.load(SPACY_MODEL)
    for nlp in (blank, ner):
        list(nlp.pipe(texts[:2]))
    # Every system's loaded models are long-lived: moved out of the garbage collector's sight so
    # that no system is timed walking the others' objects (spaCy and torch hold a great many).
    gc.collect()
    gc.freeze()

    rates = {
        "warta, whole pipeline": words / median_seconds(lambda: [pipeline(r) for r in recs], args.runs),
        "spaCy blank id (tokenizer + sentencizer)": words / median_seconds(lambda: list(blank.pipe(texts)), args.runs),
        "spaCy tok2vec+NER (trained on NERP)": words / median_seconds(lambda: list(ner.pipe(texts)), args.runs),
    }
    pages = html_pages(recs)
    options = ReaderOptions()
    reader = {
        "warta HTML reader": median_seconds(lambda: [list(read_bytes(p, "page", options, "html")) for p in pages],
                                            args.runs),
        "trafilatura + htmldate": median_seconds(
            lambda: [(trafilatura.extract(p.decode(), with_metadata=True), find_date(p.decode())) for p in pages],
            args.runs),
    }
    print(f"{what}, {words:,} words, median of {args.runs} runs, one process")
    print(f"{'system':<44} {'words/s':>9} {'warta / it':>11}")
    ours = rates["warta, whole pipeline"]
    for name, rate in rates.items():
        print(f"{name:<44} {rate:>9,.0f} {ours / rate:>10.2f}x")
    print(f"\n{len(pages)} HTML pages, {sum(map(len, pages)) / len(pages) / 1000:.1f} kB each")
    print(f"{'reader':<44} {'ms/page':>9} {'warta / it':>11}")
    for name, seconds in reader.items():  # the ratio of rates, as above: above 1 is warta faster
        print(f"{name:<44} {seconds / len(pages) * 1000:>9.2f} {seconds / reader['warta HTML reader']:>10.2f}x")


if __name__ == "__main__":
    main()
