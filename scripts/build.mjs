#!/usr/bin/env node
// Builds what `kassa start` runs: the PWA (Vite) and the server + cli bundled into one file (esbuild).
// Workspace packages are bundled from their TypeScript sources; npm dependencies stay external.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function externalDependencies() {
  const names = new Set();
  for (const dir of readdirSync(join(root, 'packages'))) {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith('@kassa/')) names.add(name);
  }
  return [...names];
}

const started = Date.now();
await viteBuild({ root: join(root, 'packages/web'), logLevel: 'warn' });
await esbuild({
  entryPoints: [join(root, 'packages/cli/src/kassa.ts')],
  outfile: join(root, 'packages/cli/dist/kassa.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: externalDependencies(),
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
console.log(`built web + cli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
