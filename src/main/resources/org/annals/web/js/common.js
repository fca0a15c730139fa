// Pieces shared by the views: actors, events, pagers.
import {el} from './dom.js';

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** "Vladimir Putin [RUSGOV]" */
export function actorName(actor) {
  if (!actor) return '—';
  return actor.code ? `${actor.name} [${actor.code}]` : actor.name;
}

export function actorCode(actor) {
  return actor ? (actor.code || actor.name) : '—';
}

/** Whether a value is an ISO date the API accepts. */
export function isDate(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value || '');
}

/** A pager: ‹ previous · page N of M · next › as hash links built by linkFor(page). */
export function pager(page, pages, linkFor) {
  const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
  if (page > 1) nav.appendChild(el('a', {href: linkFor(page - 1), class: 'prev'}, '‹ previous'));
  nav.appendChild(el('span', null, pages ? ` page ${page} of ${pages.toLocaleString('en')} ` : ` page ${page} `));
  if (pages === undefined || page < pages) nav.appendChild(el('a', {href: linkFor(page + 1), class: 'next'}, 'next ›'));
  return nav;
}

/** A link to the article, scrolled to the sentence that reports an event or holds a quote. */
export function sentenceLink(articleId, sentence, label) {
  const params = new URLSearchParams();
  if (sentence) params.set('sentence', sentence.slice(0, 160));
  return el('a', {href: `#/article/${encodeURIComponent(articleId)}?${params}`, class: 'sentence'}, label || sentence);
}

/** A table of stored events, each row linked to its sentence in its article. */
export function eventTable(events) {
  const body = el('tbody');
  for (const e of events) {
    body.appendChild(el('tr', {class: 'q' + e.quadClass},
      el('td', {class: 'nowrap'}, e.date || e.eventDate || '—'),
      el('td', null, actorCode(e.source), ' → ', actorCode(e.target)),
      el('td', {class: 'nowrap', title: e.pattern || ''}, el('span', {class: 'code'}, e.cameo),
        e.plover ? ' ' + e.plover : ''),
      el('td', {class: 'num'}, String(e.goldstein)),
      el('td', null, el('span', {class: 'status ' + e.status}, e.status)),
      el('td', null, sentenceLink(e.articleId, e.sentence), e.site ? el('span', {class: 'muted'}, ' — ' + e.site) : null)));
  }
  return el('table', {class: 'events'},
    el('thead', null, el('tr', null, el('th', null, 'date'), el('th', null, 'actors'), el('th', null, 'code'),
      el('th', null, 'Goldstein'), el('th', null, 'status'), el('th', null, 'sentence'))),
    body);
}

/** A form that navigates on submit (its fields become the hash parameters). */
export function filterForm(fields, onSubmit, label) {
  const form = el('form', {class: 'filters'}, fields, el('button', {type: 'submit'}, label || 'Show'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    onSubmit(form);
  });
  return form;
}
