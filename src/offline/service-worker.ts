// The book's service worker, bundled by scripts/service-worker.mjs; workbox-build injects the list of
// every page, script, style, font, image and .wasm file of this edition into self.__WB_MANIFEST.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
};

// the one cache of the hand-written worker of earlier editions, which never evicted anything
const LEGACY_CACHE = 'deep-learning-live';

// a new edition takes over at once; its activation drops the files the old edition listed
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => event.waitUntil(caches.delete(LEGACY_CACHE)));

// a query string is a widget's state, not another page: /en/convolution/?stepper.stride=2 is that page
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
