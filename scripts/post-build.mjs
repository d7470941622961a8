// Trunk post-build hook (runs on Trunk's staging folder before it becomes dist/):
// 0. in a release build, drops the JS classes of wasm-streams from the glue and the wasm (see
//    below), minifies the glue with terser and updates its integrity hash in index.html;
// 1. moves Trunk's inline module loader out of index.html into boot-<hash>.js, so the page runs
//    under `script-src 'self'` without 'unsafe-inline', starts the app after the first paint, and
//    registers the service worker there;
// 2. writes sw.js, a service worker that keeps every built file for offline use, in a cache
//    named after the build's hash so a new release replaces the old one;
// 3. links the web manifest;
// 4. writes a gzip and a brotli copy of every text and wasm file, for static hosts that serve
//    pre-compressed files as they are.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

// 0. Smaller glue and wasm (release builds only).
if (process.env.TRUNK_PROFILE === 'release') {
  const glueName = readdirSync(dir).find((f) => /^platform-readiness-[0-9a-f]+\.js$/.test(f));
  const wasmName = readdirSync(dir).find((f) => /^platform-readiness-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!glueName || !wasmName) throw new Error('post-build: the glue or the wasm is missing from the staging folder');
  let glue = readFileSync(join(dir, glueName), 'utf8');
  // Leptos depends on server_fn, and server_fn (feature "browser") on wasm-streams, whose
  // #[wasm_bindgen] types IntoUnderlyingSource/Sink/ByteSource are exported whether used or
  // not. This app has no server functions: no code creates them. Their exports are dropped from
  // the wasm (wasm-opt then drops their code) and their classes from the glue (terser drops the
  // rest). Should the glue change shape so that the classes stay, the build stops.
  const streams = /^intounderlying|^__wbg_intounderlying/;
  const dropped = dropExports(join(dir, wasmName), (name) => streams.test(name));
  if (dropped.length) {
    execFileSync('wasm-opt', ['-Oz', join(dir, wasmName), '-o', join(dir, wasmName)], { stdio: 'inherit' });
    glue = glue.replace(/^export class (IntoUnderlying\w+)/gm, 'class $1').replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*$/gm, '');
    console.log(`post-build: dropped ${dropped.length} wasm-streams exports`);
  }
  const terser = join(process.env.TRUNK_SOURCE_DIR || '.', 'node_modules', '.bin', 'terser');
  const min = execFileSync(terser, ['--module', '--compress', 'pure_new=true,passes=2', '--mangle'], { input: glue, maxBuffer: 1 << 26 }).toString();
  if (/IntoUnderlying/.test(min) && dropped.length) throw new Error('post-build: wasm-streams classes are still in the glue');
  writeFileSync(join(dir, glueName), min);
  // The glue is preloaded with an integrity hash: it must match the minified file.
  const sri = 'sha384-' + createHash('sha384').update(min).digest('base64');
  const link = new RegExp(`(<link[^>]*${glueName.replace('.', '\\.')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
  if (!link.test(html)) throw new Error('post-build: no integrity hash for the glue in index.html; update scripts/post-build.mjs');
  html = html.replace(link, (_, head, q) => `${head}${q}${sri}${q}`);
  console.log(`post-build: glue minified to ${min.length} bytes`);
}

/** Removes the exports whose name matches `drop` from a wasm file; returns their names. */
function dropExports(file, drop) {
  const buf = readFileSync(file);
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const enc = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return Buffer.from(out); };
  while (p < buf.length) {
    const start = p, id = buf[p++], size = leb(), body = p;
    if (id === 7) {
      const count = leb(), kept = [], dropped = [];
      for (let i = 0; i < count; i++) {
        const from = p, len = leb(), name = buf.subarray(p, p + len).toString(); p += len;
        p++; leb();
        if (drop(name)) dropped.push(name);
        else kept.push(buf.subarray(from, p));
      }
      if (!dropped.length) return [];
      const section = Buffer.concat([enc(kept.length), ...kept]);
      writeFileSync(file, Buffer.concat([buf.subarray(0, start), Buffer.from([7]), enc(section.length), section, buf.subarray(body + size)]));
      return dropped;
    }
    p = body + size;
  }
  return [];
}

// 1. The loader.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const register = "\nif ('serviceWorker' in navigator && location.protocol.startsWith('http')) navigator.serviceWorker.register('./sw.js').catch(() => {});\n";
  // Paint first, then load the app: the opening text of index.html is on screen before the wasm
  // is requested, so it is the page's first and largest paint however the network behaves. The
  // timer covers pages that never paint (a hidden tab or frame), and browsers without paint
  // timing start at once.
  const start = /const wasm = await init\(\{ module_or_path: ('[^']+') \}\);/;
  if (!start.test(match[1])) throw new Error('post-build: Trunk\'s loader has an unexpected shape; update scripts/post-build.mjs');
  const loader = match[1].replace(start, (_, url) => `await new Promise((painted) => {
  setTimeout(painted, 500);
  try { new PerformanceObserver(painted).observe({ type: 'paint', buffered: true }); } catch { painted(); }
});
const wasm = await init({ module_or_path: ${url} });`);
  const code = loader + register;
  // The wasm is fetched by the loader after that first paint, not preloaded ahead of it.
  html = html.replace(/<link[^>]*rel="?preload"?[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*rel="?preload"?[^>]*>/, '');
  const name = `boot-${hash(code)}.js`;
  writeFileSync(join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  console.log(`post-build: loader moved to ${name}`);
}

// 3. The manifest.
if (!html.includes('rel="manifest"') && !html.includes('rel=manifest')) {
  html = html.replace('</head>', '<link rel="manifest" href="./public/manifest.webmanifest"></head>');
}
writeFileSync(indexFile, html);

// 2. The service worker.
const files = [];
const walk = (d) => {
  for (const entry of readdirSync(d)) {
    const path = join(d, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(gz|br)$/.test(entry) && entry !== 'sw.js') files.push(relative(dir, path).split('\\').join('/'));
  }
};
walk(dir);
files.sort();
const buildHash = hash(files.map((f) => f + ':' + hash(readFileSync(join(dir, f)))).join('\n'));
const sw = `// Generated by scripts/post-build.mjs: keeps this build's files for offline use.
const CACHE = 'platform-readiness-${buildHash}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('platform-readiness-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network when it answers, else the kept copy (any query string).
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true })));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`post-build: sw.js caches ${files.length} files as platform-readiness-${buildHash}`);

// 4. Pre-compressed copies.
let count = 0;
for (const f of [...files, 'sw.js']) {
  if (!/\.(html|js|css|wasm|json|webmanifest|svg|txt)$/.test(f)) continue;
  const body = readFileSync(join(dir, f));
  writeFileSync(join(dir, f + '.gz'), gzipSync(body, { level: 9 }));
  writeFileSync(join(dir, f + '.br'), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  count++;
}
console.log(`post-build: ${count} files pre-compressed (.gz, .br)`);
