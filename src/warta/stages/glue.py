"""Words a scraper glued together when it stripped links and markup, put apart again.

"kepadadetikSulsel", "PantauandetikSulseldi lokasi", "Kholidin.Peneliti", "bertemuPrabowo":
an outlet's name (data/chrome.toml [glued]) is set apart from the words around it, a full stop
between two words gets its space back, and a known Indonesian word run into a capitalised
name is split, and so is a name run into a verb of saying ("Lahadaliamengatakan"). Each split is
counted so the reading can say what was changed.

Text a scraper decoded with the wrong codec ("AntÃ³nio Guterres", Arabic verses as "Ù\x8aÙ\x8e…")
is repaired first, by ftfy: left alone, every mangled capital reads as the start of a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import ftfy

from warta.gazetteer import gazetteer, key_of
from warta.morphology import root_of
from warta.resources import load
from warta.stages.word_lists import english_words, name_words

# Two characters UTF-8 never makes in Indonesian text but a UTF-8 sequence read as Latin-1 or
# Windows-1252 always does: a lead byte (Â…ô) and a continuation byte. Only text showing one
# goes through ftfy, so clean text costs one regex search.
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# Only the codec repair: quotes, widths, ligatures and line breaks stay as the page wrote them
ENCODING_ONLY = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                     fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                     fix_surrogates=False, remove_control_chars=False, normalization=None,
                                     explain=False)
# (The full stop first and the letters before it looked behind for, and likewise a capital
# first and the word boundary before it looked behind for: a search then skips from one full
# stop or capital to the next, where a pattern opening with a look-behind or \b is tried at every
# position of every paragraph.)
STOP_GLUE = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,})")
CAMEL = re.compile(r"\b([a-z]{3,})([A-Z][a-z]{2,})\b")
# a small letter run into a capital, which both camel-case splits need ("kepadaPrabowo")
SMALL_THEN_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])")


@cache
def _brands() -> re.Pattern[str]:
    names = sorted(load("chrome")["glued"]["brands"], key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(n) for n in names) + ")")


def repair_encoding(text: str) -> tuple[str, bool]:
    """The text with mis-decoded UTF-8 restored, and whether anything changed."""
    if not MOJIBAKE.search(text):
        return text, False
    fixed = ftfy.fix_text(text, ENCODING_ONLY)
    return fixed, fixed != text


def unglue(text: str) -> tuple[str, int]:
    """The text with glued words set apart, and how many splits were made."""
    count = 0

    def brand(match: re.Match[str]) -> str:
        nonlocal count
        start, end = match.span()
        before = " " if start and text[start - 1].isalpha() else ""
        after = " " if end < len(text) and text[end].isalpha() else ""
        count += bool(before) + bool(after)
        return before + match.group(0) + after

    # every step puts spaces in and none takes one out: a text with no small letter run into a
    # capital has none after any step, and the camel-case splits have nothing to find in it
    camel = SMALL_THEN_CAPITAL.search(text) is not None
    text = _brands().sub(brand, text)
    text, stops = STOP_GLUE.subn(". ", text)

    text, camels = _split_where(CAMEL, _known_word_then_name, text) if camel else (text, 0)
    text, verbs = _glued_verbs().subn(r"\1 \2", text)
    text, words = _split_where(_capital_camel(), _word_then_name, text) if camel else (text, 0)
    text, names = _split_where(_name_then_word(), _name_then_word_apart, text)
    return text, count + stops + camels + verbs + words + names


def _known_word_then_name(match: re.Match[str]) -> str:
    """ "kepadaPrabowo": a known lower-case word run into a name; not an unknown lower-case run,
    nor an outlet ("detikSulsel")."""
    word, name = match.groups()
    if root_of(word) is None or _brands().fullmatch(match.group(0)):
        return match.group(0)
    return f"{word} {name}"


def _split_where(pattern: re.Pattern[str], split: Callable[[re.Match[str]], str], text: str) -> tuple[str, int]:
    """The text with each match of `pattern` that `split` puts apart, and how many it did."""
    done = 0

    def counted(match: re.Match[str]) -> str:
        nonlocal done
        out = split(match)
        done += out != match.group(0)
        return out

    return pattern.sub(counted, text), done


def _word_then_name(match: re.Match[str]) -> str:
    """ "KemudianGolden", "SelanjutnyaImmigration": a word that opens a clause run into the name a
    stripped link began with, or a name run into a title's head ("WibawaBendahara"); names written
    in camel case stay ("BeritaSatu", "PeduliLindungi"), and so do hashtags and handles."""
    word, name = match.groups()
    at = match.start()
    if at and match.string[at - 1] in "#@/":
        return match.group(0)
    if word in _glued_openers() or key_of(name) in gazetteer().titles and len(name) > 4:
        return f"{word} {name}"
    return match.group(0)


def _name_then_word_apart(match: re.Match[str]) -> str:
    """ "Martinakan", "Loungemerupakan": a known name or English word run into the word after
    it, when the whole run is no word of its own ("Peranakan", "Sebayang" stay)."""
    name, word = match.groups()
    whole, low = match.group(0).lower(), name.lower()
    if root_of(whole) is not None or whole in name_words() or whole in english_words():
        return match.group(0)
    if low in name_words() or low in english_words() or gazetteer().place(name) is not None:
        return f"{name} {word}"
    return match.group(0)


@cache
def _glued_openers() -> frozenset[str]:
    return frozenset(load("chrome")["glued"]["glued_openers"])


@cache
def _capital_camel() -> re.Pattern[str]:
    return re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")


@cache
def _name_then_word() -> re.Pattern[str]:
    words = "|".join(sorted(load("chrome")["glued"]["after_names"], key=len, reverse=True))
    return re.compile(rf"([A-Z](?<!\w\w)[a-z]{{4,}}?)({words})\b")  # (\b before the capital: STOP_GLUE)


@cache
def _glued_verbs() -> re.Pattern[str]:
    """A capitalised word run into a verb of saying ("Lahadaliamengatakan")."""
    verbs = "|".join(sorted(load("chrome")["glued"]["verbs"], key=len, reverse=True))
    return re.compile(rf"([A-Z](?<!\w\w)[a-z]{{2,}})({verbs})\b")  # (\b before the capital: STOP_GLUE)
