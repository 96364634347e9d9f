/**
 * The map: Leaflet with an offline base layer of Natural Earth country shapes
 * (world-atlas, 1:50m) drawn as GeoJSON — no tiles, nothing fetched off this server.
 * Natural Earth at this scale has no provinces, so only country borders are drawn.
 * Events are circles sized by the number killed; places linked to entities are
 * squares-in-spirit (small rings); a click opens a popup with links.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { get, enc, type Entity, type EventRecord } from './api.js';
import { h, clear, showError } from './dom.js';
import { predicateLabel, provenance } from './labels.js';
import { evidenceHref } from './profile.js';
import { graphAllTime, nameOf, rememberNames } from './state.js';
import type { View } from './view.js';

const EVENT_COLOURS: Record<string, string> = { bombing: '#b91c1c', attack: '#c2410c', shooting: '#be123c', killing: '#7f1d1d', raid: '#1e40af', arrest: '#1e3a8a' };

export function createMap(): View {
  const box = h('div', { id: 'map', class: 'map', role: 'region', 'aria-label': 'Map of events and places. The table below lists the same events.' });
  const status = h('p', { id: 'map-status', role: 'status' });
  const rows = h('tbody');
  const el = h('section', { class: 'view view-map', 'aria-labelledby': 'map-title' },
    h('h1', { id: 'map-title' }, 'Map'),
    h('p', { class: 'help' }, 'Circles are events, sized by the number killed; green rings are places where entities operate or are based. Base layer: Natural Earth country borders (no provinces at this scale).'),
    status, box,
    h('table', { class: 'table' }, h('caption', {}, 'Events with a known place'),
      h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Place', 'Killed', 'Injured', 'Source'].map((t) => h('th', { scope: 'col' }, t)))), rows));
  let map: L.Map | null = null;
  let overlay: L.LayerGroup | null = null;

  async function base(m: L.Map): Promise<void> {
    const topo = await (await fetch(countriesUrl)).json() as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    L.geoJSON(feature(topo, topo.objects.countries), {
      style: { color: '#6b7280', weight: 1, fillColor: '#f3f4f6', fillOpacity: 1 },
      onEachFeature: (f, layer) => { const name = (f.properties as { name?: string } | null)?.name; if (name) layer.bindTooltip(name, { sticky: true }); },
      interactive: true,
    }).addTo(m);
  }

  async function draw(): Promise<void> {
    const [places, events, all] = await Promise.all([
      get<{ items: Entity[] }>('/api/entities?type=place&limit=1000'),
      get<{ items: EventRecord[] }>('/api/events?limit=1000'),
      graphAllTime(),
    ]);
    rememberNames(places.items);
    const at = new Map(places.items.filter((p) => p.lat !== null && p.lon !== null).map((p) => [p.id, p]));
    overlay?.remove();
    overlay = L.layerGroup().addTo(map!);
    const operating = new Map<string, string[]>();
    for (const e of all.edges) {
      if (!['operates_in', 'based_in'].includes(e.predicate) || !at.has(e.target)) continue;
      const list = operating.get(e.target) ?? operating.set(e.target, []).get(e.target)!;
      list.push(`<a href="#/entity/${enc(e.source)}">${escape(nameOf(e.source))}</a> (${predicateLabel(e.predicate)})`);
    }
    for (const [id, who] of operating) {
      const p = at.get(id)!;
      L.circleMarker([p.lat!, p.lon!], { radius: 7, color: '#047857', weight: 3, fill: false, className: 'place-marker' })
        .bindPopup(`<strong><a href="#/entity/${enc(id)}">${escape(p.name)}</a></strong><br>${who.join('<br>')}`).addTo(overlay);
    }
    clear(rows);
    let markers = 0;
    const bounds: Array<[number, number]> = [];
    for (const e of events.items.filter((x) => x.status !== 'rejected').sort((a, b) => (a.date ?? '') < (b.date ?? '') ? -1 : 1)) {
      const p = e.place ? at.get(e.place) : undefined;
      if (!p) continue;
      markers += 1;
      bounds.push([p.lat!, p.lon!]);
      const killed = e.killed ?? 0;
      const ev = e.evidence[0];
      const who = e.participants.map((x) => `${x.role.replace(/_/g, ' ')}: <a href="#/entity/${enc(x.entity)}">${escape(nameOf(x.entity))}</a>`).join('<br>');
      L.circleMarker([p.lat!, p.lon!], { radius: 5 + 2.5 * Math.sqrt(killed), color: '#ffffff', weight: 1, fillColor: EVENT_COLOURS[e.type] ?? '#7c3aed', fillOpacity: 0.75, className: 'event-marker' })
        .bindPopup(`<strong>${escape(e.type)}</strong> ${escape(e.date ?? 'undated')} in ${escape(p.name)}<br>killed: ${e.killed ?? '?'}, injured: ${e.injured ?? '?'}<br>${who}${provenance(e) ? `<br>${escape(provenance(e))}` : ''}${ev ? `<br><a href="${evidenceHref(ev)}">source</a>` : ''}`)
        .addTo(overlay);
      rows.append(h('tr', {}, h('td', {}, e.date ?? '—'), h('td', {}, e.type), h('td', {}, h('a', { href: `#/entity/${enc(p.id)}` }, p.name)),
        h('td', {}, e.killed ?? '—'), h('td', {}, e.injured ?? '—'), h('td', {}, ev ? h('a', { href: evidenceHref(ev) }, 'quote') : '—')));
    }
    status.dataset.markers = String(markers);
    status.textContent = `${markers} events on the map, ${operating.size} places with entities.`;
    const core = coreOf(bounds);
    if (core.length) map!.fitBounds(L.latLngBounds(core), { padding: [30, 30], maxZoom: 7, animate: false });
  }

  return {
    el,
    async show() {
      try {
        if (!map) {
          map = L.map(box, { center: [31, 68], zoom: 5, attributionControl: true, worldCopyJump: false });
          map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
          await base(map);
        } else map.invalidateSize();
        await draw();
      } catch (e) { showError(`Could not draw the map: ${(e as Error).message}`); }
    },
  };
}

/** The 90% of points nearest their median: one far-off event (a designation in Washington) should not zoom the map out to the world. */
function coreOf(points: Array<[number, number]>): Array<[number, number]> {
  if (points.length < 5) return points;
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [mlat, mlon] = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  const dist = (p: [number, number]): number => Math.hypot(p[0] - mlat, p[1] - mlon);
  return [...points].sort((a, b) => dist(a) - dist(b)).slice(0, Math.ceil(points.length * 0.9));
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
