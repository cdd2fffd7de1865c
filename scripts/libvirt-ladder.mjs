/**
 * Builds schemas/versions/ladder.json: for each item of virtlint's grammars (the domain's and the
 * sibling documents' of LADDER_KINDS: network, storage pool and volume, network filter, secret, host
 * interface, snapshot, checkpoint), the
 * oldest checked libvirt release whose own schema has it and the checked release before it, whose
 * schema lacks it (src/targets/ladder.ts). The releases are the directories of
 * test/data/libvirt-schemas (see its SOURCES.md). Run after `npm run build`, and commit the output:
 *
 *   node scripts/libvirt-ladder.mjs
 *
 * test/targets/ladder.test.ts fails when the committed file is stale. With --newest, it also lists
 * the features of the newest checked release's schemas that virtlint's grammars lack (one key per
 * missing feature: its element, attribute or value whose parent the grammar has), per kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { LADDER_KINDS, ladderFromSchemas, ladderJson, newestMissing } = await import(path.join(ROOT, 'dist/src/targets/ladder-build.js'));

const data = ladderFromSchemas(path.join(ROOT, 'test/data/libvirt-schemas'));
const out = path.join(ROOT, 'schemas/versions/ladder.json');
fs.writeFileSync(out, ladderJson(data));
const count = (pred) => data.steps.filter(pred).reduce((n, s) => n + s.items.length, 0);
const root = (key) => key.slice(0, key.indexOf('/') >>> 0);
const roots = [...new Set(data.steps.flatMap((s) => s.items.map(root)))];
console.log(`${path.relative(ROOT, out)}: ${data.releases.length} releases (${data.releases.join(', ')}); kinds ${LADDER_KINDS.join(', ')}`);
console.log(`  ${'after → by'.padEnd(17)} ${roots.map((r) => r.padStart(8)).join('')}`);
for (const s of data.steps) {
  const per = roots.map((r) => String(s.items.filter((k) => root(k) === r).length).padStart(8)).join('');
  console.log(`  ${(s.after ?? '–').padStart(7)} → ${(s.by ?? 'none').padEnd(7)} ${per}`);
}
console.log(`  in no checked release: ${count((s) => !s.by)}; lacked again by a newer release: ${Object.keys(data.lacks).length}`);
if (process.argv.includes('--newest')) {
  for (const kind of LADDER_KINDS) {
    const m = newestMissing(path.join(ROOT, 'test/data/libvirt-schemas'), undefined, kind);
    console.log(`\n${kind}: libvirt ${m.version}'s schema has ${m.all.length} items virtlint's grammar lacks (${m.minimal.length} features):`);
    for (const k of m.minimal) console.log(`  ${k}`);
  }
}
