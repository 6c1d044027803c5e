"""Rules of the data read as sets, each set at the cost of one pattern's search or fewer.

Patterns anchored at the end of a text ("…$"), such as the marks that close a paragraph
(data/chrome.toml [trailing]: editor initials, an agency's credit): a regular expression search
tries every position of the text, however surely its pattern can only match at the end, and
those rules cost more than all the rest of the page stage. So each pattern's last character is
read from the pattern itself (")" of "\\(ant\\)\\s*$"), and a text that ends otherwise, white
space aside, is left without a search: no pattern could match it.

Patterns asked whether one of them matches at a text's start (data/chrome.toml [drop], some
fifty for every line of a page): one alternation of them all answers at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # (the standard library's own parser: the patterns' structure)
from re import _parser

REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)


class EndRules:
    """Patterns removed in order from the end of a text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        ends = [final_characters(p) for p in self.patterns]
        # the characters some match may end with; None: a pattern does not say, every text is searched
        self.ends = None if None in ends else frozenset().union(*ends)

    def strip(self, text: str) -> str:
        """The text without what each pattern matches, one after the other, then stripped."""
        if self.ends is None or text.rstrip()[-1:] in self.ends:
            for pattern in self.patterns:
                text = pattern.sub("", text)
        return text.strip()


def final_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of an end-anchored pattern ends with, white space after them
    aside ("\\s*$"): ")" for "\\(ant\\)\\s*$", "*" for "\\*{3}$"; None when the pattern does not
    end in one character or a set of them, or when one is a letter (read in either case) or a
    space."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[-1] != (sre.AT, sre.AT_END):
        return None
    items.pop()
    if items and _white_space_run(items[-1]):
        items.pop()
    if not items:
        return None
    op, av = items[-1]
    if op in REPEATS and av[0] >= 1 and len(av[2]) == 1:  # "\\*{3}": the character repeated
        op, av = av[2][0]
    if op is sre.LITERAL:
        found = frozenset(chr(av))
    elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        found = frozenset(chr(code) for _, code in av)
    else:
        return None
    return None if any(c.isspace() or c.lower() != c.upper() for c in found) else found


def _white_space_run(item: tuple) -> bool:
    """Whether a parsed item is "\\s*" (or "\\s{0,n}"), which may match nothing."""
    op, av = item
    return (op in REPEATS and av[0] == 0 and len(av[2]) == 1
            and av[2][0] == (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)]))


class AnyRule:
    """Patterns asked together whether one of them matches at the start of a text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.joined = _joined(self.patterns)

    def match(self, text: str) -> bool:
        """Whether one of the patterns matches at the start of the text."""
        if self.joined is not None:
            return self.joined.match(text) is not None
        return any(p.match(text) for p in self.patterns)


def _joined(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One alternation of the patterns, which matches where one of them does; None where they
    cannot be joined: flags of their own, or a reference to a group (an alternation renumbers
    the groups) or a flag that must open a pattern."""
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(REFERENCE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())
    except re.error:
        return None


# a back reference ("\\1", "(?P=name)") or a test of a group ("(?(1)…)"); now and then a
# literal backslash before a digit too, which only keeps the patterns apart
REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
