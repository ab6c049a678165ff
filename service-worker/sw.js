// Ungeoverblik service worker, served at /sw.js with scope /.
//
// The server replaces the marker below with {version, urls}: the app shell, with
// fingerprinted asset URLs. Pages are fetched network-first and fall back to the
// cached shell or the offline page; static files are served cache-first. Nothing but
// the public shell is cached, and non-GET requests are never touched.
"use strict";

const SHELL = self.__SHELL__;
const CACHE = "shell-" + SHELL.version;
const OFFLINE_URL = "/offline";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.urls))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name !== CACHE).map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(pageOrFallback(request));
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(cachedOrFetched(request));
  }
});

async function pageOrFallback(request) {
  try {
    return await fetch(request);
  } catch (networkError) {
    const cache = await caches.open(CACHE);
    const shellPage = await cache.match(request, { ignoreSearch: true });
    return shellPage || (await cache.match(OFFLINE_URL)) || Response.error();
  }
}

async function cachedOrFetched(request) {
  const cached = await caches.match(request);
  return cached || fetch(request);
}
