"""Event types on sentences written for warta in the style of several Indonesian outlets.

Run: python -m bench.domestic_sentences [--verbose]
Each sentence of bench/data/domestic_sentences.tsv names the PLOVER type an analyst would code
for it (or '-' for none, also among alternatives: 'AID|-'); a sentence is right when warta codes one
of those types (or nothing, where '-' is one).
Prints the share right per batch; --verbose lists the sentences read wrong with what was coded.
These sentences were read and their failures fixed: a regression check, not an unseen measure.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import warta

DATA = Path(__file__).resolve().parent / "data" / "domestic_sentences.tsv"


def rows() -> list[tuple[str, str, str]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def report(verbose: bool = False) -> list[str]:
    right, total, lines = Counter(), Counter(), []
    for sentence, want, batch in rows():
        doc = warta.analyze(sentence, published="2025-09-20")
        got = [e.type for e in doc.events]
        wants = want.split("|")  # "-" among them: coding nothing is right too
        ok = any(w in got for w in wants if w != "-") or ("-" in wants and not got)
        right[batch] += ok
        total[batch] += 1
        if verbose and not ok:
            lines.append(f"want {want:9} got {','.join(got) or '-':20} {sentence}")
    for batch in sorted(total):
        lines.append(f"batch {batch}: {right[batch]}/{total[batch]} sentences coded as written")
    lines.append(f"all: {sum(right.values())}/{sum(total.values())}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    print("\n".join(report(parser.parse_args().verbose)))


if __name__ == "__main__":
    main()
