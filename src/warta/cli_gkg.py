"""The commands over the store's GKG layers: `warta counts` and `warta tone`.

Kept out of cli.py (already long); cli.py imports this module last, so the commands are
registered on its app whichever module is imported first."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from warta.cli import AsJson, DbOption, _open, _show, app, fail


@app.command("counts")
def counts_cmd(db: DbOption = "warta.db",
               kind: Annotated[str | None, typer.Option(
                   "--type", help="A GKG count type: KILL, WOUND, MISSING, EVACUATION, ARREST, SUSPECT, PROTEST, "
                                  "AFFECT, KIDNAP, DEPLOY, DAMAGE; every type without it.")] = None,
               since: Annotated[str | None, typer.Option(help="First day: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
               until: Annotated[str | None, typer.Option(help="Last day (a month or year: all of it).")] = None,
               by: Annotated[str, typer.Option(help="day, month or place.")] = "day",
               as_json: AsJson = False) -> None:
    """Counts (people killed, arrested, …) summed per day, month or place, each incident once: the
    same type, place (or none) and day told in several articles is one incident, its number the
    largest told."""
    from warta.store import StoreError
    from warta.store_gkg import count_totals

    try:
        rows = count_totals(_open(db), kind, since, until, by)
    except StoreError as err:
        fail(str(err))
    _show(rows, as_json, f"counts {kind.upper() if kind else 'of every type'} by {by}")


@app.command("tone")
def tone_cmd(entity: Annotated[str, typer.Option("--entity", help="A name, as `warta entity` takes it.")],
             db: DbOption = "warta.db",
             by: Annotated[str, typer.Option(help="day, month or year.")] = "month",
             as_json: AsJson = False) -> None:
    """The mean tone of the articles mentioning an entity, per period, with their number."""
    from warta.store import StoreError
    from warta.store_gkg import tone_over_time

    try:
        found = tone_over_time(_open(db), entity, by)
    except StoreError as err:
        fail(str(err))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=1))
        return
    rows = [{by: p["period"] or "undated", "mean tone": p["tone"], "articles": p["articles"]} for p in found["periods"]]
    _show(rows, False, f"tone: {found['name']}")
