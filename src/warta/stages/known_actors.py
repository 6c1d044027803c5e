"""The actor dictionary (data/actors.toml, and any actors a store learned) as the entity stage reads
it: people it knows are people, with the title and country they held in the article's year."""

from __future__ import annotations

from functools import cache

from warta.gazetteer import key_of
from warta.resources import load
from warta.stages.entity_groups import Candidate


@cache
def known_actors() -> dict[tuple[str, ...], dict]:
    return actor_index(load("actors")["actor"])


def actor_index(actors: list[dict]) -> dict[tuple[str, ...], dict]:
    out = {}
    for actor in actors:
        for name in [actor["name"], *actor.get("aliases", [])]:
            out[key_of(name)] = actor
    return out


def actor_role(name: str, year: int | None,
               extra: dict[tuple[str, ...], dict] | None = None) -> tuple[str | None, str | None, str]:
    """(title, country, canonical name) from the actor dictionary (the shipped one, then any
    given to the stage), for the article's year."""
    actor = known_actors().get(key_of(name)) or (extra or {}).get(key_of(name))
    if not actor:
        return None, None, name
    roles = actor.get("roles", [])
    current = [r for r in roles if year is None or (r.get("from", 0) <= year <= r.get("to", 9999))]
    title = (current or roles or [{}])[-1].get("title")
    return title, actor.get("country"), actor["name"]


def typed_as_known_people(candidates: list[Candidate], extra: dict[tuple[str, ...], dict]) -> None:
    """The actor dictionary's people are people, whatever the model or a title's grammar read
    ("Bamsoet"; "Tim Cook", whose "Tim" opens a team's name)."""
    for cand in candidates:
        if cand.type != "PERSON" and (key_of(cand.text) in known_actors() or key_of(cand.text) in extra):
            cand.type, cand.place, cand.country = "PERSON", None, None
