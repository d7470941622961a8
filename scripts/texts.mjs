// Part of the post-build hook: copies the report's own texts (criterion notes, cited lists,
// notices; written by build.rs as texts-<fingerprint>.txt next to the wasm build, see
// src/schemes/mod.rs) into Trunk's staging folder, where the service worker and the
// pre-compression steps pick it up like every other built file. A release build fetches it after
// the first paint (feature `lazy-texts`).
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function copyReportTexts(stagingDir) {
  const source = process.env.TRUNK_SOURCE_DIR || '.';
  const target = process.env.CARGO_TARGET_DIR || join(source, 'target');
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const from = join(target, 'wasm32-unknown-unknown', profile, 'texts');
  const files = existsSync(from) ? readdirSync(from).filter((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f)) : [];
  if (files.length !== 1) throw new Error(`post-build: expected one texts-<hash>.txt in ${from}, found ${files.length}`);
  copyFileSync(join(from, files[0]), join(stagingDir, files[0]));
  console.log(`post-build: ${files[0]} copied beside the wasm`);
}
