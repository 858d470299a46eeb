/* The service worker of the welcome portal (docs/features.md, "Offline"; docs/privacy.md).
   Served at /sw.js by home.offline.service_worker, which puts `const CONFIG = {…}` in front:
   the cache version, the paths never stored, the translated notes.

   - Pages: network first; after TIMEOUT_MS a kept copy answers (the network still refreshes it);
     offline, a kept copy with the note "Gespeichert am …", else the offline page.
   - Only what is public is kept: GET, same origin, no query string, status 200, not private or
     no-store, not varying on the cookie (form token or session used), no form token in the page,
     no path of CONFIG.neverStore (admin, API, comment form, token-bearing URLs).
   - The offline pack only when the visitor asks ("Offline speichern"), never under Save-Data.
   - Caches carry the version; activate deletes older ones (a saved pack is fetched again). */
"use strict";

const PAGES = "portal-pages-" + CONFIG.version; // pages opened, the oldest dropped first
const PACK = "portal-pack-" + CONFIG.version; // the offline pack(s) the visitor asked for
const OURS = "portal-";
const MAX_PAGES = 50;
const TIMEOUT_MS = 3000;
const SAVED_HEADER = "X-Offline-Saved";
const PACKS_KEY = "/__offline-packs__"; // which packs were asked for, so a new version refreshes them
const NEVER = CONFIG.neverStore.map((source) => new RegExp(source));

function language(pathname) {
  const first = pathname.split("/")[1];
  return CONFIG.languages.includes(first) ? first : CONFIG.defaultLanguage;
}

function saveData() {
  return !!(self.navigator.connection && self.navigator.connection.saveData);
}

function mayKeepUrl(url) {
  return url.origin === self.location.origin && !url.search && !NEVER.some((re) => re.test(url.pathname));
}

/* A copy to keep, or null: the response as stored (with the date it was saved), never a private one. */
async function keepable(request, response) {
  const url = new URL(request.url);
  if (request.method !== "GET" || !mayKeepUrl(url)) return null;
  if (!response || response.status !== 200 || response.type !== "basic") return null;
  if (response.redirected && !mayKeepUrl(new URL(response.url))) return null;
  const cacheControl = (response.headers.get("Cache-Control") || "").toLowerCase();
  if (cacheControl.includes("private") || cacheControl.includes("no-store")) return null;
  if ((response.headers.get("Vary") || "").toLowerCase().includes("cookie")) return null;
  const body = await response.arrayBuffer();
  const type = response.headers.get("Content-Type") || "";
  if (type.startsWith("text/html") && new TextDecoder().decode(body).includes("csrfmiddlewaretoken")) return null;
  const headers = new Headers(response.headers);
  headers.set(SAVED_HEADER, new Date().toISOString());
  // A new Response: a redirected one may not answer a navigation.
  return new Response(body, { status: 200, statusText: "OK", headers: headers });
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(key);
}

async function keep(request, response) {
  const copy = await keepable(request, response);
  if (!copy) return;
  const url = request.url;
  const pack = await caches.open(PACK);
  if (await pack.match(url)) await pack.put(url, copy.clone()); // a newer copy of a pack page
  const pages = await caches.open(PAGES);
  await pages.delete(url); // to the end of the line: the oldest are dropped first
  await pages.put(url, copy);
  await trim(pages);
}

async function kept(url) {
  return (await (await caches.open(PACK)).match(url)) || (await (await caches.open(PAGES)).match(url));
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/* The kept page with a note after the start of <main>: when it was saved, or that it is offline. */
async function withNote(response, lang, note) {
  const text = await response.text();
  const main = /<main\b[^>]*>/.exec(text);
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  if (!main) return new Response(text, { status: response.status, headers: headers });
  const at = main.index + main[0].length;
  const html = '<p class="note note--offline" role="status" data-offline-note>' + note + "</p>";
  return new Response(text.slice(0, at) + html + text.slice(at), { status: 200, headers: headers });
}

function savedNote(response, lang) {
  const saved = new Date(response.headers.get(SAVED_HEADER) || Date.now());
  let date;
  try {
    date = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(saved);
  } catch (error) {
    date = saved.toISOString().slice(0, 16).replace("T", " ");
  }
  return CONFIG.texts[lang].saved.replace("{date}", escapeHtml(date));
}

async function offlinePage(lang, note) {
  const texts = CONFIG.texts[lang];
  note = note || texts.offline;
  const page = await kept(self.location.origin + "/" + lang + "/offline/");
  if (page) return withNote(page, lang, note);
  // Neither the page nor the offline page is on the phone: a page of a few lines.
  const body =
    '<!DOCTYPE html><html lang="' + lang + '" dir="' + texts.dir + '"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + texts.title + "</title>" +
    '<link rel="stylesheet" href="' + CONFIG.css + '"></head><body><main id="main"><h1>' + texts.title +
    '</h1><p class="note note--offline" role="status" data-offline-note>' + note +
    '</p><p><a href="/' + lang + '/">' + texts.title + "</a></p></main></body></html>";
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function navigate(event) {
  const request = event.request;
  const lang = language(new URL(request.url).pathname);
  if (request.method !== "GET") {
    // A form sent offline (static/js/offline.js checks first; the connection may drop in between,
    // or the script is not there): the explanation that it was not sent; nothing is kept or sent later.
    return fetch(request).catch(() => offlinePage(lang, CONFIG.texts[lang].notSent));
  }
  const network = fetch(request);
  event.waitUntil(network.then((response) => keep(request, response.clone())).catch(() => {}));
  const copy = await kept(request.url);
  if (copy) {
    const timeout = new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS, null));
    const fresh = await Promise.race([network.catch(() => null), timeout]);
    return fresh || withNote(copy, lang, savedNote(copy, lang));
  }
  return network.catch(() => offlinePage(lang));
}

/* CSS, icons, scripts: the kept copy at once, refreshed in the background (their names change
   with each deployment in production). */
async function asset(event) {
  const request = event.request;
  const network = fetch(request).then(async (response) => {
    const copy = await keepable(request, response.clone());
    if (copy) await (await caches.open(PAGES)).put(request.url, copy);
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  return (await kept(request.url)) || network;
}

/* A picture of a page: the pack's copy when there is one, else the network; offline, the pack's small
   copy of the same picture in the same format (a dense screen asks for the wider one). Pictures are
   not kept on the way: only the pack's, which the visitor asked for. */
async function picture(event) {
  const pack = await caches.open(PACK);
  const exact = await pack.match(event.request.url);
  if (exact) return exact;
  try {
    return await fetch(event.request);
  } catch (error) {
    const [stem, rest] = new URL(event.request.url).pathname.split(".format-");
    const format = (rest || "").split(".")[0];
    for (const request of await pack.keys()) {
      if (rest && new URL(request.url).pathname.startsWith(stem + ".format-" + format + ".")) return pack.match(request);
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (event.request.mode === "navigate") event.respondWith(navigate(event));
  else if (event.request.method === "GET" && url.pathname.startsWith(CONFIG.staticUrl)) event.respondWith(asset(event));
  else if (event.request.method === "GET" && url.pathname.startsWith(CONFIG.imagesUrl)) event.respondWith(picture(event));
});

/* The offline pack: its list from the server (home/offline.py), every entry into PACK. */
async function savePack(packUrl) {
  if (saveData()) throw new Error("Save-Data");
  const response = await fetch(packUrl, { cache: "no-store" });
  if (!response.ok) throw new Error("pack " + response.status);
  const pack = await response.json();
  const cache = await caches.open(PACK);
  const urls = pack.pages.map((page) => page.url).concat(pack.assets, pack.images || []);
  let stored = 0;
  for (const url of urls) {
    const request = new Request(new URL(url, self.location.origin).href);
    const copy = await keepable(request, await fetch(request, { cache: "no-cache" }));
    if (copy) {
      await cache.put(request.url, copy);
      stored += 1;
    }
  }
  const packs = (await cache.match(PACKS_KEY)) ? await (await cache.match(PACKS_KEY)).json() : {};
  packs[pack.language] = { url: packUrl, pages: pack.pages };
  await cache.put(PACKS_KEY, new Response(JSON.stringify(packs), { headers: { "Content-Type": "application/json" } }));
  return stored;
}

async function listKept(lang) {
  const pack = await caches.open(PACK);
  const packs = (await pack.match(PACKS_KEY)) ? await (await pack.match(PACKS_KEY)).json() : {};
  const titles = {};
  for (const entry of Object.values(packs)) for (const page of entry.pages) titles[page.url] = page.title;
  const pages = [];
  for (const name of [PACK, PAGES]) {
    for (const request of await (await caches.open(name)).keys()) {
      const url = new URL(request.url);
      if (url.pathname.startsWith(CONFIG.staticUrl) || url.pathname.startsWith(CONFIG.imagesUrl)) continue;
      if (url.pathname === PACKS_KEY) continue;
      if (language(url.pathname) !== lang || pages.some((page) => page.url === url.pathname)) continue;
      if (url.pathname.endsWith(".webmanifest")) continue;
      pages.push({ url: url.pathname, title: titles[url.pathname] || "" });
    }
  }
  return pages;
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports[0];
  const answer = (work) =>
    event.waitUntil(
      work.then(
        (result) => port && port.postMessage(Object.assign({ ok: true }, result)),
        (error) => port && port.postMessage({ ok: false, error: String(error) })
      )
    );
  if (data.type === "save-pack") answer(savePack(data.pack).then((stored) => ({ stored: stored })));
  else if (data.type === "list") answer(listKept(data.language).then((pages) => ({ pages: pages })));
  else if (data.type === "clear") answer(Promise.all([caches.delete(PACK), caches.delete(PAGES)]).then(() => ({})));
});

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const again = [];
      for (const name of await caches.keys()) {
        if (!name.startsWith(OURS) || name === PAGES || name === PACK) continue;
        const marker = await (await caches.open(name)).match(PACKS_KEY);
        if (marker) for (const entry of Object.values(await marker.json())) again.push(entry.url);
        await caches.delete(name);
      }
      await self.clients.claim();
      // Packs the visitor asked for under the old version, fetched again (not under Save-Data).
      for (const url of again) await savePack(url).catch(() => {});
    })()
  );
});
