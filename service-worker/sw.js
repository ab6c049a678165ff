// Ungeoverblik service worker, served at /sw.js with scope /.
//
// The server replaces the marker below with {version, urls}: the app shell, with
// fingerprinted asset URLs. Pages are fetched network-first and fall back to the
// cached shell or the offline page; static files are served cache-first. Of the pages
// with personal data, only the overview is kept, in its own cache, so it can be read
// on the bus; logging out deletes that cache. Non-GET requests are never answered here.
"use strict";

const SHELL = self.__SHELL__;
const CACHE = "shell-" + SHELL.version;
const OFFLINE_URL = "/offline";
const PERSONAL = "personal";
const KEPT_FOR_OFFLINE = ["/mit-overblik"];

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
        names.filter((name) => name !== CACHE && name !== PERSONAL)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "forget-personal") {
    event.waitUntil(caches.delete(PERSONAL));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname.startsWith("/log-ud")) {
    event.waitUntil(caches.delete(PERSONAL));
    return;
  }
  if (request.method !== "GET") return;

  if (request.mode === "navigate" && KEPT_FOR_OFFLINE.includes(url.pathname)) {
    event.respondWith(personalPage(request));
  } else if (request.mode === "navigate") {
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

async function personalPage(request) {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      caches.open(PERSONAL).then((cache) => cache.put(request.url, copy));
    } else {
      // Sent to login: the session ended (expired, or logged out from another phone),
      // so the kept copy must not be shown to whoever holds this one.
      await caches.delete(PERSONAL);
    }
    return response;
  } catch (networkError) {
    const kept = await caches.open(PERSONAL).then((cache) => cache.match(request.url));
    return kept || (await caches.match(OFFLINE_URL)) || Response.error();
  }
}

async function cachedOrFetched(request) {
  const cached = await caches.match(request);
  return cached || fetch(request);
}
