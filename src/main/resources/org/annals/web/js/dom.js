// DOM helpers. Article data is untrusted: it only ever becomes text nodes or attribute values set through
// the DOM API, never markup parsed from a string, anywhere in the UI.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

function setAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

/** An HTML element: el('a', {href: '#/'}, 'text', child, [more]). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** An external link only for http(s) URLs; anything else (javascript:, data:) stays plain text. */
export function externalLink(url, label) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return document.createTextNode(label || url || '');
  return el('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, label || url);
}

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decodes the character references of escaped text, without an HTML parser. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ENTITIES[ref.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

/**
 * A search snippet ("escaped text with <mark>matches</mark>") as DOM: split on the marks, every piece
 * decoded to plain text and put in a text node, so even a snippet with live markup could not inject any.
 */
export function snippet(html) {
  const fragment = document.createDocumentFragment();
  const parts = String(html).split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    if (!part) return;
    const text = decodeEntities(part);
    fragment.appendChild(i % 2 === 1 ? el('mark', null, text) : document.createTextNode(text));
  });
  return fragment;
}

/** A field set of the form helpers below, read back as plain parameters. */
export function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (String(value).trim() !== '') values[key] = String(value).trim();
  }
  return values;
}

export function input(name, label, value, attrs) {
  return el('label', {class: 'field'}, el('span', null, label),
    el('input', Object.assign({name, value: value || ''}, attrs || {})));
}

export function select(name, label, options, value) {
  const s = el('select', {name});
  for (const [v, text] of options) {
    const o = el('option', {value: v}, text);
    if (v === (value || '')) o.selected = true;
    s.appendChild(o);
  }
  return el('label', {class: 'field'}, el('span', null, label), s);
}

export function message(text, kind) {
  return el('p', {class: 'message ' + (kind || '')}, text);
}
