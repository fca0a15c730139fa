// The actor-pair view: a timeline of the events between two actors by QuadClass with the mean Goldstein
// score, and the events themselves in each direction, each linked to its sentence.
import {api} from './api.js';
import {el, formValues, input, message, select} from './dom.js';
import {eventTable, filterForm, pager, QUAD_NAMES} from './common.js';
import {dyadChart, nextPeriod} from './chart.js';
import {go, href, paramsObject} from './route.js';

function totals(label, t) {
  return el('div', {class: 'tally'}, el('strong', null, label), ` ${t.events.toLocaleString('en')} events`,
    t.meanGoldstein === null ? '' : ` · mean Goldstein ${t.meanGoldstein}`,
    el('span', {class: 'mix'}, t.quadClass.map((c, q) => c ? el('span', {class: 'chip q' + (q + 1), title: QUAD_NAMES[q]}, String(c)) : null)));
}

async function directionList(box, source, target, p, pageParam) {
  const page = Number(p[pageParam] || 1);
  const result = await api('events', {source, target, from: p.efrom || p.from, to: p.eto || p.to, page, size: 20});
  box.appendChild(el('h2', null, `${source} → ${target} (${result.total.toLocaleString('en')})`));
  if (!result.events.length) {
    box.appendChild(el('p', {class: 'muted'}, 'no events'));
    return;
  }
  box.appendChild(eventTable(result.events));
  if (result.pages > 1) {
    box.appendChild(pager(page, result.pages, n => href(`/dyad/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`,
      Object.assign({}, p, {a: undefined, b: undefined, [pageParam]: n}))));
  }
}

export async function renderDyad(main, params, a, b) {
  const p = paramsObject(params);
  main.appendChild(el('h1', null, 'Actor pair'));
  main.appendChild(filterForm([
    input('a', 'actor', a, {placeholder: 'RUS', size: 10, required: true, pattern: '[A-Za-z]{3,15}'}),
    input('b', 'and actor', b, {placeholder: 'PRK', size: 10, required: true, pattern: '[A-Za-z]{3,15}'}),
    select('by', 'per', [['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']], p.by || 'month'),
    input('from', 'from', p.from, {type: 'date'}),
    input('to', 'to', p.to, {type: 'date'}),
  ], form => {
    const v = formValues(form);
    go(`/dyad/${encodeURIComponent(v.a.toUpperCase())}/${encodeURIComponent(v.b.toUpperCase())}`,
      {by: v.by, from: v.from, to: v.to});
  }));
  if (!a || !b) {
    main.appendChild(message('Choose two actors by CAMEO code (a country such as RUS matches all its actors), '
      + 'or pick one of the most active pairs:'));
    const top = await api('dyads', {top: 20});
    main.appendChild(el('ul', {class: 'pairs'}, top.dyads.map(d => el('li', null,
      el('a', {href: href(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`)}, `${d.a} – ${d.b}`),
      ` ${d.events.toLocaleString('en')} events, mean Goldstein ${d.meanGoldstein}`))));
    return;
  }
  const by = p.by || 'month';
  const dyad = await api(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, {by, from: p.from, to: p.to});
  main.appendChild(el('div', {class: 'totals'},
    totals(`${dyad.a} ↔ ${dyad.b}`, dyad.total), totals(`${dyad.a} → ${dyad.b}`, dyad.total.ab),
    totals(`${dyad.b} → ${dyad.a}`, dyad.total.ba)));
  if (!dyad.periods.length) {
    main.appendChild(message(`No events between ${dyad.a} and ${dyad.b}` + (p.from || p.to ? ' in this period.' : '.')));
    return;
  }
  main.appendChild(dyadChart(dyad.periods, by, period => {
    const end = new Date(nextPeriod(period.start, by) + 'T00:00:00Z');
    end.setUTCDate(end.getUTCDate() - 1);
    go(`/dyad/${encodeURIComponent(dyad.a)}/${encodeURIComponent(dyad.b)}`,
      {by, from: p.from, to: p.to, efrom: period.start, eto: end.toISOString().slice(0, 10)});
  }));
  if (p.efrom || p.eto) {
    main.appendChild(el('p', {class: 'period-note'}, `Events from ${p.efrom || '…'} to ${p.eto || '…'} `,
      el('a', {href: href(`/dyad/${encodeURIComponent(dyad.a)}/${encodeURIComponent(dyad.b)}`, {by, from: p.from, to: p.to})},
        '(all periods)')));
  } else {
    main.appendChild(el('p', {class: 'muted'}, 'Click a bar to list the events of its period.'));
  }
  const lists = el('div', {class: 'directions'});
  const ab = el('section', {class: 'direction'});
  const ba = el('section', {class: 'direction'});
  lists.append(ab, ba);
  main.appendChild(lists);
  const base = Object.assign({}, p, {a: dyad.a, b: dyad.b});
  await Promise.all([directionList(ab, dyad.a, dyad.b, base, 'pageab'), directionList(ba, dyad.b, dyad.a, base, 'pageba')]);
}
