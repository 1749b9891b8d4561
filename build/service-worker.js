// Tournée service worker: precaches one build, serves it cache-first, offline.
// Written into dist/ at build time by build/write-service-worker.mjs, which fills in
// BUILD_ID (a hash of every precached file) and PRECACHE (their hashed names).
// Its URL is stable and it is never cached itself; a new build changes its bytes.
"use strict";

const BUILD_ID = "__BUILD_ID__";
const PRECACHE = __PRECACHE__;
const CACHE_PREFIX = "tournee-";
const CACHE = CACHE_PREFIX + BUILD_ID;
const SKIP_WAITING_MESSAGE = "skip-waiting";

// All or nothing: cache.addAll rejects if any file fails, so a download cut in a
// valley leaves the previous version in charge instead of half an app.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" })))
    )
  );
});

// Old builds' caches are removed once this build takes over.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))
        )
      )
      .then(() => self.clients.claim())
  );
});

// The page asks a waiting build to take over only when the user taps "Recharger".
self.addEventListener("message", (event) => {
  if (event.data === SKIP_WAITING_MESSAGE) {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  // The list of deployed region packs is asked of the network first, so that a newer pack is
  // offered as soon as it is deployed; offline, the copy precached with this build answers.
  if (url.pathname.endsWith("/regions/index.json")) {
    event.respondWith(
      fetch(request, { cache: "no-store" }).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
      )
    );
    return;
  }
  // Any page address (including #tab fragments and ?query) opens the app shell.
  const lookup = request.mode === "navigate" ? "index.html" : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request))
  );
});
