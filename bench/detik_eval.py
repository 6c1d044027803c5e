"""Speaker accuracy and event precision/recall on the hand-annotated Detik rows.

Run: python -m bench.detik_eval [--csv ../shared/data/news/detik-1000.csv]
The annotations (tests/data/detik_annotations.json) hold row ids and offsets into each row's
text, never the text itself; the rows are read from the CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass
from pathlib import Path

from warta.gazetteer import key_of
from warta.model import Document, RawRecord
from warta.ontology import SYMMETRIC
from warta.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "data" / "detik_annotations.json"


@dataclass
class Result:
    speakers_right: int
    quotes: int
    events_matched: int
    events_predicted: int
    events_annotated: int
    annotations_found: int
    misses: list[str]

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes if self.quotes else 0.0

    @property
    def event_precision(self) -> float:
        return self.events_matched / self.events_predicted if self.events_predicted else 0.0

    @property
    def event_recall(self) -> float:
        return self.annotations_found / self.events_annotated if self.events_annotated else 0.0


def same_name(said: str | None, names: list[str]) -> bool:
    """A name matches when it is one of the names, or their first or last words."""
    if not said:
        return False
    key = key_of(said)
    for name in names:
        other = key_of(name)
        if key == other or (key and (other[:len(key)] == key or other[-len(key):] == key)) or (
                other and (key[:len(other)] == other or key[-len(other):] == other)):
            return True
    return False


def actor_fits(ref, wanted: list[str], doc: Document | None = None) -> bool:
    """An actor fits by its country code or by any name of its entity (its name or an alias the
    text uses: "Polresta Bogor Kota" is "Kepolisian Resor Kota Bogor Kota"), as entities match."""
    if ref is None:
        return False
    codes = [w for w in wanted if len(w) == 3 and w.isupper()]
    entity = next((e for e in doc.entities if e.id == ref.entity), None) if doc and ref.entity else None
    names = [ref.name, *(entity.aliases if entity else [])]
    return (ref.country in codes) or any(same_name(n, [w for w in wanted if w not in codes]) for n in names)


def evaluate(csv_path: Path) -> Result:
    notes = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle) if r["id"] in set(notes["rows"])}
    pipeline = default_pipeline("MDY")
    docs: dict[str, Document] = {}
    for row_id, row in rows.items():
        record = RawRecord(input=str(csv_path), text=row["isi_berita"], format="csv", record=row_id,
                           meta={"title": row["judul"], "published": row["tanggal"], "url": row["tautan"]})
        docs[row_id] = pipeline(record)
    misses: list[str] = []
    right = 0
    for note in notes["quotes"]:
        raw, doc = rows[note["row"]]["isi_berita"], docs[note["row"]]
        quote = next((q for q in doc.quotes if q.direct and abs(raw.find(q.text[:40]) - note["offset"]) <= 2), None)
        said = quote.speaker.name if quote and quote.speaker else None
        if quote and same_name(said, [note["speaker"], *note["also"]]):
            right += 1
        else:
            misses.append(f"quote row {note['row']}@{note['offset']}: want {note['speaker']}, got {said}")
    predicted = matched = 0
    found = [False] * len(notes["events"])
    for row_id, doc in docs.items():
        raw = rows[row_id]["isi_berita"]
        for ev in doc.events:
            predicted += 1
            start = raw.find(ev.sentence[:60])
            span = (start, start + len(ev.sentence)) if start >= 0 else (-1, -1)
            hit = False
            for i, note in enumerate(notes["events"]):
                if note["row"] != row_id or not span[0] <= note["offset"] < span[1] or ev.type not in note["types"]:
                    continue
                # an act told of several fits a note on any of its pairs
                forward = any(actor_fits(s, note["source"], doc) and actor_fits(t, note["target"], doc)
                              for s, t in ev.dyads())
                backward = any(actor_fits(t, note["source"], doc) and actor_fits(s, note["target"], doc)
                               for s, t in ev.dyads())
                if forward or (backward and set(note["types"]) & SYMMETRIC):
                    found[i] = hit = True
            matched += hit
            if not hit:
                misses.append(f"event row {row_id} not annotated: {ev.type} {ev.source.name if ev.source else None}"
                              f" -> {ev.target.name if ev.target else None} ({ev.trigger.text if ev.trigger else ''})")
    for note, ok in zip(notes["events"], found, strict=True):
        if not ok:
            misses.append(f"event row {note['row']}@{note['offset']} missed: {note['types']} "
                          f"{note['source']} -> {note['target']}")
    return Result(right, len(notes["quotes"]), matched, predicted, len(notes["events"]), sum(found), misses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=str(ROOT.parent / "shared" / "data" / "news" / "detik-1000.csv"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    result = evaluate(Path(args.csv))
    if args.verbose:
        print("\n".join(result.misses))
    print(f"quotes {result.quotes}  speaker accuracy {result.speaker_accuracy:.2f}")
    print(f"events annotated {result.events_annotated}  predicted {result.events_predicted}  "
          f"precision {result.event_precision:.2f}  recall {result.event_recall:.2f}")


if __name__ == "__main__":
    main()
