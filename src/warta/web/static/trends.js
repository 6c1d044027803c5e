// warta's trends page: counts over time by type, and an entity's tone over time.
// Loaded after app.js and built with its helpers (el, route, show, api, drawChart); the same
// safety rule: text from the store enters the page as text nodes only.
"use strict";

// GKG count types, as data/counts.toml gives them
const COUNT_TYPES = ["KILL", "WOUND", "MISSING", "EVACUATION", "ARREST", "SUSPECT", "PROTEST", "AFFECT", "KIDNAP",
  "DEPLOY", "DAMAGE"];
const PALETTE = ["#b42318", "#f79009", "#7a5af8", "#1f5fbf", "#067647", "#475467", "#dd2590", "#0e9384",
  "#6172f3", "#ca8504", "#344054"];

function options(values, labels) {
  return values.map((value, i) => el("option", { value }, labels ? labels[i] : value));
}

function field(label, control) {
  return el("label", { class: "field" }, label, " ", control);
}

async function trendsView(params) {
  const get = (name, fallback) => params.get(name) || fallback;
  const type = el("select", { "aria-label": "count type", "data-testid": "count-type" },
    options(["", ...COUNT_TYPES], ["every type", ...COUNT_TYPES.map((t) => t.toLowerCase())]));
  const since = el("input", { type: "text", placeholder: "YYYY-MM-DD", "aria-label": "since", size: 11 });
  const until = el("input", { type: "text", placeholder: "YYYY-MM-DD", "aria-label": "until", size: 11 });
  const by = el("select", { "aria-label": "counts per" }, options(["day", "month"]));
  const entity = el("input", { type: "text", placeholder: "e.g. Prabowo", "aria-label": "entity",
    "data-testid": "tone-entity" });
  const toneBy = el("select", { "aria-label": "tone per" }, options(["month", "day", "year"]));
  type.value = get("type", "");
  since.value = get("since", "");
  until.value = get("until", "");
  by.value = get("by", "day") === "month" ? "month" : "day";
  entity.value = get("entity", "");
  toneBy.value = ["day", "year"].includes(params.get("tone_by")) ? params.get("tone_by") : "month";
  const go = (event) => {
    event.preventDefault();
    const wanted = { type: type.value, since: since.value.trim(), until: until.value.trim(), by: by.value,
      entity: entity.value.trim(), tone_by: toneBy.value };
    location.hash = route("trends", Object.fromEntries(Object.entries(wanted).filter(([, v]) => v)));
  };
  const countsOut = el("div", { "data-testid": "counts" }, el("p", { class: "muted" }, "Loading…"));
  const toneOut = el("div", { "data-testid": "tone" });
  show(el("h1", {}, "Counts and tone over time"),
    el("section", { class: "panel" }, el("h2", {}, "Counts"),
      el("form", { class: "bar", onsubmit: go }, field("type", type), field("since", since), field("until", until),
        field("per", by), el("button", { type: "submit", "data-testid": "counts-button" }, "Show")),
      el("p", { class: "muted" }, "One incident told in several articles counts once: the same type, place and day "
        + "are one incident, its number the largest told."), countsOut),
    el("section", { class: "panel" }, el("h2", {}, "Tone of the articles mentioning an entity"),
      el("form", { class: "bar", onsubmit: go }, field("entity", entity), field("per", toneBy),
        el("button", { type: "submit", "data-testid": "tone-button" }, "Show")), toneOut));
  await Promise.all([countsChart(countsOut, type.value, since.value, until.value, by.value),
    entity.value ? toneChart(toneOut, entity.value, toneBy.value) : null]);
}

async function countsChart(out, type, since, until, by) {
  try {
    const query = Object.fromEntries(Object.entries({ type, since, until, by }).filter(([, v]) => v));
    const rows = await api(`/api/counts?${new URLSearchParams(query)}`);
    if (!rows.length) {
      out.replaceChildren(el("p", { class: "muted" }, "No counts in these days."));
      return;
    }
    const periods = [...new Set(rows.map((r) => r[by] || "undated"))].sort();
    const types = COUNT_TYPES.filter((t) => rows.some((r) => r.type === t));
    const canvas = el("canvas", { "aria-label": "counts over time", "data-testid": "counts-chart" });
    const table = el("table", {}, el("thead", {}, el("tr", {}, [by, "type", "number", "incidents", "articles"]
      .map((h) => el("th", {}, h)))), el("tbody", {}, rows.map((r) => el("tr", { "data-testid": "count-row" },
      el("td", {}, r[by] || "undated"), el("td", {}, r.type), el("td", {}, r.number), el("td", {}, r.incidents),
      el("td", {}, r.articles)))));
    out.replaceChildren(el("div", { class: "chart" }, canvas), table);
    drawChart(canvas, { type: "bar", data: { labels: periods, datasets: types.map((t) => ({
      label: t.toLowerCase(), backgroundColor: PALETTE[COUNT_TYPES.indexOf(t)],
      data: periods.map((p) => {
        const row = rows.find((r) => r.type === t && (r[by] || "undated") === p);
        return row ? row.number : 0;
      }),
    })) }, options: { maintainAspectRatio: false, scales: { x: { stacked: false }, y: { beginAtZero: true } } } });
  } catch (err) {
    out.replaceChildren(problem(err));
  }
}

async function toneChart(out, entity, by) {
  out.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const found = await api(`/api/tone?${new URLSearchParams({ entity, by })}`);
    const canvas = el("canvas", { "aria-label": "tone over time", "data-testid": "tone-chart" });
    out.replaceChildren(
      el("p", {}, el("a", { href: route("entity", { name: found.name }) }, found.name),
        el("span", { class: "muted" }, " ", [found.type, found.country].filter(Boolean).join(" · "))),
      el("div", { class: "chart" }, canvas),
      el("table", {}, el("thead", {}, el("tr", {}, [by, "mean tone", "articles"].map((h) => el("th", {}, h)))),
        el("tbody", {}, found.periods.map((p) => el("tr", { "data-testid": "tone-row" }, el("td", {}, p.period || "undated"),
          scoreCell(p.tone), el("td", {}, p.articles))))));
    drawChart(canvas, { type: "line", data: { labels: found.periods.map((p) => p.period || "undated"), datasets: [{
      label: "mean tone", data: found.periods.map((p) => p.tone), borderColor: "#1f5fbf", backgroundColor: "#1f5fbf",
    }] }, options: { maintainAspectRatio: false, plugins: { legend: { display: false } },
      scales: { y: { title: { display: true, text: "tone (positive − negative, % of words)" } } } } });
  } catch (err) {
    out.replaceChildren(problem(err));
  }
}

ROUTES.trends = trendsView;
