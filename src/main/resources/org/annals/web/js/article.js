// One article: the clean text with events, quotes, claims and times highlighted in place (located by the
// character offsets of the analysis), and the lists of each with codes, statuses, actors and provenance.
import {api} from './api.js';
import {clear, el, externalLink} from './dom.js';
import {QUAD_NAMES, actorCode, actorName} from './common.js';
import {href} from './route.js';

const KINDS = ['event', 'quote', 'claim', 'time'];
const KIND_LABELS = {event: 'Events', quote: 'Quotes', claim: 'Claims', time: 'Times'};

/** The sentence span of an event: the analysis' sentence with the same text, else the text's first match. */
function locateSentence(analysis, text, sentence) {
  const found = (analysis.sentences || []).find(s => s.text === sentence);
  if (found) return {start: found.start, end: found.end};
  const at = text.indexOf(sentence);
  return at < 0 ? null : {start: at, end: at + sentence.length};
}

function validSpan(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/** Every highlight: {kind, index, start, end, item, label}. */
export function annotations(analysis) {
  const text = analysis.article.text || '';
  const list = [];
  (analysis.events || []).forEach((e, index) => {
    const s = locateSentence(analysis, text, e.sentence);
    if (!s) return;
    let start = s.start, end = s.end;
    const at = e.evidence ? text.slice(s.start, s.end).indexOf(e.evidence) : -1;
    if (at >= 0) {
      start = s.start + at;
      end = start + e.evidence.length;
    }
    list.push({kind: 'event', index, start, end, item: e,
      label: `${e.cameo}${e.plover ? ' ' + e.plover : ''} · ${e.status} · ${actorCode(e.source)} → ${actorCode(e.target)}`});
  });
  (analysis.quotes || []).forEach((q, index) => {
    if (validSpan(q.start, q.end, text.length)) {
      list.push({kind: 'quote', index, start: q.start, end: q.end, item: q, label: `quote (${q.kind}) · ${provenance(q)}`});
    }
  });
  (analysis.claims || []).forEach((c, index) => {
    if (validSpan(c.start, c.end, text.length)) {
      list.push({kind: 'claim', index, start: c.start, end: c.end, item: c,
        label: `claim · ${c.status} · ${c.source ? actorName(c.source) : 'no source'}`});
    }
  });
  (analysis.times || []).forEach((t, index) => {
    if (validSpan(t.start, t.end, text.length)) {
      list.push({kind: 'time', index, start: t.start, end: t.end, item: t, label: `time · ${t.value || '?'}`});
    }
  });
  return list.filter(a => validSpan(a.start, a.end, text.length));
}

/** speaker ← relay ← publisher */
export function provenance(quote) {
  return [quote.speaker ? actorName(quote.speaker) : 'unattributed'].concat((quote.via || []).map(actorName)).join(' ← ');
}

/**
 * The text cut at every highlight boundary; each piece is a text node or a span whose classes say which
 * kinds cover it. Offsets are UTF-16 code units, as JavaScript strings count them.
 */
function highlightedText(text, anns, focus) {
  const all = focus ? anns.concat([focus]) : anns;
  const cuts = new Set([0, text.length]);
  for (const a of all) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const container = el('div', {class: 'article-text', id: 'article-text'});
  const firstPiece = new Map();
  const lastPiece = new Map();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = all.filter(a => a.start <= from && a.end >= to);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set();
    for (const a of covering) {
      classes.add('hl-' + a.kind);
      if (a.kind === 'event') classes.add('q' + a.item.quadClass);
    }
    const span = el('span', {class: [...classes].join(' '), title: covering.filter(a => a.kind !== 'focus').map(a => a.label).join('\n')}, piece);
    span.dataset.anns = covering.map(a => a.kind + ':' + a.index).join(' ');
    container.appendChild(span);
    for (const a of covering) {
      const key = a.kind + ':' + a.index;
      if (!firstPiece.has(key)) {
        firstPiece.set(key, span);
        span.id = span.id || 'ann-' + a.kind + '-' + a.index;
      }
      lastPiece.set(key, span);
    }
  }
  // a badge with the code after each event's words (one per code and span: symmetric events share it)
  const badges = new Map();
  for (const a of anns) {
    if (a.kind !== 'event') continue;
    const key = a.start + ':' + a.end + ':' + a.item.cameo;
    const badge = badges.get(key);
    if (badge) {
      badge.title += '\n' + a.label;
      continue;
    }
    const b = el('sup', {class: 'badge q' + a.item.quadClass, title: a.label}, a.item.cameo);
    badges.set(key, b);
    const last = lastPiece.get('event:' + a.index);
    if (last) last.after(b);
  }
  return {container, firstPiece};
}

function eventItem(e) {
  return [
    el('span', {class: 'code q' + e.quadClass}, e.cameo), e.plover ? ' ' + e.plover : '', ' ',
    el('span', {class: 'status ' + e.status}, e.status), ' ',
    el('strong', null, actorName(e.source)), ' → ', el('strong', null, actorName(e.target)),
    e.date ? ` (${e.date})` : '',
    el('div', {class: 'muted'}, `Goldstein ${e.goldstein} · ${QUAD_NAMES[e.quadClass - 1]}`
      + (e.attribution ? ` · according to ${actorName(e.attribution)}` : '') + (e.mentions > 1 ? ` · ×${e.mentions}` : '')),
    el('div', {class: 'evidence'}, '“' + e.evidence + '”'),
  ];
}

function quoteItem(q) {
  return [
    el('q', null, q.text),
    el('div', {class: 'provenance'}, provenance(q)),
    el('div', {class: 'muted'}, q.kind + (q.start === null ? ' · in the title' : '')),
  ];
}

function claimItem(c) {
  const quantities = (c.quantities || []).map(x => x.value.toLocaleString('en') + (x.unit ? ' ' + x.unit : ''));
  return [
    el('span', {class: 'status ' + c.status}, c.status), ' ', c.text,
    el('div', {class: 'muted'}, (c.source ? 'source: ' + actorName(c.source) : 'no source')
      + (quantities.length ? ' · ' + quantities.join(', ') : '')),
  ];
}

function timeItem(t) {
  return [el('strong', null, t.text), ' = ', el('code', null, t.value || '?')];
}

const ITEM = {event: eventItem, quote: quoteItem, claim: claimItem, time: timeItem};

function flash(node) {
  if (!node) return;
  node.scrollIntoView({block: 'center'});
  node.classList.remove('flash');
  void node.offsetWidth;
  node.classList.add('flash');
}

export async function renderArticle(main, params, id) {
  const a = await api('articles/' + encodeURIComponent(id));
  const analysis = a.analysis || {};
  const article = analysis.article || {};
  const text = article.text || '';
  main.appendChild(el('h1', {class: 'article-title'}, a.title || article.title || a.id));
  main.appendChild(el('p', {class: 'meta'},
    [a.site || article.publisher, a.published || article.published, a.language].filter(Boolean).join(' · '),
    a.url ? [' · ', externalLink(a.url, 'original')] : null));
  if (a.copies && a.copies.length) {
    main.appendChild(el('div', {class: 'copies'}, 'Other copies of this story: ',
      a.copies.map((c, i) => [i ? ', ' : '', el('a', {href: href('/article/' + encodeURIComponent(c.id))},
        [c.site, c.published].filter(Boolean).join(' ') || c.id)]),
      a.moreCopies ? ` and ${a.moreCopies} more` : ''));
  }

  const anns = annotations(analysis);
  let focus = null;
  const wanted = params.get('sentence');
  if (wanted) {
    const s = (analysis.sentences || []).find(x => x.text.startsWith(wanted)) ||
      (text.indexOf(wanted) >= 0 ? {start: text.indexOf(wanted), end: text.indexOf(wanted) + wanted.length} : null);
    if (s) focus = {kind: 'focus', index: 0, start: s.start, end: s.end, label: ''};
  }
  const shown = new Set(KINDS);
  const layout = el('div', {class: 'article-layout'});
  const textBox = el('section', {class: 'text-box'});
  const side = el('aside', {class: 'side'});
  layout.append(textBox, side);

  const toggles = el('div', {class: 'toggles'}, KINDS.map(kind => {
    const count = anns.filter(x => x.kind === kind).length;
    const box = el('input', {type: 'checkbox', checked: true, name: 'show-' + kind});
    box.addEventListener('change', () => {
      if (box.checked) shown.add(kind); else shown.delete(kind);
      draw();
    });
    return el('label', {class: 'toggle hl-' + kind}, box, ` ${KIND_LABELS[kind]} (${count})`);
  }));
  main.appendChild(toggles);
  main.appendChild(layout);

  let pieces = new Map();
  function draw() {
    const {container, firstPiece} = highlightedText(text, anns.filter(x => shown.has(x.kind)), focus);
    pieces = firstPiece;
    clear(textBox).appendChild(container);
  }
  draw();

  for (const kind of KINDS) {
    const items = analysis[kind + 's'] || [];
    const section = el('section', {class: 'list list-' + kind}, el('h2', null, `${KIND_LABELS[kind]} (${items.length})`));
    const ol = el('ol');
    items.forEach((item, index) => {
      const li = el('li', {class: 'item item-' + kind, id: `item-${kind}-${index}`}, ITEM[kind](item));
      li.addEventListener('click', () => flash(pieces.get(kind + ':' + index)));
      ol.appendChild(li);
    });
    section.appendChild(items.length ? ol : el('p', {class: 'muted'}, 'none found'));
    side.appendChild(section);
  }
  textBox.addEventListener('click', event => {
    const span = event.target.closest('[data-anns]');
    if (!span) return;
    side.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
    for (const key of span.dataset.anns.split(' ')) {
      const [kind, index] = key.split(':');
      const li = document.getElementById(`item-${kind}-${index}`);
      if (li) {
        li.classList.add('selected');
        li.scrollIntoView({block: 'nearest'});
      }
    }
  });
  if (analysis.problems && analysis.problems.length) {
    side.appendChild(el('section', {class: 'list'}, el('h2', null, 'Problems'),
      el('ul', null, analysis.problems.map(p => el('li', {class: 'muted'}, p)))));
  }
  if (focus) flash(pieces.get('focus:0'));
}
