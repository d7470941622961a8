// A small static file server for the built app (dist/) on 127.0.0.1, used by the serve command
// and the end-to-end tests. It sends the headers the README recommends to deployers (its
// "Privacy and deployment" section; tests/skeleton.rs keeps the policy here equal to it), so the
// whole end-to-end suite runs under them:
//   - Content-Security-Policy: the policy of index.html's meta tag, plus `frame-ancestors`
//     (only a header can carry it): 'self' and the origins given;
//   - Cache-Control: files whose name carries a content hash are immutable; every other file
//     (index.html, sw.js, public/) is revalidated on each load;
//   - X-Content-Type-Options: nosniff, and application/wasm for .wasm.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of index.html's meta tag. */
export const PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** The recommended Content-Security-Policy header, with the origins allowed to frame the tool. */
export const cspHeader = (frameAncestors = []) => [`${PAGE_POLICY}; frame-ancestors 'self'`, ...frameAncestors].join(' ');

/** A name with a content hash, as Trunk and the post-build hook write them. */
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.[a-z]+$/;

/** Cache-Control for a file: immutable when its name carries its content's hash. */
export const cacheControl = (file) => (HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * Serves `dir`. `extraHeaders` are added to (or replace) the recommended ones, e.g. a
 * Content-Security-Policy with more frame ancestors (cspHeader([...])); a header given as null
 * is not sent (a bureau's own page is not the tool: it gets none of the tool's policy). `answer(path)`, when
 * given, may return a status code to answer a request with instead of the file (a server in
 * the middle of a deployment).
 */
export function startServer(dir, port = 0, extraHeaders = {}, { answer } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      const status = answer?.(path);
      if (status) { res.writeHead(status, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end(`status ${status}`); return; }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) { file = join(file, 'index.html'); info = await stat(file).catch(() => null); }
      if (!info && extname(path)) { res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' }).end('not found'); return; }
      if (!info) { file = join(root, 'index.html'); }
      const body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': cacheControl(file),
        'Content-Security-Policy': cspHeader(),
        'X-Content-Type-Options': 'nosniff',
      };
      for (const [k, v] of Object.entries(extraHeaders)) {
        if (v == null) delete headers[k];
        else headers[k] = v;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    ok({ url, port: server.address().port, close: () => new Promise((done) => { server.close(done); server.closeAllConnections?.(); }) });
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port));
  console.log(`serving ${dir} on ${url}`);
}
