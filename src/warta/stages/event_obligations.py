"""What a speaker says someone must do, as a demand: "Wana Alamsyah mengatakan Polda Jabar mesti
menghentikan proses hukum", "ICW menilai KPK harus segera menahan tersangka" — REQUEST (CAMEO
100) by the one said to speak, aimed at the actor right before the word of obligation.

A frame of its own because its trigger (harus, mesti, wajib …) is no verb and its source is not
the subject of that word but of the verb of saying before it (data: events.toml [flags]
obligations, fronted_obligations — "sudah saatnya X …", the one obliged after the word —, quotes.toml
`before`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from warta.resources import load
from warta.stages.event_actors import AGENT, Actor
from warta.stages.event_triggers import Trigger, lexicon, verb_form

DEMAND = "100"
# what may stand before the one obliged at a quoted clause's head ('"Pemerintah harus …', '…, dan DPR harus …')
QUOTE_OPENERS = frozenset({'"', "\u201c", "'", ",", "dan", "maka", "jadi"})


@cache
def _saying() -> frozenset[str]:
    """Verbs of saying before reported speech ("mengatakan", "menilai", "menegaskan")."""
    return frozenset(load("quotes")["before"])


def obliging_verb_at(low: list[str], i: int) -> bool:
    """Whether low[i] is a word of [flags] verbal_obligations with a verb after it, past adverbs
    ("perlu segera menunda"), not a thing ("perlu waktu", "perlu satu jam")."""
    flags = lexicon().flags
    if low[i] not in flags["verbal_obligations"]:
        return False
    k = i + 1
    while k < len(low) and low[k] in flags["adverbs"]:
        k += 1
    return k < len(low) and verb_form(low[k])


def obligations(low: list[str], actors: list[Actor],
                quoted_by: Callable[[int], Actor | None] = lambda i: None) -> list[tuple[Trigger, Actor, Actor]]:
    """(trigger, speaker, the one obliged) for each word of obligation right after an actor, in a
    clause a verb of saying opens with its speaker right before it, or inside a quotation
    (`quoted_by(i)`: the speaker of the quotation word i stands in); not negated ("tidak harus")."""
    flags = lexicon().flags
    out = []
    for i, word in enumerate(low):
        if word in flags["fronted_obligations"]:
            # "Prabowo menilai sudah saatnya BGN menyediakan sendok": the one obliged follows
            obliged = next((a for a in actors if a.start == i + 1), None)
            opening = i - 1 if i and low[i - 1] in flags["adverbs"] else i
        elif word in flags["obligations"] or obliging_verb_at(low, i):
            obliged = next((a for a in actors if a.end == i), None)
            opening = obliged.start if obliged else i
        else:
            continue
        if obliged is None:
            continue
        verb = next((j for j in range(opening - 1, max(-1, opening - 3), -1) if low[j] in _saying()), None)
        if verb is None:
            # "X harus …" told by the reporter, or a verb of saying too far away: a demand only
            # inside a quotation, by its speaker, of a body or person it names ('"Pemkot Solo
            # seharusnya …"'; "semua warga negara harus …" exhorts, asks no one)
            named = not obliged.entity.id.startswith(AGENT)
            speaker = quoted_by(i) if named and (opening == 0 or low[opening - 1] in QUOTE_OPENERS) else None
        else:
            k = verb
            while k > 0 and low[k - 1] in flags["adverbs"]:
                k -= 1  # "Wana juga mengatakan …"
            speaker = next((a for a in actors if a.end == k), None)
        if speaker is None or speaker.entity.id == obliged.entity.id:
            continue
        out.append((Trigger(i, i + 1, DEMAND, "directed", None), speaker, obliged))
    return out
