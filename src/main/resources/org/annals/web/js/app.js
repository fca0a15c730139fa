// The Annals web UI: a hash-routed single page over the JSON API.
import {api} from './api.js';
import {clear, message} from './dom.js';
import {renderSearch} from './search.js';
import {renderArticle} from './article.js';
import {renderDyad} from './dyad.js';
import {renderNetwork} from './network.js';
import {renderEvents} from './events.js';
import {renderQuotes} from './quotes.js';
import {currentRoute} from './route.js';

const ROUTES = [
  [/^\/?$/, 'search', renderSearch],
  [/^\/search$/, 'search', renderSearch],
  [/^\/article\/([^/]+)$/, 'search', renderArticle],
  [/^\/dyad(?:\/([^/]+)\/([^/]+))?$/, 'dyad', renderDyad],
  [/^\/network$/, 'network', renderNetwork],
  [/^\/events$/, 'events', renderEvents],
  [/^\/quotes$/, 'quotes', renderQuotes],
];

let renderCount = 0;

async function render() {
  const main = document.getElementById('main');
  const {path, params} = currentRoute();
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  const mine = ++renderCount;
  clear(main);
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', route && a.dataset.view === route[1]));
  if (!route) {
    main.appendChild(message('No such page: ' + path, 'error'));
    return;
  }
  const args = path.match(route[0]).slice(1).map(a => a === undefined ? undefined : decodeURIComponent(a));
  main.dataset.view = route[1];
  main.setAttribute('aria-busy', 'true');
  try {
    await route[2](main, params, ...args);
  } catch (e) {
    if (mine === renderCount) main.appendChild(message(e.message || String(e), 'error'));
  } finally {
    if (mine === renderCount) {
      main.removeAttribute('aria-busy');
      main.dataset.ready = String(mine);
    }
  }
}

async function stats() {
  try {
    const s = await api('stats');
    const box = document.getElementById('stats');
    clear(box).append(`${s.articles.toLocaleString('en')} articles · ${s.events.toLocaleString('en')} events · `
      + `${s.quotes.toLocaleString('en')} quotes`);
  } catch (e) {
    // the header count is a nicety; the page says what failed
  }
}

window.addEventListener('hashchange', render);
render();
stats();

