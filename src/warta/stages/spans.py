"""Position indexes the stages share, so that a question about one place in an article costs
the same in a short article and in one of 100,000 sentences (a scan of every span taken, every
mention or every time per sentence made such an article take hours)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any


class Occupied:
    """The characters of a text taken by spans chosen so far, for picking non-overlapping
    spans greedily: a question costs the length of the span asked about, not the number of
    spans chosen."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self.marks.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.marks[start:end] = b"\x01" * (end - start)


class SpanIndex:
    """A fixed set of (start, end) spans, asked whether any overlaps [start, end)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans that start before `end`
        return before > 0 and self.reach[before - 1] > start


class ByStart:
    """Items with a start offset, sorted by it (ties in their given order), for the items that
    start in a range."""

    def __init__(self, items: Iterable[tuple[int, Any]]) -> None:
        ordered = sorted(enumerate(items), key=lambda pair: (pair[1][0], pair[0]))
        self.starts = [start for _, (start, _) in ordered]
        self.items = [item for _, (_, item) in ordered]

    def starting_in(self, lo: int, hi: int) -> Iterator[Any]:
        """The items with lo <= start < hi, by start (ties in their given order)."""
        i = bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            yield self.items[i]
            i += 1

    def last_starting_before(self, hi: int) -> Iterator[Any]:
        """The items with start < hi, from the last one back."""
        i = bisect_left(self.starts, hi) - 1
        while i >= 0:
            yield self.items[i]
            i -= 1
