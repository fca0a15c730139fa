// Search across the archive: ranked hits with highlighted snippets, filters, paging.
import {api} from './api.js';
import {el, formValues, input, message, select, snippet} from './dom.js';
import {filterForm, pager} from './common.js';
import {go, href, paramsObject} from './route.js';

export async function renderSearch(main, params) {
  const p = paramsObject(params);
  main.appendChild(el('h1', null, 'Search the archive'));
  main.appendChild(filterForm([
    input('q', 'words', p.q, {type: 'search', placeholder: 'e.g. treaty "North Korea" -sanctions', autofocus: true, size: 40}),
    select('lang', 'language', [['', 'any'], ['it', 'Italian'], ['en', 'English']], p.lang),
    input('site', 'site', p.site, {placeholder: 'e.g. ansa.it'}),
    input('from', 'published from', p.from, {type: 'date'}),
    input('to', 'to', p.to, {type: 'date'}),
  ], form => go('/search', formValues(form)), 'Search'));
  if (!p.q) {
    main.appendChild(message('Type words to search titles and texts; "quoted phrases" and -exclusions work. '
      + 'Or browse events, an actor pair over time, the network of actors, or quotes.'));
    await overview(main);
    return;
  }
  const page = Number(p.page || 1);
  const result = await api('articles', {q: p.q, lang: p.lang, site: p.site, from: p.from, to: p.to, page});
  main.appendChild(el('p', {class: 'count'}, `${result.total.toLocaleString('en')} articles`));
  const list = el('ol', {class: 'hits', start: String((page - 1) * result.size + 1)});
  for (const hit of result.hits) {
    list.appendChild(el('li', {class: 'hit'},
      el('a', {class: 'title', href: href('/article/' + encodeURIComponent(hit.articleId))}, hit.title || hit.articleId),
      el('div', {class: 'meta'}, [hit.site, hit.published, hit.language].filter(Boolean).join(' · ')),
      el('p', {class: 'snippet'}, snippet(hit.snippet))));
  }
  main.appendChild(list);
  if (result.pages > 1) main.appendChild(pager(page, result.pages, n => href('/search', Object.assign({}, p, {page: n}))));
}

/** The most active actors and pairs, as ways in when there is nothing to search for yet. */
async function overview(main) {
  const [actors, dyads] = await Promise.all([api('actors', {top: 12}), api('dyads', {top: 12})]);
  if (!actors.actors.length) return;
  main.appendChild(el('div', {class: 'overview'},
    el('section', null, el('h2', null, 'Most active actors'), el('ol', null, actors.actors.map(a => el('li', null,
      el('a', {href: href('/events', {source: a.code})}, a.name ? `${a.name} [${a.code}]` : a.code),
      el('span', {class: 'muted'}, ` ${a.events.toLocaleString('en')} events`))))),
    el('section', null, el('h2', null, 'Most active pairs'), el('ol', null, dyads.dyads.map(d => el('li', null,
      el('a', {href: href(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`)}, `${d.a} – ${d.b}`),
      el('span', {class: 'muted'}, ` ${d.events.toLocaleString('en')} events, mean Goldstein ${d.meanGoldstein}`)))))));
}
