// The actor-pair chart, drawn as SVG: events per period stacked by QuadClass, and the mean Goldstein
// score as a line on its own axis (−10 to +10).
import {el, svg} from './dom.js';
import {QUAD_NAMES} from './common.js';

const WIDTH = 960, HEIGHT = 320;
const M = {top: 20, right: 52, bottom: 46, left: 52};
const MAX_FILLED = 400;

/** The first day of the period after `start`. */
export function nextPeriod(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The periods with the empty ones between them added (when not too many), so time reads evenly. */
export function filled(periods, by) {
  if (periods.length < 2) return periods;
  const out = [];
  const byStart = new Map(periods.map(p => [p.start, p]));
  let at = periods[0].start;
  const last = periods[periods.length - 1].start;
  while (at <= last && out.length <= MAX_FILLED) {
    out.push(byStart.get(at) || {start: at, events: 0, meanGoldstein: null, quadClass: [0, 0, 0, 0], empty: true});
    at = nextPeriod(at, by);
  }
  return out.length > MAX_FILLED ? periods : out;
}

function niceMax(n) {
  if (n <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(n)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

/**
 * @param periods the API's periods (each with start, events, meanGoldstein, quadClass)
 * @param onPick  called with a period when its bar is clicked
 */
export function dyadChart(periods, by, onPick) {
  const data = filled(periods, by);
  const w = WIDTH - M.left - M.right, h = HEIGHT - M.top - M.bottom;
  const max = niceMax(Math.max(1, ...data.map(p => p.events)));
  const step = w / Math.max(1, data.length);
  const barWidth = Math.max(1, step * 0.8);
  const y = n => M.top + h - (n / max) * h;
  const yg = g => M.top + h / 2 - (g / 10) * (h / 2);
  const root = svg('svg', {class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-label': 'events per period by QuadClass, with the mean Goldstein score'});

  // axes and grid
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    root.appendChild(svg('line', {class: 'grid', x1: M.left, x2: M.left + w, y1: y(v), y2: y(v)}));
    root.appendChild(svg('text', {class: 'axis', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, String(Math.round(v * 10) / 10)));
  }
  for (const g of [-10, -5, 0, 5, 10]) {
    root.appendChild(svg('text', {class: 'axis goldstein', x: M.left + w + 6, y: yg(g) + 4}, (g > 0 ? '+' : '') + g));
  }
  root.appendChild(svg('line', {class: 'zero', x1: M.left, x2: M.left + w, y1: yg(0), y2: yg(0)}));
  root.appendChild(svg('text', {class: 'axis-title', x: 12, y: M.top + h / 2, transform: `rotate(-90 12 ${M.top + h / 2})`,
    'text-anchor': 'middle'}, 'events'));
  root.appendChild(svg('text', {class: 'axis-title', x: WIDTH - 8, y: M.top + h / 2,
    transform: `rotate(90 ${WIDTH - 8} ${M.top + h / 2})`, 'text-anchor': 'middle'}, 'mean Goldstein'));

  // stacked bars
  const labelEvery = Math.max(1, Math.ceil(data.length / 12));
  data.forEach((p, i) => {
    const x = M.left + i * step + (step - barWidth) / 2;
    const group = svg('g', {class: 'bar' + (p.empty ? ' empty' : ''), 'data-start': p.start});
    let base = 0;
    p.quadClass.forEach((count, q) => {
      if (!count) return;
      group.appendChild(svg('rect', {class: 'q' + (q + 1), x, width: barWidth, y: y(base + count), height: y(base) - y(base + count)}));
      base += count;
    });
    // a transparent full-height target, so thin bars are easy to hover and click
    group.appendChild(svg('rect', {class: 'hit', x: M.left + i * step, width: step, y: M.top, height: h}));
    group.appendChild(svg('title', null, `${p.start}: ${p.events} events`
      + (p.meanGoldstein === null || p.meanGoldstein === undefined ? '' : `, mean Goldstein ${p.meanGoldstein}`)
      + p.quadClass.map((c, q) => c ? `\n${QUAD_NAMES[q]}: ${c}` : '').join('')));
    if (!p.empty && onPick) group.addEventListener('click', () => onPick(p));
    root.appendChild(group);
    if (i % labelEvery === 0) {
      root.appendChild(svg('text', {class: 'axis', x: M.left + i * step + step / 2, y: M.top + h + 16, 'text-anchor': 'middle'},
        by === 'year' ? p.start.slice(0, 4) : by === 'month' ? p.start.slice(0, 7) : p.start));
    }
  });

  // the Goldstein line through the periods that have events
  const points = [];
  data.forEach((p, i) => {
    if (p.meanGoldstein !== null && p.meanGoldstein !== undefined && p.events > 0) {
      points.push([M.left + i * step + step / 2, yg(p.meanGoldstein)]);
    }
  });
  if (points.length > 1) {
    root.appendChild(svg('polyline', {class: 'goldstein-line', points: points.map(pt => pt.join(',')).join(' ')}));
  }
  for (const [cx, cy] of points) root.appendChild(svg('circle', {class: 'goldstein-dot', cx, cy, r: 3}));

  const legend = el('div', {class: 'legend'},
    QUAD_NAMES.map((name, q) => el('span', {class: 'key'}, el('span', {class: 'swatch q' + (q + 1)}), name)),
    el('span', {class: 'key'}, el('span', {class: 'swatch line'}), 'mean Goldstein (right axis)'));
  return el('figure', {class: 'chart-box'}, root, legend);
}
