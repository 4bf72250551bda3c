/*
 * PullSafe's service worker: when the network is down, a page the user opens shows the offline
 * page instead of the browser's error. It stores only that page, its stylesheet and its icon; pages,
 * API answers and everything else come from the network every time and are never stored (they
 * carry health data).
 */
'use strict';

// A new name whenever the offline page changes: the changed worker then stores the new page.
var CACHE = 'pullsafe-offline-2';
var OFFLINE_PAGE = 'offline.html';
var OFFLINE_FILES = [OFFLINE_PAGE, 'jakarta.faces.resource/css/pullsafe.css.xhtml', 'favicon.svg'];
var OFFLINE_URLS = OFFLINE_FILES.map(function (file) {
  return new URL(file, self.registration.scope).href;
});

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) { return cache.addAll(OFFLINE_FILES); })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names
          .filter(function (name) { return name !== CACHE; })
          .map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE_PAGE);
    }));
  } else if (request.method === 'GET' && OFFLINE_URLS.indexOf(request.url) >= 0) {
    // The offline page's own files: fresh from the network, the stored copy only without one.
    event.respondWith(fetch(request).catch(function () {
      return caches.match(request);
    }));
  }
});
