// The demo's service worker: precaches the pages, the JS and the .wasm, so
// that after the first visit the forms and the batch page (whose worker,
// batch-worker.js, imports the same module) work fully offline.
//
// Network first (a fresh copy whenever the network answers, which also keeps
// `make demo` edits visible), the cache when it does not or is slow. The
// precache list names the .wasm explicitly (glob-based precaching usually
// skips it) and follows the static imports of every JS file it stores, so
// the wasm-bindgen snippet under a hashed path is included too.

const CACHE = 'hotich-demo-v1';
const FILES = [
  './', 'index.html', 'khai-sinh.html', 'ket-hon.html', 'khai-tu.html', 'style.css', 'app.js',
  'kiem-tra-tep.html', 'batch.css', 'batch.js', 'batch-worker.js',
  'pkg/hotich-form.js', 'pkg/hotich.js', 'pkg/hotich_bg.wasm',
];
// Stored when the build has it: the administrative-units pack the form
// layer loads for forms with place codes.
const OPTIONAL = ['pkg/units.bin'];
const IMPORTS = /(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*)?['"]([^'"\n]+)['"]/g;
const SLOW_NETWORK_MS = 4000;

async function precache() {
  const cache = await caches.open(CACHE);
  const listed = FILES.map((f) => new URL(f, self.registration.scope).href);
  const queue = [...listed, ...OPTIONAL.map((f) => new URL(f, self.registration.scope).href)];
  const seen = new Set(queue);
  while (queue.length) {
    const url = queue.shift();
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) {
      // A listed file must be there; an optional one or a found "import" (a comment's?) need not.
      if (listed.includes(url)) throw new Error(`precache: ${url}: HTTP ${response.status}`);
      continue;
    }
    if (/\.m?js$/.test(new URL(url).pathname)) {
      for (const [, spec] of (await response.clone().text()).matchAll(IMPORTS)) {
        const dep = new URL(spec, url);
        if (dep.origin === location.origin && !seen.has(dep.href)) {
          seen.add(dep.href);
          queue.push(dep.href);
        }
      }
    }
    await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

function withoutSearch(url) {
  const u = new URL(url);
  u.search = '';
  return u.href;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') cache.put(withoutSearch(request.url), response.clone());
    return response;
  });
  const cached = () => cache.match(request, { ignoreSearch: true });
  let timer;
  const slow = new Promise((resolve) => { timer = setTimeout(resolve, SLOW_NETWORK_MS); }).then(cached);
  try {
    const response = await Promise.race([network, slow.then((hit) => hit ?? network)]);
    return response;
  } catch (error) {
    const hit = await cached();
    if (hit) return hit;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(networkFirst(request));
});
