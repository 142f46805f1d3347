// The dashboard. Report text is untrusted: it only ever reaches the page through textContent and text
// nodes (the el() helper below), never parsed as HTML. The token lives in sessionStorage (this tab only).
"use strict";

const TOKEN_KEY = "mesint.token";
const MAP_LIMIT = 20000;
const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const OTHER_COLOUR = "#34495e";
const PRECISION = { 1: "exact place", 2: "near a place / part of a region", 3: "governorate only" };

const state = {
  days: [], // ISO dates of the histogram, one per day from the first to the last event
  events: [], // the map view of the events matching the filters
  markers: new Map(), // id -> circle marker
  selected: null, // id of the event open in the panel
  uncertainty: null, // the open event's uncertainty circle
  map: null,
  cluster: null,
};

// -- small helpers --------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = String(v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const $ = (id) => document.getElementById(id);
const colour = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;

function fatalities(e) {
  // Reconciled events may carry {low, best, high}; older ones only "killed".
  const f = e.fatalities;
  if (typeof f === "number") return f;
  if (f && typeof f === "object" && typeof f.best === "number") return f.best;
  return typeof e.killed === "number" ? e.killed : 0;
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: "Bearer " + token() }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401) logout(body.error || "please sign in again");
    throw new HttpError(response.status, body.error || response.statusText);
  }
  return body;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// -- login ----------------------------------------------------------------------------------------------

function logout(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  $("login").hidden = false;
  $("logout").hidden = true;
  $("whoami").textContent = "";
  $("login-error").textContent = message || "";
}

async function login(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
  try {
    const me = await api("/api/me");
    $("login").hidden = true;
    $("logout").hidden = false;
    $("whoami").textContent = (me.name || "token #" + me.id) + " · " + me.role;
    await start();
  } catch (err) {
    if (err.status !== 401) logout(err.message);
  }
}

// -- map ------------------------------------------------------------------------------------------------

function initMap() {
  // No tile layer: everything drawn comes from the bundled GeoJSON, so no request leaves the machine.
  const map = L.map("map", { preferCanvas: false, zoomSnap: 0.5, minZoom: 4, maxZoom: 14 });
  map.fitBounds([[29.0, 35.5], [37.5, 48.8]]);
  map.createPane("boundaries").style.zIndex = 350;
  const layers = [
    ["countries", { pane: "boundaries", style: { color: "#6b6b6b", weight: 1.2, fillColor: "#f3efe6", fillOpacity: 1 } }],
    ["admin1", { pane: "boundaries", style: { color: "#9a8f7a", weight: 0.8, dashArray: "3 3", fill: false } }],
    ["rivers", { pane: "boundaries", style: { color: "#5dade2", weight: 1.4, opacity: 0.9 } }],
  ];
  for (const [name, options] of layers) {
    fetch("/layers/" + name + ".geojson")
      .then((r) => r.json())
      .then((geo) => {
        const layer = L.geoJSON(geo, options).addTo(map);
        if (name === "countries") layer.bringToBack();
      });
  }
  state.cluster = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false });
  map.addLayer(state.cluster);
  map.on("moveend", debounce(renderList, 100));
  state.map = map;
}

function tooltipFor(e) {
  return el("div", { class: "tip" },
    el("strong", { text: e.event_type || "event" }), el("br"),
    (e.date || "undated") + " · " + [e.place, e.admin1].filter(Boolean).join(", "));
}

function drawMarkers() {
  state.cluster.clearLayers();
  state.markers.clear();
  const markers = [];
  for (const e of state.events) {
    if (typeof e.lat !== "number" || typeof e.lon !== "number") continue;
    const m = L.circleMarker([e.lat, e.lon], {
      radius: 5 + 2.2 * Math.sqrt(fatalities(e)),
      color: "#222",
      weight: 1,
      fillColor: colour(e.event_type),
      fillOpacity: 0.85,
    });
    m.bindTooltip(tooltipFor(e), { direction: "top" }); // a DOM node: Leaflet does not parse it as HTML
    m.on("click", () => openEvent(e.id));
    m.eventId = e.id;
    state.markers.set(e.id, m);
    markers.push(m);
  }
  state.cluster.addLayers(markers);
}

// -- filters, timeline ----------------------------------------------------------------------------------

function filterParams(withDates = true) {
  const p = new URLSearchParams();
  const set = (k, v) => { if (v !== "" && v !== null && v !== undefined) p.set(k, v); };
  set("type", $("f-type").value);
  set("actor", $("f-actor").value.trim());
  set("admin1", $("f-admin1").value);
  set("q", $("f-q").value.trim());
  const sources = parseInt($("f-sources").value, 10);
  if (sources > 0) p.set("min_sources", String(sources));
  if (withDates && state.days.length) {
    p.set("from", state.days[Number($("f-from").value)]);
    p.set("to", state.days[Number($("f-to").value)]);
  }
  return p;
}

function fillSelect(select, values) {
  for (const v of values) select.appendChild(el("option", { value: v, text: v }));
}

function daysBetween(first, last) {
  const out = [];
  const d = new Date(first + "T00:00:00Z");
  const end = new Date(last + "T00:00:00Z");
  while (d <= end && out.length < 20000) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

async function initTimeline() {
  const stats = await api("/api/stats");
  const dated = stats.by_day.filter((d) => d.date);
  state.days = dated.length ? daysBetween(dated[0].date.slice(0, 10), dated[dated.length - 1].date.slice(0, 10)) : [];
  const max = Math.max(0, state.days.length - 1);
  for (const id of ["f-from", "f-to"]) $(id).max = String(max);
  $("f-from").value = "0";
  $("f-to").value = String(max);
  state.histogram = dated;
  drawHistogram();
  updateRangeLabels();
}

function drawHistogram() {
  const box = $("histogram");
  clear(box);
  if (!state.days.length) return;
  const bins = Math.min(60, state.days.length);
  const per = state.days.length / bins;
  const counts = new Array(bins).fill(0);
  const index = new Map(state.days.map((d, i) => [d, i]));
  for (const d of state.histogram) {
    const i = index.get(d.date.slice(0, 10));
    if (i !== undefined) counts[Math.min(bins - 1, Math.floor(i / per))] += d.count;
  }
  const top = Math.max(1, ...counts);
  const from = Number($("f-from").value);
  const to = Number($("f-to").value);
  counts.forEach((c, b) => {
    const first = Math.floor(b * per);
    const bar = el("div", { class: "bar", title: state.days[first] + ": " + c });
    bar.style.height = Math.max(c ? 2 : 0, Math.round((c / top) * 100)) + "%";
    if (first + per - 1 < from || first > to) bar.classList.add("out");
    box.appendChild(bar);
  });
}

function updateRangeLabels() {
  if (!state.days.length) return;
  let from = Number($("f-from").value);
  let to = Number($("f-to").value);
  if (from > to) [from, to] = [to, from];
  $("f-from").value = String(from);
  $("f-to").value = String(to);
  $("from-label").textContent = state.days[from];
  $("to-label").textContent = state.days[to];
  updateDigestLink(state.days[to]);
}

function updateDigestLink(day) {
  const link = $("digest-link");
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
  const monday = d.toISOString().slice(0, 10);
  link.href = "/digest?week=" + monday;
  link.textContent = "Digest, week of " + monday;
  link.hidden = false;
}

async function openDigest(event) {
  // A plain link cannot send the bearer token: fetch the page and show it from a blob (same CSP, no scripts).
  event.preventDefault();
  const link = event.currentTarget;
  const response = await fetch(link.getAttribute("href"), { headers: { Authorization: "Bearer " + token() } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    alertText(body.error || "the digest is not available");
    return;
  }
  const blob = new Blob([await response.text()], { type: "text/html" });
  window.open(URL.createObjectURL(blob), "_blank", "noopener");
}

function alertText(message) {
  $("list-count").textContent = message;
}

async function loadEvents() {
  const p = filterParams();
  p.set("view", "map");
  p.set("limit", String(MAP_LIMIT));
  const page = await api("/api/events?" + p.toString());
  state.events = page.events;
  const shown = page.total > page.events.length ? " (first " + page.events.length + " shown)" : "";
  $("summary").textContent = page.total + " events" + shown;
  drawMarkers();
  renderList();
}

const reload = debounce(() => loadEvents().catch((err) => alertText(err.message)), 250);

// -- list synced with the map ---------------------------------------------------------------------------

function renderList() {
  const list = $("event-list");
  clear(list);
  const bounds = state.map.getBounds();
  const visible = state.events.filter(
    (e) => typeof e.lat === "number" && typeof e.lon === "number" && bounds.contains([e.lat, e.lon])
  );
  const unplaced = state.events.length - state.events.filter((e) => typeof e.lat === "number").length;
  $("list-count").textContent =
    visible.length + " in view" + (unplaced ? ", " + unplaced + " without coordinates" : "");
  for (const e of visible.slice(-300).reverse()) {
    const item = el("li", { class: e.id === state.selected ? "selected" : null, "data-id": e.id, tabindex: 0 },
      el("span", { class: "swatch" }),
      el("span", { class: "date", text: e.date || "undated" }),
      el("span", { class: "type", text: e.sub_event_type || e.event_type || "" }),
      el("span", { class: "where", text: [e.place, e.admin1].filter(Boolean).join(", ") }),
      fatalities(e) ? el("span", { class: "killed", text: fatalities(e) + " killed" }) : null);
    item.firstChild.style.background = colour(e.event_type);
    item.addEventListener("click", () => openEvent(e.id, true));
    item.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.id, true); });
    item.addEventListener("mouseenter", () => highlight(e.id, true));
    item.addEventListener("mouseleave", () => highlight(e.id, false));
    list.appendChild(item);
  }
}

function highlight(id, on) {
  const m = state.markers.get(id);
  if (m && state.map.hasLayer(m)) m.setStyle({ weight: on ? 3 : 1, color: on ? "#000" : "#222" });
}

// -- event panel ----------------------------------------------------------------------------------------

function row(label, value) {
  if (value === null || value === undefined || value === "") return null;
  return el("div", { class: "row" }, el("span", { class: "label", text: label }), el("span", { class: "value", text: String(value) }));
}

function mergeHistory(e) {
  // Reconciliation may record merges under one of these keys; show whichever is present.
  for (const key of ["merge_history", "merges", "history", "members"]) {
    const value = e[key];
    if (Array.isArray(value) && value.length) return value;
  }
  return [];
}

function describe(item) {
  if (item === null || typeof item !== "object") return String(item);
  const parts = [];
  for (const k of ["at", "date", "id", "event_id", "document", "source", "reason", "score", "action"]) {
    if (item[k] !== undefined && item[k] !== null && typeof item[k] !== "object") parts.push(k + ": " + item[k]);
  }
  return parts.length ? parts.join(" · ") : JSON.stringify(item);
}

async function openEvent(id, zoom = false) {
  state.selected = id;
  const body = $("panel-body");
  clear(body);
  body.appendChild(el("p", { class: "muted", text: "loading…" }));
  $("panel").hidden = false;
  let detail;
  try {
    detail = await api("/api/events/" + encodeURIComponent(id));
  } catch (err) {
    clear(body);
    body.appendChild(el("p", { class: "error", text: err.message }));
    return;
  }
  const e = detail.event;
  clear(body);
  const header = el("h2", {}, el("span", { class: "swatch" }), e.event_type || "event");
  header.firstChild.style.background = colour(e.event_type);
  body.appendChild(header);
  body.appendChild(el("p", { class: "sub", text: [e.sub_event_type, e.date].filter(Boolean).join(" · ") }));
  const facts = el("div", { class: "facts" },
    row("Actor 1", e.actor1), row("Actor 2", e.actor2),
    row("Associated", [e.assoc_actor_1, e.assoc_actor_2].filter(Boolean).join(", ")),
    row("Place", [e.place, e.admin1, e.country].filter(Boolean).join(", ")),
    row("As written", e.location_text),
    row("Precision", e.geo_precision ? e.geo_precision + " — " + (PRECISION[e.geo_precision] || "") : null),
    row("Uncertainty", typeof e.uncertainty_km === "number" ? "± " + e.uncertainty_km + " km" : null),
    row("Killed", e.killed), row("Wounded", e.wounded),
    row("Sources", e.sources_count), row("Document", e.document && e.document.name));
  body.appendChild(facts);

  body.appendChild(el("h3", { text: "Report text" }));
  body.appendChild(el("blockquote", { class: "quote", text: e.quote || "" }));

  const citations = e.citations || [];
  body.appendChild(el("h3", { text: "Sources (" + citations.length + ")" }));
  const sources = el("ul", { class: "sources" });
  for (const c of citations) {
    sources.appendChild(el("li", {}, el("strong", { text: c.label || c.outlet || "source" }),
      c.affiliation ? el("span", { class: "muted", text: " · " + c.affiliation }) : null,
      c.text ? el("q", { text: c.text }) : null));
  }
  body.appendChild(sources);

  const claims = e.claims || [];
  if (claims.length) {
    body.appendChild(el("h3", { text: "Claims" }));
    const list = el("ul", { class: "claims" });
    for (const c of claims) {
      const figures = ["killed " + (c.killed ?? "—"), "wounded " + (c.wounded ?? "—")].join(", ");
      list.appendChild(el("li", {}, el("strong", { text: c.source || "unattributed" }), ": " + figures,
        c.text ? el("q", { text: c.text }) : null));
    }
    body.appendChild(list);
  }

  const merges = mergeHistory(e);
  if (merges.length) {
    body.appendChild(el("h3", { text: "Merge history" }));
    const list = el("ul", { class: "history" });
    for (const m of merges) list.appendChild(el("li", { text: describe(m) }));
    body.appendChild(list);
  }
  const notes = e.notes || [];
  if (notes.length) {
    body.appendChild(el("h3", { text: "Notes" }));
    const list = el("ul", {});
    for (const n of notes) list.appendChild(el("li", { text: String(n) }));
    body.appendChild(list);
  }
  if (detail.corrections.length || detail.verifications.length) {
    body.appendChild(el("h3", { text: "Analyst history" }));
    const list = el("ul", { class: "history" });
    for (const c of detail.corrections) {
      list.appendChild(el("li", { text: c.at + " " + c.who + ": " + c.field + " " + JSON.stringify(c.old_value) + " → " + JSON.stringify(c.new_value) }));
    }
    for (const v of detail.verifications) {
      list.appendChild(el("li", { text: v.at + " " + v.who + ": " + v.status + (v.note ? " — " + v.note : "") }));
    }
    body.appendChild(list);
  }
  body.appendChild(el("p", { class: "muted id", text: "id " + e.id }));

  showUncertainty(e, zoom);
  document.querySelectorAll("#event-list li.selected").forEach((li) => li.classList.remove("selected"));
  const li = document.querySelector('#event-list li[data-id="' + CSS.escape(e.id) + '"]');
  if (li) li.classList.add("selected");
}

function showUncertainty(e, zoom) {
  if (state.uncertainty) state.map.removeLayer(state.uncertainty);
  state.uncertainty = null;
  if (typeof e.lat !== "number" || typeof e.lon !== "number") return;
  const km = typeof e.uncertainty_km === "number" && e.uncertainty_km > 0 ? e.uncertainty_km : 1;
  state.uncertainty = L.circle([e.lat, e.lon], {
    radius: km * 1000, color: colour(e.event_type), weight: 2, dashArray: "5 4", fillOpacity: 0.08, interactive: false,
  }).addTo(state.map);
  if (zoom) state.map.fitBounds(state.uncertainty.getBounds(), { maxZoom: 11, padding: [40, 40] });
}

function closePanel() {
  $("panel").hidden = true;
  state.selected = null;
  if (state.uncertainty) state.map.removeLayer(state.uncertainty);
  state.uncertainty = null;
}

// -- start ----------------------------------------------------------------------------------------------

function drawLegend() {
  const box = $("legend");
  clear(box);
  for (const [type, c] of Object.entries(TYPE_COLOURS)) {
    const sw = el("span", { class: "swatch" });
    sw.style.background = c;
    box.appendChild(el("span", { class: "legend-item" }, sw, type));
  }
  box.appendChild(el("span", { class: "legend-item muted", text: "size: killed" }));
}

let started = false;

async function start() {
  if (!started) {
    started = true;
    initMap();
    drawLegend();
    const f = await api("/api/facets");
    fillSelect($("f-type"), f.event_types);
    fillSelect($("f-admin1"), f.admin1);
    for (const a of f.actors) $("actors").appendChild(el("option", { value: a }));
    await initTimeline();
  }
  await loadEvents();
}

function bind() {
  $("login-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const value = $("token").value.trim();
    $("token").value = "";
    if (value) login(value);
  });
  $("logout").addEventListener("click", () => logout(""));
  for (const id of ["f-type", "f-admin1", "f-sources"]) $(id).addEventListener("change", reload);
  for (const id of ["f-actor", "f-q"]) $(id).addEventListener("input", reload);
  for (const id of ["f-from", "f-to"]) {
    $(id).addEventListener("input", () => { updateRangeLabels(); drawHistogram(); });
    $(id).addEventListener("change", reload);
  }
  $("filters").addEventListener("submit", (ev) => ev.preventDefault());
  $("reset").addEventListener("click", () => {
    $("filters").reset();
    $("f-from").value = "0";
    $("f-to").value = String(Math.max(0, state.days.length - 1));
    updateRangeLabels();
    drawHistogram();
    reload();
  });
  $("panel-close").addEventListener("click", closePanel);
  $("digest-link").addEventListener("click", openDigest);
}

window.addEventListener("DOMContentLoaded", () => {
  bind();
  if (token()) login(token());
  else logout("");
});
