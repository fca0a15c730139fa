// The actor network: the most active pairs of actors in a period, on a circle; line width is the number
// of events, colour the mean Goldstein score (red hostile, green cooperative).
import {api} from './api.js';
import {el, formValues, input, message, svg} from './dom.js';
import {filterForm} from './common.js';
import {go, href, paramsObject} from './route.js';

const SIZE = 640;

/** A colour from red (−10) through grey (0) to green (+10). */
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 40, 40] : [30, 150, 70];
  const k = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export async function renderNetwork(main, params) {
  const p = paramsObject(params);
  main.appendChild(el('h1', null, 'Actor network'));
  main.appendChild(filterForm([
    input('from', 'from', p.from, {type: 'date'}),
    input('to', 'to', p.to, {type: 'date'}),
    input('top', 'pairs', p.top || '30', {type: 'number', min: 1, max: 200, size: 4}),
  ], form => go('/network', formValues(form))));
  const top = Number(p.top || 30);
  const result = await api('dyads', {top, from: p.from, to: p.to});
  if (!result.dyads.length) {
    main.appendChild(message('No events in this period.'));
    return;
  }
  const weight = new Map();
  for (const d of result.dyads) {
    weight.set(d.a, (weight.get(d.a) || 0) + d.events);
    weight.set(d.b, (weight.get(d.b) || 0) + d.events);
  }
  const nodes = [...weight.entries()].sort((x, y) => y[1] - x[1]).map(([code]) => code);
  const centre = SIZE / 2, radius = SIZE / 2 - 90;
  const position = new Map(nodes.map((code, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [code, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle), angle]];
  }));
  const maxEvents = Math.max(...result.dyads.map(d => d.events));
  const maxWeight = Math.max(...weight.values());
  const root = svg('svg', {class: 'network', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img',
    'aria-label': 'the most active pairs of actors'});
  for (const d of [...result.dyads].reverse()) {
    const [x1, y1] = position.get(d.a), [x2, y2] = position.get(d.b);
    const link = svg('a', {href: href(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`, {from: p.from, to: p.to})},
      svg('line', {class: 'edge', x1, y1, x2, y2, stroke: goldsteinColour(d.meanGoldstein),
        'stroke-width': (1 + 9 * d.events / maxEvents).toFixed(1)}),
      svg('title', null, `${d.a} – ${d.b}: ${d.events} events, mean Goldstein ${d.meanGoldstein}`));
    root.appendChild(link);
  }
  for (const code of nodes) {
    const [x, y, angle] = position.get(code);
    const r = 5 + 15 * Math.sqrt(weight.get(code) / maxWeight);
    const lx = centre + (radius + r + 8) * Math.cos(angle), ly = centre + (radius + r + 8) * Math.sin(angle);
    root.appendChild(svg('a', {href: href('/events', {source: code, from: p.from, to: p.to}), class: 'node'},
      svg('circle', {cx: x, cy: y, r}),
      svg('text', {x: lx, y: ly + 4, 'text-anchor': Math.cos(angle) < -0.2 ? 'end' : Math.cos(angle) > 0.2 ? 'start' : 'middle'}, code),
      svg('title', null, `${code}: ${weight.get(code)} events in these pairs`)));
  }
  main.appendChild(el('div', {class: 'network-box'}, root,
    el('table', {class: 'pairs-table'},
      el('thead', null, el('tr', null, el('th', null, 'pair'), el('th', null, 'events'), el('th', null, 'mean Goldstein'))),
      el('tbody', null, result.dyads.map(d => el('tr', null,
        el('td', null, el('a', {href: href(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`, {from: p.from, to: p.to})}, `${d.a} – ${d.b}`)),
        el('td', {class: 'num'}, d.events.toLocaleString('en')),
        el('td', {class: 'num'}, String(d.meanGoldstein))))))));
}
