// Hash routes: #/path?param=value.

/** The current hash as a path and its parameters: #/dyad/RUS/PRK?by=month. */
export function currentRoute() {
  const hash = location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  return {path, params};
}

/** A hash link: href('/events', {source: 'RUS'}). */
export function href(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value) !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return '#' + path + (qs ? '?' + qs : '');
}

export function go(path, params) {
  location.hash = href(path, params);
}

/** The parameters as a plain object, for building links that change one of them. */
export function paramsObject(params) {
  return Object.fromEntries(params.entries());
}
