"""Rules that would let part-of-speech tags correct the NER model's name spans, measured: on
the annotated Detik rows through the whole entity stage, and on the cased NER test sets (the
shipped model's spans, with and without the rule). None is shipped: none moves an F1 by more
than 0.003 either way nor the Detik rows' scores (README, "POS in the entity stage").

Run: python -m bench.pos_rules

The rules, each on the model's spans of one sentence:
- opening: a sentence's first word that is an ordinary word (data/words.txt) and that the tagger
  calls a function word or verb is no name's first word ("Kemudian Renita", "Bila dirinci");
- lower-inside: a name is cut before a lower-case noun, verb or adjective ("Kota benteng",
  "QR code"), not before "dan", "of", "da";
- common-word: a one-word name that is an ordinary word is dropped unless the tagger calls it
  a proper noun (or a foreign word).
The NER sets' spans that open with a lower-case word are left out before and after, as the
entity stage leaves them out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import warta.stages.entities as entities
from bench.detik_sample import report
from warta.ner.corpus import bio_spans
from warta.ner.model import load_corpora, score, shipped_tagger
from warta.pos.model import shipped_tagger as pos_tagger
from warta.stages.titled import ordinary_words

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
NER_SETS = {"NERGrit test": "ner/nergrit/test.txt", "IDNer-2k test": "ner/idner2k/test.txt",
            "NER-UI": "ner/eval-only/nerui/nerui.txt", "NER-UGM": "ner/eval-only/nerugm/nerugm.txt"}
NOT_OPENING = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "AUX", "PART", "DET", "PRON", "VERB"})
NOT_INSIDE = frozenset({"NOUN", "VERB", "ADJ"})
Span = tuple[int, int]
Rule = Callable[[Sequence[str], Sequence[str], Span], Span | None]


def opening(words: Sequence[str], tags: Sequence[str], span: Span) -> Span | None:
    s, e = span
    first = next((i for i, w in enumerate(words) if w[:1].isalnum()), None)
    if s == first and words[s].lower() in ordinary_words() and tags[s] in NOT_OPENING:
        s += 1
    return (s, e) if e > s else None


def lower_inside(words: Sequence[str], tags: Sequence[str], span: Span) -> Span | None:
    s, e = span
    return s, next((k for k in range(s + 1, e) if words[k][:1].islower() and tags[k] in NOT_INSIDE), e)


def common_word(words: Sequence[str], tags: Sequence[str], span: Span) -> Span | None:
    s, e = span
    return None if e - s == 1 and words[s].lower() in ordinary_words() and tags[s] not in ("PROPN", "X") else span


RULES: dict[str, Rule | None] = {"none": None, "opening": opening, "lower-inside": lower_inside,
                                 "common-word": common_word}


def _applied(rule: Rule | None, words: Sequence[str], spans: list[Span]) -> list[Span | None]:
    """Each span as the rule leaves it (None: dropped); the sentence is tagged only for a rule."""
    if rule is None or not spans:
        return list(spans)
    tags = pos_tagger().tag(words)
    return [rule(words, tags, span) for span in spans]


def detik_entities(rule: Rule | None) -> str:
    """The entities line of `bench.detik_sample --rows all`, the rule applied to the model's
    spans inside the entity stage."""
    original = entities._candidates

    def patched(body, tokens, found, *rest):
        model = [f for f in found if f.source == "ner"]
        changed = _applied(rule, [t.text for t in tokens], [(f.start, f.end) for f in model])
        kept = [entities.Found(*span, f.type, f.source, f.title)
                for f, span in zip(model, changed, strict=True) if span and span[0] < span[1]]
        return original(body, tokens, [f for f in found if f.source != "ner"] + kept, *rest)

    entities._candidates = patched
    try:
        return next(line for line in report(SHARED / "news" / "detik-1000.csv", "all") if line.startswith("entities"))
    finally:
        entities._candidates = original


def ner_f1(path: Path, rule: Rule | None) -> str:
    """Entity F1 of the shipped model's spans on a tagged set, the rule applied."""
    gold = load_corpora([path], mapped=True)
    predicted = shipped_tagger().tag_many([([w for w, _ in s], None) for s in gold])
    out = []
    for sentence, labels in zip(gold, predicted, strict=True):
        words = [w for w, _ in sentence]
        found = [(s, e, kind) for s, e, kind in bio_spans(labels) if words[s][:1].isupper()]
        tags = ["O"] * len(words)
        for span, (_, _, kind) in zip(_applied(rule, words, [(s, e) for s, e, _ in found]), found, strict=True):
            if span and span[0] < span[1] and words[span[0]][:1].isupper():
                tags[span[0]:span[1]] = [f"B-{kind}"] + [f"I-{kind}"] * (span[1] - span[0] - 1)
        out.append(tags)
    result = score(gold, out)
    return f"F1 {result.f1:.4f} (P {result.precision:.4f} R {result.recall:.4f})"


def main() -> None:
    for name, rule in RULES.items():
        print(f"rule {name}: Detik rows, {detik_entities(rule)}")
        for set_name, file in NER_SETS.items():
            print(f"  {set_name:<14} {ner_f1(SHARED / file, rule)}")


if __name__ == "__main__":
    main()
