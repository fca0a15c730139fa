// Events across the archive, filtered and paged on the server.
import {api} from './api.js';
import {el, formValues, input, select} from './dom.js';
import {eventTable, filterForm, pager} from './common.js';
import {go, href, paramsObject} from './route.js';

const PLOVER = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'MOBILIZE',
  'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'];
const STATUS = ['asserted', 'reported', 'alleged', 'planned', 'hypothetical', 'negated'];

export async function renderEvents(main, params) {
  const p = paramsObject(params);
  main.appendChild(el('h1', null, 'Events'));
  main.appendChild(filterForm([
    input('source', 'source', p.source, {placeholder: 'RUS', size: 8}),
    input('target', 'target', p.target, {placeholder: 'UKR', size: 8}),
    input('cameo', 'CAMEO', p.cameo, {placeholder: '19', size: 5, pattern: '\\d{1,4}'}),
    select('plover', 'PLOVER', [['', 'any']].concat(PLOVER.map(x => [x, x])), p.plover),
    select('status', 'status', [['', 'any']].concat(STATUS.map(x => [x, x])), p.status),
    input('from', 'from', p.from, {type: 'date'}),
    input('to', 'to', p.to, {type: 'date'}),
    select('lang', 'language', [['', 'any'], ['it', 'Italian'], ['en', 'English']], p.lang),
    input('site', 'site', p.site, {size: 12}),
  ], form => go('/events', formValues(form))));
  const page = Number(p.page || 1);
  const query = Object.assign({}, p, {page, size: 50});
  const result = await api('events', query);
  main.appendChild(el('p', {class: 'count'}, `${result.total.toLocaleString('en')} events`));
  if (result.events.length) main.appendChild(eventTable(result.events));
  if (result.pages > 1) main.appendChild(pager(page, result.pages, n => href('/events', Object.assign({}, p, {page: n}))));
}
