// Trunk post-build hook: runs on Trunk's staging folder before it becomes dist/. One function per
// step, called in this order at the bottom of the file:
//   copyReportTexts  the scheme data's texts-<fingerprint>.txt beside the wasm (scripts/texts.mjs);
//   buildPlanModule  the plan module (src/bin/plan.rs), a second wasm file and its glue, named
//                    plan-<hash>, which the report page loads when it is opened;
//   slimRelease      release builds only: drops the unused JS classes of wasm-streams from the
//                    wasm and the glue, gives the names they share short ones, minifies the glue
//                    with terser, updates its integrity hash;
//   writeLoader      replaces Trunk's inline module loader by boot-<hash>.js (runs under
//                    `script-src 'self'`, starts the app after the first paint, shows index.html's
//                    "could not start" message when a file fails or the start hangs, registers the
//                    service worker once the app has started; defines platformReadinessPlan,
//                    which loads the plan module on its first call);
//   linkManifest     links the web manifest;
//   writeServiceWorker  sw.js, keeping every built file for offline use in a cache named after
//                    the build's hash;
//   precompress      a gzip and a brotli copy of every text and wasm file.
//
// Foreign shapes this file depends on, as written for Trunk 0.21.14, wasm-bindgen 0.2.130 and
// Leptos 0.8 (each check stops the build with a message if the shape changes):
//   - Trunk's inline loader: the four lines matched in writeLoader (`import init, * as bindings
//     from './…js'`, `init({ module_or_path: './…wasm' })`, `window.wasmBindings`, the
//     TrunkApplicationStarted event), and its `<link rel="preload" … .wasm>`;
//   - Trunk's `<link … integrity="sha384-…">` for the glue (the hash slimRelease rewrites);
//   - the glue's and the wasm's wasm-streams exports (`export class IntoUnderlying…`, the
//     `if (Symbol.dispose) IntoUnderlying….prototype…` lines, export names starting
//     `intounderlying` / `__wbg_intounderlying`), pulled in by Leptos through server_fn;
//   - the wasm binary format's export section (id 7), read and rewritten by dropExports, and its
//     import section (id 2), read and rewritten with it by shortenNames, which also expects the
//     glue to name each import and export as a whole identifier.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { copyReportTexts } from './texts.mjs';


const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const indexFile = join(dir, 'index.html');

/** Release builds: smaller glue and wasm. Returns the page with the glue's new integrity hash. */
function slimRelease(html) {
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
  glue = shortenNames(join(dir, wasmName), glue);
  const min = terse(glue);
  if (/IntoUnderlying/.test(min) && dropped.length) throw new Error('post-build: wasm-streams classes are still in the glue');
  writeFileSync(join(dir, glueName), min);
  // The glue is preloaded with an integrity hash: it must match the minified file.
  const sri = 'sha384-' + createHash('sha384').update(min).digest('base64');
  const link = new RegExp(`(<link[^>]*${glueName.replace('.', '\\.')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
  if (!link.test(html)) throw new Error('post-build: no integrity hash for the glue in index.html; update scripts/post-build.mjs');
  html = html.replace(link, (_, head, q) => `${head}${q}${sri}${q}`);
  console.log(`post-build: glue minified to ${min.length} bytes`);
  return html;
}

/** Minifies JS with terser (from node_modules): a module, or a classic script (the worker). */
function terse(code, module = true) {
  const terser = join(process.env.TRUNK_SOURCE_DIR || '.', 'node_modules', '.bin', 'terser');
  const args = [...(module ? ['--module'] : []), '--compress', 'pure_new=true,passes=2', '--mangle'];
  return execFileSync(terser, args, { input: code, maxBuffer: 1 << 26 }).toString();
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

/**
 * Builds the plan module (src/bin/plan.rs) with the app's profile and features: cargo, then
 * wasm-bindgen (the version in Cargo.lock, as Trunk's) for the web, wasm-opt and terser in a
 * release build. Writes plan-<hash>.js and plan-<hash>_bg.wasm; returns their names.
 */
function buildPlanModule() {
  const source = process.env.TRUNK_SOURCE_DIR || '.';
  const profile = release ? 'release' : 'debug';
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'platform-readiness-plan', '--features', 'lazy-texts'];
  if (release) cargoArgs.push('--release');
  execFileSync('cargo', cargoArgs, { cwd: source, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR || join(source, 'target');
  const built = join(target, 'wasm32-unknown-unknown', profile, 'platform-readiness-plan.wasm');
  const out = join(dir, '.plan');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'plan', built], { stdio: 'inherit' });
  let wasm = join(out, 'plan_bg.wasm');
  // As the app's wasm (index.html): -Oz, then flatten, rereloop and -Oz twice more.
  if (release) execFileSync('wasm-opt', ['-Oz', '--flatten', '--rereloop', '-Oz', '-Oz', wasm, '-o', wasm], { stdio: 'inherit' });
  let glue = readFileSync(join(out, 'plan.js'), 'utf8');
  if (release) glue = terse(glue);
  const body = readFileSync(wasm);
  const names = { wasm: `plan-${hash(body)}_bg.wasm`, glue: `plan-${hash(glue)}.js` };
  writeFileSync(join(dir, names.wasm), body);
  writeFileSync(join(dir, names.glue), glue);
  rmSync(out, { recursive: true, force: true });
  console.log(`post-build: plan module ${names.glue} + ${names.wasm} (${body.length} bytes)`);
  return names;
}

/**
 * Gives the names the glue and the wasm share (the glue's functions the wasm imports, `__wbg_…`
 * and `__wbindgen_…` of the module `./platform-readiness_bg.js`, and the wasm's exports the glue
 * calls, `__wbindgen_…` and `wasm_bindgen__…`) short names of one or two letters, in the wasm's
 * import and export sections and in the glue alike. Most of those names end in a 16-digit hash,
 * which no compression can shorten: −3.7 KB brotli, measured. Returns the glue.
 */
function shortenNames(file, glue) {
  const buf = readFileSync(file);
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const enc = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return Buffer.from(out); };
  const str = (text) => { const bytes = Buffer.from(text); return Buffer.concat([enc(bytes.length), bytes]); };
  const limits = () => { const flags = buf[p++]; leb(); if (flags & 1) leb(); };
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => (i < letters.length ? letters[i] : letters[Math.floor(i / letters.length) - 1] + letters[i % letters.length]);
  const renamed = new Map(), imported = new Set();
  const rename = (name, used) => {
    if (used === imports) imported.add(name);
    if (!renamed.has(name)) {
      let next;
      do next = short(used.n++); while (used.taken.has(next));
      renamed.set(name, next);
    }
    return renamed.get(name);
  };
  const imports = { n: 0, taken: new Set() }, exports = { n: 0, taken: new Set() };
  const out = [buf.subarray(0, 8)];
  while (p < buf.length) {
    const start = p, id = buf[p++], size = leb(), body = p;
    if (id !== 2 && id !== 7) {
      p = body + size;
      out.push(buf.subarray(start, p));
      continue;
    }
    const count = leb(), entries = [];
    for (let i = 0; i < count; i++) {
      const read = () => { const len = leb(), name = buf.subarray(p, p + len).toString(); p += len; return name; };
      if (id === 2) {
        const module = read(), name = read(), from = p, kind = buf[p++];
        if (kind === 0) leb();
        else if (kind === 1) { p++; limits(); }
        else if (kind === 2) limits();
        else if (kind === 3) p += 2;
        else if (kind === 4) { p++; leb(); }
        else throw new Error(`post-build: import ${name} of an unknown kind ${kind}; update scripts/post-build.mjs`);
        entries.push({ module, name, rest: buf.subarray(from, p) });
      } else {
        const name = read(), from = p;
        p++; leb();
        entries.push({ name, rest: buf.subarray(from, p) });
      }
    }
    if (p !== body + size) throw new Error(`post-build: section ${id} of the wasm was not read to its end; update scripts/post-build.mjs`);
    const ours = (e) => (id === 2 ? e.module === './platform-readiness_bg.js' && /^__wbg_|^__wbindgen_/.test(e.name) : /^__wbindgen_|^wasm_bindgen__/.test(e.name));
    const used = id === 2 ? imports : exports;
    for (const e of entries) if (!ours(e)) used.taken.add(e.name);
    const section = Buffer.concat([
      enc(entries.length),
      ...entries.map((e) => {
        const name = ours(e) ? rename(e.name, used) : e.name;
        return Buffer.concat([...(id === 2 ? [str(e.module)] : []), str(name), e.rest]);
      }),
    ]);
    out.push(Buffer.from([id]), enc(section.length), section);
  }
  // Every renamed name is a whole identifier in the glue (a property of the imports object, or of
  // the wasm's exports); the glue defines every import.
  for (const [name, next] of renamed) {
    const whole = new RegExp(`\\b${name}\\b`, 'g');
    if (imported.has(name) && !whole.test(glue)) throw new Error(`post-build: the glue does not define ${name}; update scripts/post-build.mjs`);
    glue = glue.replace(whole, next);
  }
  writeFileSync(file, Buffer.concat(out));
  console.log(`post-build: ${renamed.size} names shared by the glue and the wasm shortened`);
  return glue;
}

/** Replaces Trunk's inline loader by boot-<hash>.js. Returns the page and the loader's name. */
function writeLoader(html, plan) {
  let boot = null;
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (match) {
    // Trunk's loader imports the glue and starts the wasm; ours does the same, but
    //  - paints first, then loads the app: the opening text of index.html is on screen before the
    //    wasm is requested, so it is the page's first and largest paint however the network
    //    behaves (the timer covers pages that never paint, a hidden tab or frame; browsers without
    //    paint timing start at once);
    //  - imports the glue dynamically, so that a glue, a wasm or a start that fails (a file missing
    //    in a half-finished release, a network error, a wasm that does not compile) is caught and
    //    index.html's message "无法启动本工具 / The tool could not start" is shown at once, with a
    //    reload button; a start that hangs shows it after 20 s. Storage is never touched here.
    //    (If this file itself does not load, index.html's own style shows the message after 6 s:
    //    it waits for `data-boot`, which this script sets first.)
    //  - registers the service worker only once the app has started.
    const trunk = match[1].trim().split('\n').map((l) => l.trim()).filter(Boolean);
    const known = [
      /^import init, \* as bindings from '(\.\/[\w.-]+\.js)';$/,
      /^const wasm = await init\(\{ module_or_path: '(\.\/[\w.-]+\.wasm)' \}\);$/,
      /^window\.wasmBindings = bindings;$/,
      /^dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);$/,
    ];
    const found = known.map((re) => trunk.map((l) => l.match(re)).find(Boolean));
    if (trunk.length !== known.length || found.some((m) => !m)) throw new Error(`post-build: Trunk's loader has an unexpected shape; update scripts/post-build.mjs:\n${match[1]}`);
    const [glueUrl, wasmUrl] = [found[0][1], found[1][1]];
    let code = `const root = document.documentElement;
root.dataset.boot = 'loading';
const failed = (why) => {
  clearTimeout(stall);
  if (root.dataset.boot !== 'loading' || !document.getElementById('skeleton')) return;
  root.dataset.boot = 'failed';
  const link = document.getElementById('boot-reload');
  if (link) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = link.id;
    button.className = link.className;
    button.textContent = link.textContent;
    button.addEventListener('click', () => location.reload());
    link.replaceWith(button);
  }
  console.warn('platform-readiness: the tool could not start:', why);
};
const stall = setTimeout(() => failed('it did not start within 20 s'), 20000);
try {
  await new Promise((painted) => {
    setTimeout(painted, 500);
    try { new PerformanceObserver(painted).observe({ type: 'paint', buffered: true }); } catch { painted(); }
  });
  const bindings = await import('${glueUrl}');
  const wasm = await bindings.default({ module_or_path: '${wasmUrl}' });
  window.wasmBindings = bindings;
  clearTimeout(stall);
  root.dataset.boot = 'started';
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  if ('serviceWorker' in navigator && location.protocol.startsWith('http')) navigator.serviceWorker.register('./sw.js').catch(() => {});
} catch (e) {
  failed(e);
}
`;
    // The report page's plan: the plan module is loaded on the first call, once. A load that
    // fails marks the element (main.css says so in its language) and is tried again next time.
    // platformReadinessPlanFile gives the plan's markup for the downloaded report file.
    const planCode = `let plan, planModule;
window.platformReadinessPlanFile = () => (planModule ? planModule.file_markup() : '');
window.platformReadinessPlan = (root, report, lang, editable, save, texts) => {
  plan ||= import('./${plan.glue}').then(async (m) => { await m.default({ module_or_path: './${plan.wasm}' }); planModule = m; return m; });
  delete root.dataset.planFailed;
  return plan.then((m) => m.mount(root, report, lang, editable, save, texts)).catch((e) => {
    plan = null;
    root.dataset.planFailed = '';
    console.warn('platform-readiness: the plan could not load:', e);
  });
};
`;
    code = planCode + code;
    // The wasm is fetched by the loader after that first paint, not preloaded ahead of it.
    html = html.replace(/<link[^>]*rel="?preload"?[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*rel="?preload"?[^>]*>/, '');
    const out = release ? terse(code) : code;
    const name = `boot-${hash(out)}.js`;
    writeFileSync(join(dir, name), out);
    boot = name;
    html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
    console.log(`post-build: loader moved to ${name}`);
  }
  if (!html.includes('id="boot-failed"') && !html.includes('id=boot-failed')) throw new Error('post-build: index.html has no #boot-failed message for the loader to show');
  return { html, boot };
}

/** Links the web manifest unless the page already does. */
function linkManifest(html) {
  if (html.includes('rel="manifest"') || html.includes('rel=manifest')) return html;
  return html.replace('</head>', '<link rel="manifest" href="./public/manifest.webmanifest"></head>');
}

/** Every built file's path in the staging folder (no compressed copies, not sw.js), sorted. */
function builtFiles() {
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
  return files;
}

/** Writes sw.js for the files `files`, whose page loads `boot`. */
function writeServiceWorker(files, boot) {
  if (!boot) throw new Error('post-build: no loader found in index.html');
  const buildHash = hash(files.map((f) => f + ':' + hash(readFileSync(join(dir, f)))).join('\n'));
  // The worker keeps a build as a whole: it installs only if every file answers and the page it
  // fetched as './' is the one of this build (it names this build's loader; a stale copy from an
  // HTTP cache or a release half uploaded does not), and offline it serves the page only from its
  // own complete copy, so it never serves an index.html whose files it does not have.
  const swHead = `// Generated by scripts/post-build.mjs: keeps this build's files for offline use.
const CACHE = 'platform-readiness-${buildHash}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
const BOOT = ${JSON.stringify(boot)};
`;
  const swCode = `self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all(FILES.map((f) => fetch(new Request(f, { cache: 'no-cache' })).then((r) => {
      if (!r.ok) throw new Error(f + ': HTTP ' + r.status);
      return r;
    })))
      .then(async (responses) => {
        if (!(await responses[0].clone().text()).includes(BOOT)) throw new Error('./ is not the page of this build');
        const cache = await caches.open(CACHE);
        await Promise.all(responses.map((r, i) => cache.put(FILES[i], r)));
      })
      .catch((e) => caches.delete(CACHE).then(() => { throw e; }))
      .then(() => self.skipWaiting()),
  );
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
    // The page itself: the network when it answers, else this build's copy (any query string).
    const kept = () => caches.open(CACHE).then((cache) => cache.match('./'));
    event.respondWith(fetch(request)
      .then((r) => (r.ok ? r : kept().then((copy) => copy || r)))
      .catch(() => kept().then((copy) => copy || Response.error())));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;
  // The build's names stay as written (tests read them); the code is minified in a release build.
  writeFileSync(join(dir, 'sw.js'), swHead + (release ? terse(swCode, false) : swCode));
  console.log(`post-build: sw.js caches ${files.length} files as platform-readiness-${buildHash}`);
}

/** Writes a gzip and a brotli copy of every text and wasm file. */
function precompress(files) {
  let count = 0;
  for (const f of [...files, 'sw.js']) {
    if (!/\.(html|js|css|wasm|json|webmanifest|svg|txt)$/.test(f)) continue;
    const body = readFileSync(join(dir, f));
    writeFileSync(join(dir, f + '.gz'), gzipSync(body, { level: 9 }));
    writeFileSync(join(dir, f + '.br'), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    count++;
  }
  console.log(`post-build: ${count} files pre-compressed (.gz, .br)`);
}

// The steps, in order.
copyReportTexts(dir);
const plan = buildPlanModule();
let html = readFileSync(indexFile, 'utf8');
if (release) html = slimRelease(html);
const loaded = writeLoader(html, plan);
writeFileSync(indexFile, linkManifest(loaded.html));
const files = builtFiles();
writeServiceWorker(files, loaded.boot);
precompress(files);
