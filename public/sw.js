// The book's service worker: once a page has been read online, it and everything it used (its
// scripts, styles, fonts, TF.js and its .wasm files) keep working offline.
// - /assets/ files have content hashes in their names and never change: served from the cache first.
// - pages: from the network first (so a new edition shows at once), from the cache when offline;
//   a page's query string (a widget's state) does not make it a different page.
const CACHE = 'deep-learning-live';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// the page lists what it loaded before this worker took control, so that is kept too
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(keep(event.data.urls));
});

async function keep(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.href);
      if (url.origin !== self.location.origin) return;
      url.search = '';
      if (await cache.match(url.href)) return;
      const response = await fetch(url.href).catch(() => null);
      if (response?.ok) await cache.put(url.href, response);
    }),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.includes('/assets/') ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url);
  key.search = '';
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key.href, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key.href);
    if (cached) return cached;
    throw error;
  }
}
