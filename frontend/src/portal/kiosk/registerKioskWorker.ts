// The kiosk is an installable app for /kraam only: its manifest and service worker are added here, on the kiosk
// route, and never on the public portal.
export function registerKioskWorker() {
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link')
    link.rel = 'manifest'
    link.href = '/kraam-manifest.json'
    document.head.appendChild(link)
  }
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker
    .register('/kraam-sw.js', { scope: '/kraam' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The hashed bundle files are only known here; hand them to the worker so an offline reload finds them.
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/assets/'))
      registration.active?.postMessage({ type: 'cache-urls', urls: ['/kraam', ...urls] })
    })
    .catch(() => {
      // Without a worker the kiosk still works while online; the outbox keeps inputs either way.
    })
}
