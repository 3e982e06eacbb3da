// Service worker of the market-stall kiosk (scope /kraam), written by hand.
// - The kiosk page itself: network first, so a new release arrives; the cached copy when offline.
// - Bundle files under /assets/ (names carry a content hash, so they never change): cache first.
// - Themes and areas: network first with the cached answer as fallback, so the cards show offline.
// - Everything else, and every POST, goes to the network untouched: inputs wait in the IndexedDB outbox,
//   never in this cache.
const CACHE = 'inbreng-kraam-v1'
const SHELL = ['/kraam', '/kraam-manifest.json', '/kraam-icon.svg']
const READ_ONLY_API = ['/api/v1/themes', '/api/v1/areas']

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL).then(() => cacheEntryAssets(cache)))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('inbreng-kraam-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  )
})

// The page tells which hashed files it loaded (lazy chunks included), so an offline reload finds all of them.
self.addEventListener('message', (event) => {
  const data = event.data || {}
  if (data.type === 'cache-urls' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((url) => typeof url === 'string' && (url === '/kraam' || url.startsWith('/assets/')))
    event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined))))))
  }
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && (url.pathname === '/kraam' || url.pathname.startsWith('/kraam/'))) {
    event.respondWith(networkFirst(request, '/kraam'))
  } else if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(cacheFirst(request))
  } else if (READ_ONLY_API.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname + url.search))
  }
})

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const hit = await cache.match(request, { ignoreSearch: true })
  if (hit) return hit
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(cacheKey, response.clone())
    return response
  } catch (error) {
    const hit = await cache.match(cacheKey)
    if (hit) return hit
    throw error
  }
}

async function cacheEntryAssets(cache) {
  try {
    const html = await (await fetch('/kraam', { cache: 'no-store' })).text()
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1])
    await Promise.all(assets.map((asset) => cache.add(asset).catch(() => undefined)))
  } catch {
    // Offline during install: the page sends its file list once it runs.
  }
}
