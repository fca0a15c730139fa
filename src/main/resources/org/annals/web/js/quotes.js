// Quotes by speaker or relay, with their provenance: speaker ← relay ← publisher.
import {api} from './api.js';
import {el, formValues, input, message} from './dom.js';
import {filterForm, pager, sentenceLink} from './common.js';
import {provenance} from './article.js';
import {go, href, paramsObject} from './route.js';

export async function renderQuotes(main, params) {
  const p = paramsObject(params);
  main.appendChild(el('h1', null, 'Quotes'));
  main.appendChild(filterForm([
    input('speaker', 'speaker', p.speaker, {placeholder: 'name or code'}),
    input('via', 'through', p.via, {placeholder: 'agency or outlet'}),
    input('from', 'from', p.from, {type: 'date'}),
    input('to', 'to', p.to, {type: 'date'}),
  ], form => go('/quotes', formValues(form))));
  const page = Number(p.page || 1);
  const result = await api('quotes', Object.assign({}, p, {page, size: 30}));
  if (!result.quotes.length) {
    main.appendChild(message('No quotes found.'));
    return;
  }
  main.appendChild(el('ol', {class: 'quotes', start: String((page - 1) * result.size + 1)}, result.quotes.map(q => el('li', null,
    el('q', null, q.text),
    el('div', {class: 'provenance'}, provenance(q)),
    el('div', {class: 'muted'}, [q.site, q.published, q.kind].filter(Boolean).join(' · '), ' · ',
      sentenceLink(q.articleId, q.sentence, 'in the article'))))));
  main.appendChild(pager(page, result.quotes.length < result.size ? page : undefined,
    n => href('/quotes', Object.assign({}, p, {page: n}))));
}
