"""Time expressions: found and normalised to TimeML TIMEX3 values against an anchor date.

The words and the rules that find expressions are data (``data/timex.toml``); this package is
the engine. Each rule is a regular expression whose named groups hand the parts of a match to a
resolver, which turns them into a TIMEX3 type and value against the anchor — the article's
publication date, or for words inside a quotation, the date the text says it was spoken.

dateparser reads single dates well but not running text: it finds no "dua hari lalu", "pekan
lalu", "lusa" or "awal Oktober", takes "minggu" only as Sunday, and at ~1 ms a call it is far
below the 100,000 words/s this stage needs; hence rules over the whole text here.

The modules, lowest level first: ``vocabulary`` (the data and the compiled rules), ``matching``
(finding candidates), ``numbers`` (number words and units), ``calendar_math`` (calendar
arithmetic and holidays), ``context`` (what resolvers look at), ``resolve_dates`` and
``resolve_relative`` (the resolvers), ``passes`` (the passes over resolved expressions),
``tagger`` (``tag``) and ``stage`` (the ``Times`` stage).
"""

from warta.stages.times.calendar_math import holiday_dates
from warta.stages.times.context import Context
from warta.stages.times.matching import find_candidates
from warta.stages.times.numbers import number_value, roman_value
from warta.stages.times.stage import Times, time_expr
from warta.stages.times.tagger import RESOLVERS, tag
from warta.stages.times.vocabulary import Candidate, Found, Rule, rules

__all__ = ["RESOLVERS", "Candidate", "Context", "Found", "Rule", "Times", "find_candidates", "holiday_dates",
           "number_value", "roman_value", "rules", "tag", "time_expr"]
