// warta's analyst page: plain DOM, no framework, no build step.
// Safety rule: text from articles only ever enters the page through text nodes and attribute
// setters built here (never innerHTML), and links are built only to this page or to http(s) URLs.
"use strict";

const view = document.getElementById("view");

// ---- DOM helpers --------------------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeHref(value) {
  const href = String(value);
  if (href.startsWith("#/") || href === "/docs") return href;
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (_) { /* not a URL */ }
  return "#/";
}

function route(path, params) {
  const query = new URLSearchParams(params || {}).toString();
  return `#/${path}${query ? "?" + query : ""}`;
}

function show(...children) {
  view.replaceChildren(...children.flat().filter(Boolean));
}

function problem(err) {
  return el("p", { class: "error", "data-testid": "error" }, String(err.message || err));
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || response.statusText);
    throw new Error(detail);
  }
  return body;
}

function scoreCell(score) {
  if (score === null || score === undefined) return el("td", {}, "");
  return el("td", { class: score < 0 ? "score-neg" : "score-pos" }, Number(score).toFixed(1));
}

// ---- search -------------------------------------------------------------------------------

// the search's parameters in the page's address, the theme left out when there is none
function searchRoute(q, theme, page) {
  return route("", Object.fromEntries(Object.entries({ q, theme, page }).filter(([, v]) => v)));
}

async function searchView(params) {
  const q = params.get("q") || "";
  const theme = params.get("theme") || "";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10));
  const input = el("input", { type: "search", name: "q", placeholder: "Cari: Korea Utara, Blinken, KPU …",
    "aria-label": "Search", "data-testid": "search-input" });
  input.value = q;
  // the store's article themes, filled in when they arrive; a theme from the address is kept
  const themes = el("select", { "aria-label": "theme", "data-testid": "theme-filter",
    onchange: () => { location.hash = searchRoute(input.value.trim(), themes.value); } },
    el("option", { value: "" }, "all themes"), theme ? el("option", { value: theme }, theme) : null);
  themes.value = theme;
  api("/api/themes").then((found) => {
    themes.replaceChildren(el("option", { value: "" }, "all themes"),
      ...found.map((t) => el("option", { value: t.theme }, `${t.theme.toLowerCase().replaceAll("_", " ")} (${t.articles})`)));
    if (theme && !found.some((t) => t.theme === theme.toUpperCase())) append(themes, [el("option", { value: theme }, theme)]);
    themes.value = found.some((t) => t.theme === theme.toUpperCase()) ? theme.toUpperCase() : theme;
  }).catch(() => { /* no themes to offer: the search works without */ });
  const form = el("form", { class: "bar", role: "search", onsubmit: (event) => {
    event.preventDefault();
    location.hash = searchRoute(input.value.trim(), themes.value);
  } }, input, themes, el("button", { type: "submit", "data-testid": "search-button" }, "Search"));
  show(form, el("p", { class: "muted" }, "Loading…"));
  try {
    const data = await api(`/api/articles?${new URLSearchParams({ q, page, size: 20, theme })}`);
    const about = theme ? ` about ${theme.toLowerCase().replaceAll("_", " ")}` : "";
    const heading = q ? `${data.total} article${data.total === 1 ? "" : "s"}${about} matching “${q}”`
      : `${data.total} article${data.total === 1 ? "" : "s"}${about} in the store, newest first`;
    const list = el("ul", { class: "results", "data-testid": "results" }, data.articles.map(resultItem));
    const pager = el("div", { class: "pager" },
      page > 1 ? el("a", { href: searchRoute(q, theme, page - 1) }, "← newer") : null,
      el("span", { class: "muted" }, `page ${page} of ${Math.max(1, Math.ceil(data.total / data.size))}`),
      page * data.size < data.total ? el("a", { href: searchRoute(q, theme, page + 1) }, "older →") : null);
    show(form, el("p", { class: "muted" }, heading), list, pager);
  } catch (err) {
    show(form, problem(err));
  }
  input.focus();
}

function resultItem(article) {
  const snippet = el("div", { class: "snippet" },
    article.snippet.map((piece) => (piece.match ? el("mark", {}, piece.text) : piece.text)));
  return el("li", {},
    el("a", { class: "title", href: route("article", { id: article.id }), "data-testid": "result-link" },
      article.title || "(untitled)"),
    el("div", { class: "muted" }, [article.published || "undated", article.url ? " · " + article.url : ""]),
    snippet);
}

// ---- one article's reading ----------------------------------------------------------------

async function articleView(params) {
  show(el("p", { class: "muted" }, "Loading…"));
  try {
    show(readingView(await api(`/api/article?${new URLSearchParams({ id: params.get("id") || "" })}`)));
  } catch (err) {
    show(problem(err));
  }
}

function readingView(doc) {
  const article = doc.article || {};
  const meta = [article.published, article.category, (article.authors || []).join(", "), article.dateline]
    .filter(Boolean).join(" · ");
  const text = el("div", { class: "text", "data-testid": "article-text" }, highlightedBody(doc));
  const side = el("div", {}, eventPanel(doc), entityPanel(doc), quotePanel(doc), timePanel(doc));
  return [
    el("h1", { "data-testid": "article-title" }, article.title || "(untitled)"),
    el("p", { class: "muted" }, meta,
      article.url ? [" · ", el("a", { href: article.url, rel: "noopener noreferrer nofollow" }, article.url)] : null),
    legend(),
    el("div", { class: "columns" }, el("div", { class: "panel" }, text), side),
  ];
}

function legend() {
  return el("p", { class: "legend" }, ["PERSON", "ORG", "PLACE", "EVENT", "TIME", "QUOTE"]
    .map((kind) => el("span", { class: kind }, kind.toLowerCase())));
}

// Marks for entity mentions and time expressions (displaCy style: the label after the words),
// with quotes and sentences as classes on the text inside and between them.
function highlightedBody(doc) {
  const marks = [];
  for (const entity of doc.entities || []) {
    const tip = [entity.name, entity.title, entity.country].filter(Boolean).join(" · ");
    for (const m of entity.mentions || []) {
      marks.push({ start: m.start, end: m.end, cls: `ent ent-${entity.type}`, label: entity.type, tip,
        attrs: { "data-entity": entity.name, "data-testid": "entity-mark" } });
    }
  }
  for (const t of doc.times || []) {
    marks.push({ start: t.start, end: t.end, cls: "time", label: t.value, tip: `${t.type} ${t.value}`,
      attrs: { "data-value": t.value, "data-testid": "time-mark" } });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const mark of marks) {  // overlapping marks: the first and longest wins
    if (!kept.length || mark.start >= kept[kept.length - 1].end) kept.push(mark);
  }
  const body = doc.body || "";
  const paragraphs = (doc.article && doc.article.paragraphs && doc.article.paragraphs.length)
    ? doc.article.paragraphs : [{ start: 0, end: body.length }];
  const context = { body, sentences: doc.sentences || [], quotes: doc.quotes || [] };
  return paragraphs.map((p) => {
    const node = el("p", {});
    let at = p.start;
    for (const mark of kept.filter((m) => m.start >= p.start && m.end <= p.end)) {
      append(node, textPieces(context, at, mark.start));
      const label = el("span", { class: "label" }, mark.label);
      append(node, [el("mark", { class: mark.cls, title: mark.tip, ...mark.attrs },
        textPieces(context, mark.start, mark.end), label)]);
      at = mark.end;
    }
    append(node, textPieces(context, at, p.end));
    return node;
  });
}

// The text between two offsets, cut where a sentence or a quote begins or ends, each piece
// knowing its sentence (for evidence highlighting) and whether it is quoted.
function textPieces(context, start, end) {
  if (end <= start) return [];
  const cuts = new Set([start, end]);
  for (const span of [...context.sentences, ...context.quotes]) {
    if (span.start > start && span.start < end) cuts.add(span.start);
    if (span.end > start && span.end < end) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const sentence = context.sentences.findIndex((s) => s.start <= from && to <= s.end);
    const quote = context.quotes.find((q) => q.start <= from && to <= q.end);
    pieces.push(el("span", { class: quote ? "q" : null, "data-s": sentence >= 0 ? sentence : null,
      title: quote && quote.speaker && quote.speaker.name ? `quote: ${quote.speaker.name}` : null },
      context.body.slice(from, to)));
  }
  return pieces;
}

function sentenceOf(doc, event) {
  const sentences = doc.sentences || [];
  const at = event.trigger ? event.trigger.start : (event.mentions && event.mentions[0] ? event.mentions[0].start : -1);
  let index = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (index < 0) index = sentences.findIndex((s) => s.text === event.sentence);
  return index;
}

function showEvidence(index, row) {
  document.querySelectorAll(".evidence").forEach((node) => node.classList.remove("evidence"));
  document.querySelectorAll("tr.event.active").forEach((node) => node.classList.remove("active"));
  row.classList.add("active");
  const pieces = document.querySelectorAll(`[data-s="${index}"]`);
  pieces.forEach((node) => node.classList.add("evidence"));
  if (pieces.length) pieces[0].scrollIntoView({ block: "center", behavior: "smooth" });
}

function actorName(ref) {
  if (!ref) return "";
  return [ref.name, ref.country ? `(${ref.country})` : ""].filter(Boolean).join(" ");
}

// one act told of several: the first actor, then the others it was told with
function actorNames(first, others) {
  return [first, ...(others || [])].map(actorName).filter(Boolean).join(", ");
}

function eventPanel(doc) {
  const rows = (doc.events || []).map((event) => {
    const index = sentenceOf(doc, event);
    const row = el("tr", { class: "event", "data-testid": "event-row", "data-sentence": index, tabindex: 0,
      title: event.sentence },
      el("td", {}, event.date || ""), el("td", {}, event.type, el("div", { class: "muted" }, event.cameo || "")),
      el("td", {}, actorNames(event.source, event.co_sources)), el("td", {}, actorNames(event.target, event.co_targets)),
      el("td", {}, event.place ? event.place.name : ""), scoreCell(event.score));
    const reveal = () => showEvidence(index, row);
    row.addEventListener("click", reveal);
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") reveal(); });
    return row;
  });
  return el("section", { class: "panel" }, el("h2", {}, `Events (${rows.length})`),
    rows.length ? el("table", { "data-testid": "event-table" },
      el("thead", {}, el("tr", {}, ["date", "type", "source", "target", "place", "score"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)) : el("p", { class: "muted" }, "No events coded."),
    rows.length ? el("p", { class: "muted" }, "Click an event to see its sentence.") : null);
}

function entityPanel(doc) {
  const items = (doc.entities || []).map((entity) => el("li", {},
    el("a", { href: route("entity", { name: entity.name }) }, entity.name),
    el("span", { class: "muted" }, " ", [entity.type, entity.title, entity.country].filter(Boolean).join(" · "))));
  return el("section", { class: "panel" }, el("h2", {}, `Entities (${items.length})`),
    el("ul", { class: "chips", "data-testid": "entity-list" }, items));
}

function quotePanel(doc) {
  const quotes = (doc.quotes || []).map((quote) => el("blockquote", { "data-testid": "quote" },
    quote.text, el("div", { class: "muted" }, "— ", quote.speaker && quote.speaker.name ? quote.speaker.name : "unknown",
      quote.direct ? "" : " (indirect)")));
  return el("section", { class: "panel" }, el("h2", {}, `Quotes (${quotes.length})`), quotes);
}

function timePanel(doc) {
  const rows = (doc.times || []).map((t) => el("tr", {}, el("td", {}, t.text), el("td", {}, t.type),
    el("td", {}, t.value)));
  return el("section", { class: "panel" }, el("h2", {}, `Times (${rows.length})`),
    el("table", {}, el("tbody", {}, rows)));
}

// ---- entity profile -----------------------------------------------------------------------

// the charts of the page shown, destroyed when another is shown (a page may have several)
let charts = [];

function drawChart(canvas, config) {
  const old = Chart.getChart(canvas);
  if (old) old.destroy();
  charts.push(new Chart(canvas, config));
}

async function entityView(params) {
  const name = params.get("name") || "";
  show(el("p", { class: "muted" }, "Loading…"));
  try {
    const profile = await api(`/api/entity?${new URLSearchParams({ name })}`);
    const canvas = el("canvas", { "aria-label": "articles per month" });
    show(
      el("h1", {}, profile.name),
      el("p", { class: "muted" }, [profile.type, profile.country].filter(Boolean).join(" · "), " · ",
        el("a", { href: route("trends", { entity: profile.name }) }, "tone over time")),
      el("div", { class: "columns" },
        el("div", { class: "panel" }, el("h2", {}, "Articles per month"), el("div", { class: "chart" }, canvas)),
        el("div", {},
          el("section", { class: "panel" }, el("h2", {}, "Titles"),
            el("ul", { class: "chips" }, profile.titles.map((t) => el("li", {}, `${t.title} (${t.articles})`)))),
          el("section", { class: "panel" }, el("h2", {}, "Seen with"),
            el("ul", { class: "chips" }, profile.co_occurring.map((o) => el("li", {},
              el("a", { href: route("entity", { name: o.name }) }, o.name), ` ${o.articles}`)))),
          el("section", { class: "panel" }, el("h2", {}, "Quotes"),
            profile.quotes.map((q) => el("blockquote", {}, q.text, el("div", { class: "muted" }, q.published || "")))))));
    drawChart(canvas, { type: "bar", data: {
      labels: profile.articles_by_month.map((m) => m.month || "undated"),
      datasets: [{ label: "articles", data: profile.articles_by_month.map((m) => m.articles), backgroundColor: "#1f5fbf" }],
    }, options: { maintainAspectRatio: false, plugins: { legend: { display: false } } } });
  } catch (err) {
    show(problem(err));
  }
}

// ---- timeline between two actors ----------------------------------------------------------

async function timelineView(params) {
  const a = params.get("a") || "", b = params.get("b") || "";
  const first = el("input", { type: "text", placeholder: "actor or ISO3, e.g. PRK", "aria-label": "first actor" });
  const second = el("input", { type: "text", placeholder: "actor or ISO3, e.g. RUS", "aria-label": "second actor" });
  first.value = a;
  second.value = b;
  const form = el("form", { class: "bar", onsubmit: (event) => {
    event.preventDefault();
    location.hash = route("timeline", { a: first.value.trim(), b: second.value.trim() });
  } }, first, second, el("button", { type: "submit" }, "Show"));
  if (!a || !b) {
    show(el("h1", {}, "Timeline between two actors"), form,
      el("p", { class: "muted" }, "Events in either direction over time, scored on the conflict–cooperation scale."));
    return;
  }
  try {
    const rows = await api(`/api/timeline?${new URLSearchParams({ a, b })}`);
    const dated = rows.filter((r) => r.date && !Number.isNaN(Date.parse(r.date.slice(0, 10))));
    const canvas = el("canvas", { "aria-label": "timeline chart" });
    const table = el("table", {}, el("thead", {}, el("tr", {}, ["date", "type", "source", "target", "score", "articles", "evidence"]
      .map((h) => el("th", {}, h)))), el("tbody", {}, rows.map((r) => el("tr", {},
      el("td", {}, r.date || ""), el("td", {}, `${r.type} ${r.cameo || ""}`), el("td", {}, r.source || r.source_country || ""),
      el("td", {}, r.target || r.target_country || ""), scoreCell(r.score), el("td", {}, r.articles),
      el("td", {}, r.evidence || "")))));
    show(el("h1", {}, `${a} – ${b}`), form,
      el("div", { class: "panel" }, el("div", { class: "chart" }, canvas)),
      el("div", { class: "panel" }, el("h2", {}, `${rows.length} events`), table));
    drawChart(canvas, { type: "scatter", data: { datasets: [{
      label: "score per event", backgroundColor: dated.map((r) => (r.score < 0 ? "#b42318" : "#067647")),
      data: dated.map((r) => ({ x: Date.parse(r.date.slice(0, 10)), y: r.score, row: r })),
    }] }, options: { maintainAspectRatio: false, scales: {
      x: { type: "linear", ticks: { callback: (v) => new Date(v).toISOString().slice(0, 10) } },
      y: { min: -10, max: 10, title: { display: true, text: "conflict – cooperation" } } },
    plugins: { tooltip: { callbacks: { label: (ctx) => {
      const r = ctx.raw.row;
      return `${r.date} ${r.type} ${r.source || r.source_country || "?"} → ${r.target || r.target_country || "?"} (${r.score})`;
    } } } } } });
  } catch (err) {
    show(el("h1", {}, "Timeline"), form, problem(err));
  }
}

// ---- actor network ------------------------------------------------------------------------

async function networkView(params) {
  const by = params.get("by") === "entity" ? "entity" : "country";
  const select = el("select", { "aria-label": "nodes", onchange: () => { location.hash = route("network", { by: select.value }); } },
    el("option", { value: "country" }, "countries"), el("option", { value: "entity" }, "entities"));
  select.value = by;
  const graph = el("div", { id: "graph", "data-testid": "network" });
  show(el("h1", {}, "Actor network"), el("form", { class: "bar" }, "Nodes: ", select),
    el("p", { class: "muted" }, "Edge width: events; colour: mean score (red conflict, green cooperation)."), graph);
  try {
    const edges = await api(`/api/network?${new URLSearchParams({ by, limit: 200 })}`);
    const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
    cytoscape({
      container: graph,
      elements: [
        ...[...nodes].map((id) => ({ data: { id, label: id } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, events: e.events,
          color: e.mean_score < 0 ? "#b42318" : "#067647" } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": "#1f5fbf", color: "#1d2330", "font-size": 12 } },
        { selector: "edge", style: { width: "mapData(events, 1, 20, 1, 10)", "line-color": "data(color)",
          "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier" } },
      ],
      layout: { name: "cose", animate: false },
    });
    if (!edges.length) append(graph, [el("p", { class: "muted" }, "No events between known actors yet.")]);
  } catch (err) {
    append(view, [problem(err)]);
  }
}

// ---- paste text and read it ---------------------------------------------------------------

function analyzeView() {
  const area = el("textarea", { "aria-label": "article text", "data-testid": "analyze-text",
    placeholder: "Paste an Indonesian article: a scraped page, HTML, or a JSON record." });
  const kind = el("select", { "aria-label": "format" }, el("option", { value: "text/plain" }, "text"),
    el("option", { value: "text/html" }, "HTML"), el("option", { value: "application/json" }, "JSON record"));
  const out = el("div", { "data-testid": "analyze-result" });
  const form = el("form", { onsubmit: async (event) => {
    event.preventDefault();
    out.replaceChildren(el("p", { class: "muted" }, "Reading…"));
    try {
      const result = await api("/api/analyze", { method: "POST", headers: { "content-type": kind.value }, body: area.value });
      out.replaceChildren(...result.readings.flatMap(readingView),
        ...result.failures.map((f) => el("p", { class: "error" }, `${f.record || "record"}: ${f.reason}`)));
    } catch (err) {
      out.replaceChildren(problem(err));
    }
  } }, area, el("div", { class: "bar" }, kind, el("button", { type: "submit", "data-testid": "analyze-button" }, "Read")));
  show(el("h1", {}, "Analyze text"), form, out);
}

// ---- routing ------------------------------------------------------------------------------

// pages in other files (trends.js) add themselves here before the first render
const ROUTES = { "": searchView, article: articleView, entity: entityView, timeline: timelineView,
  network: networkView, analyze: analyzeView };

function render() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const handler = ROUTES[path] || searchView;
  charts.forEach((c) => c.destroy());
  charts = [];
  handler(new URLSearchParams(query || ""));
}

window.addEventListener("hashchange", render);
// after every script of the page has run, so the routes of the later ones are known
document.addEventListener("DOMContentLoaded", render);
