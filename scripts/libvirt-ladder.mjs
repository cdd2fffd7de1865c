/**
 * Builds schemas/versions/ladder.json: for each item of virtlint's domain grammar, the oldest
 * checked libvirt release whose own schema has it and the checked release before it, whose schema
 * lacks it (src/targets/ladder.ts). The releases are the directories of test/data/libvirt-schemas
 * (see its SOURCES.md). Run after `npm run build`, and commit the output:
 *
 *   node scripts/libvirt-ladder.mjs
 *
 * test/targets/ladder.test.ts fails when the committed file is stale. With --newest, it also lists
 * the features of the newest checked release's schema that virtlint's grammar lacks (one key per
 * missing feature: its element, attribute or value whose parent the grammar has).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ladderFromSchemas, ladderJson, newestMissing } = await import(path.join(ROOT, 'dist/src/targets/ladder-build.js'));

const data = ladderFromSchemas(path.join(ROOT, 'test/data/libvirt-schemas'));
const out = path.join(ROOT, 'schemas/versions/ladder.json');
fs.writeFileSync(out, ladderJson(data));
const count = (pred) => data.steps.filter(pred).reduce((n, s) => n + s.items.length, 0);
console.log(`${path.relative(ROOT, out)}: ${data.releases.length} releases (${data.releases.join(', ')})`);
for (const s of data.steps) console.log(`  ${(s.after ?? '–').padStart(7)} → ${(s.by ?? 'none').padEnd(7)} ${s.items.length}`);
console.log(`  in no checked release: ${count((s) => !s.by)}; lacked again by a newer release: ${Object.keys(data.lacks).length}`);
if (process.argv.includes('--newest')) {
  const m = newestMissing(path.join(ROOT, 'test/data/libvirt-schemas'));
  console.log(`\nlibvirt ${m.version}'s schema has ${m.all.length} items virtlint's grammar lacks (${m.minimal.length} features):`);
  for (const k of m.minimal) console.log(`  ${k}`);
}
