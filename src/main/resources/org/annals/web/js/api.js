// The JSON API, from the same origin.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/PATH with the non-empty parameters; resolves to the parsed JSON, rejects with an ApiError. */
export async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== '') query.set(key, String(value).trim());
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: reported below
  }
  if (!response.ok) throw new ApiError(response.status, body && body.error ? body.error : 'HTTP ' + response.status);
  return body;
}

export function encode(segment) {
  return encodeURIComponent(segment);
}
