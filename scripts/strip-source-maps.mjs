/**
 * Run by `prepack` when npm packs or publishes (npm_command pack/publish): the package ships no
 * source maps (their TypeScript sources are not shipped), so the `//# sourceMappingURL=` comments
 * that would point at missing files are removed from the built JavaScript under dist/src and
 * dist/rules. A plain `npm run build` keeps them for development.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const command = process.env.npm_command;
if (command !== 'pack' && command !== 'publish' && !process.argv.includes('--force')) process.exit(0);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;
let stripped = 0;
for (const dir of ['dist/src', 'dist/rules']) {
  for (const rel of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
    const file = path.join(ROOT, dir, String(rel));
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (!COMMENT.test(text)) continue;
    // The same mtime: bin/virtlint.js prefers the bundle only while it is at least as new as dist/src/cli.js.
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, text.replace(COMMENT, '\n'));
    fs.utimesSync(file, atime, mtime);
    stripped++;
  }
}
process.stderr.write(`strip-source-maps: ${stripped} files\n`);
