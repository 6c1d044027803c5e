"""data/name_words.txt: the words the NER training sentences mostly use inside people's names.

The Faker list of Indonesian names (gazetteers/person_names.tsv) holds 880 names; Indonesian
news names thousands more ("Megawati", "Syamsu", "Firjatullah"). The title grammar needs to
know a name word when the word also parses as a derived Indonesian word ("Megawati" reads as
me-gawat-i) or is an ordinary word that is mostly a name ("Doni"). The training splits of the
NER corpora (the same files as the shipped model: NERP, NERGrit, IDNer-2k; never a test split)
tag people; a word is kept when at least MIN_PERSON of its occurrences are inside a person's
name and at least SHARE of all of them are. Titles and honorifics ("Sultan", "Gus", "Paus") are
left out: they open names, they are not names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from warta.resources import data_path

MIN_PERSON, SHARE, MIN_LENGTH = 2, 0.7, 3
HEADER = ("# Words mostly inside people's names in the training splits of NERP, NERGrit (Apache-2.0)\n"
          "# and IDNer-news-2k (MIT); `warta build names`. Lower case, one per line.\n")


def name_words(sentences: Iterable[Sequence[tuple[str, str]]], exclude: set[str]) -> list[str]:
    """Lower-case words mostly tagged inside PERSON spans (tags already mapped to warta's types)."""
    from warta.ner.corpus import bio_spans

    inside: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in sentences:
        seen.update(word.lower() for word, _ in sentence)
        for start, end, kind in bio_spans([tag for _, tag in sentence]):
            if kind == "PERSON":
                inside.update(word.lower() for word, _ in sentence[start:end])
    return sorted(w for w, n in inside.items()
                  if n >= MIN_PERSON and n / seen[w] >= SHARE and w.isalpha() and len(w) >= MIN_LENGTH
                  and w not in exclude)


def build(files: Sequence[Path], out: Path | None = None) -> Path:
    from warta.gazetteer import gazetteer
    from warta.ner.model import load_corpora
    from warta.stages.word_lists import honorifics

    titles = {key[0] for key in gazetteer().titles if len(key) == 1}
    words = name_words(load_corpora(files, mapped=True), titles | set(honorifics()))
    target = out or data_path("name_words.txt")
    target.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    return target
