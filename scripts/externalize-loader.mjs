// Trunk post-build hook: moves Trunk's inline module loader out of index.html into its own
// file, so the page runs under `script-src 'self'` without 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.log('externalize-loader: no inline module script found');
  process.exit(0);
}
const code = match[1];
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`externalize-loader: loader moved to ${name}`);
