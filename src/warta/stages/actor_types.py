"""The actor the events stage reads: a span of a sentence's tokens standing for an entity, or
for an unnamed actor (AGENT) the text only describes ("polisi", "para menteri")."""

from __future__ import annotations

from dataclasses import dataclass

from warta.model import Entity

AGENT = "~"  # the id prefix of an unnamed actor ("~polisi"), which no entity has


@dataclass
class Actor:
    start: int  # token indexes
    end: int
    entity: Entity
    mention_start: int
    mention_end: int
