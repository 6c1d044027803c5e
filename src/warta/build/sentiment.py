"""data/sentiment.tsv: warta's Indonesian sentiment lexicon, one word a line with its polarity.

Made by `warta build sentiment` from three sources, in this order of precedence:
1. the seed words of data/sentiment_seeds.toml (written for warta);
2. adjectives (by the thesaurus) whose polarity SmSA's training split shows (IndoNLU,
   Apache-2.0): the smoothed log-odds ratio of a word's document frequency in positive against negative texts, kept when
   its z-score passes Z (as Monroe, Colaresi and Quinn 2008 rank words) and it is in enough
   texts;
3. the thesaurus neighbours of the seeds (th_id_ID_v2, LGPL-2.1) in their adjective and verb
   senses: synonyms keep the seed's polarity, antonyms take the other; a word reached both ways
   is left out.
Words the seeds file calls neutral never get a polarity. The output is sorted, so a rebuild
from the same inputs is byte-identical (a test checks it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

from warta.resources import data_path, load

SMSA_TRAIN = "data/sentiment/smsa/train.tsv"
THESAURUS = "data/lexicon/thesaurus-id/th_id_ID_v2.dat"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
Z = 3.0  # z-score a learned word needs (chosen on SmSA's validation split)
MIN_DOCS = 5
SMOOTHING = 0.5  # added to every count, so a word unseen in one class has a finite log-odds


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


def learned(train: Path) -> dict[str, int]:
    """Polarity of words by their document frequency in SmSA's positive and negative texts."""
    pos, neg, total = Counter(), Counter(), Counter()
    n_pos = n_neg = 0
    for line in train.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        seen = set(words_of(text))
        total.update(seen)
        if label == "positive":
            pos.update(seen)
            n_pos += 1
        elif label == "negative":
            neg.update(seen)
            n_neg += 1
    out = {}
    for word, count in total.items():
        if count < MIN_DOCS or len(word) < 3:
            continue
        a = SMOOTHING
        yp, yn = pos[word], neg[word]
        delta = math.log((yp + a) / (n_pos - yp + a)) - math.log((yn + a) / (n_neg - yn + a))
        z = delta / math.sqrt(1 / (yp + a) + 1 / (yn + a))
        if abs(z) >= Z:
            out[word] = 1 if z > 0 else -1
    return out


def thesaurus(path: Path) -> tuple[dict[str, tuple[set[str], set[str]]], set[str], set[str]]:
    """Headword → (synonyms in its adjective and verb senses, antonyms), single words only (MyThes
    format, ISO-8859-1); the headwords with an adjective or verb sense; those with an adjective
    sense. Noun senses are left out: "masalah" is negative, its synonym "pasal" is not."""
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    out: dict[str, tuple[set[str], set[str]]] = {}
    describing: set[str] = set()
    adjectives: set[str] = set()
    head = None
    for line in lines:
        fields = line.split("|")
        if len(fields) == 2 and fields[1].isdigit():
            head = fields[0].strip().lower()
            out.setdefault(head, (set(), set()))
            continue
        if head is None or not fields or fields[0] not in ("[a]", "[v]", "[ant]"):
            continue
        if fields[0] != "[ant]":
            describing.add(head)
        if fields[0] == "[a]":
            adjectives.add(head)
        target = out[head][1] if fields[0] == "[ant]" else out[head][0]
        target.update(w.strip().lower() for w in fields[1:] if WORD.fullmatch(w.strip().lower() or "-"))
    return out, describing, adjectives


def expanded(seeds: dict[str, int], thes: dict[str, tuple[set[str], set[str]]],
             describing: set[str]) -> dict[str, int]:
    votes: dict[str, set[int]] = {}
    for word, polarity in seeds.items():
        synonyms, antonyms = thes.get(word, (set(), set()))
        for other in synonyms & describing:
            votes.setdefault(other, set()).add(polarity)
        for other in antonyms & describing:
            votes.setdefault(other, set()).add(-polarity)
    return {w: next(iter(p)) for w, p in votes.items() if len(p) == 1}


def lexicon(shared: Path) -> dict[str, tuple[int, str]]:
    data = load("sentiment_seeds")
    neutral = set(data["neutral"])
    seeds = {w: 1 for w in data["positive"]} | {w: -1 for w in data["negative"]}
    out: dict[str, tuple[int, str]] = {}
    thes, describing, adjectives = thesaurus(shared / THESAURUS)
    near = expanded(seeds, thes, describing)
    for word, polarity in near.items():
        out[word] = (polarity, "thesaurus")
    # SmSA is reviews and comments: a word it learns is kept only when the thesaurus knows it as
    # an adjective and the seeds' neighbours do not say the opposite, so that topic words of
    # reviews ("menteri", "malam"), common verbs ("menjadi", "memiliki") and set phrases
    # ("salah satu") carry no tone in news
    for word, polarity in learned(shared / SMSA_TRAIN).items():
        if word in adjectives and near.get(word, polarity) == polarity:
            out[word] = (polarity, "smsa")
    for word, polarity in seeds.items():
        out[word] = (polarity, "seed")
    return {w: v for w, v in out.items() if w not in neutral and " " not in w}


def build(shared: Path, out: Path | None = None) -> Path:
    target = out or data_path("sentiment.tsv")
    entries = lexicon(shared)
    header = ("# warta's Indonesian sentiment lexicon: word, polarity (1 positive, -1 negative), source "
              "(seed: data/sentiment_seeds.toml, Apache-2.0; smsa: learned from SmSA train, IndoNLU, Apache-2.0; "
              "thesaurus: a seed's neighbour in th_id_ID_v2, LGPL-2.1). Made by `warta build sentiment`; "
              "this derived list is LGPL-2.1.\n")
    lines = [f"{w}\t{p}\t{s}" for w, (p, s) in sorted(entries.items())]
    target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return target
