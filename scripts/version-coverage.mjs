/**
 * Prints how much of the bundled domain grammar the version table dates, per top-level area
 * (domain/<child> and domain/devices/<device>), and how the ladder bounds the other kinds' grammars
 * (network, storage pool and volume, network filter, secret), after `npm run build`:
 *
 *   node scripts/version-coverage.mjs
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { domainGrammarItems, kindGrammarItems } = await import(path.join(ROOT, 'dist/src/targets/grammar-items.js'));
const { LADDER_KINDS } = await import(path.join(ROOT, 'dist/src/targets/ladder-build.js'));
const { bundledVersionTable, splitKey } = await import(path.join(ROOT, 'dist/src/targets/version-table.js'));

const table = bundledVersionTable();
const items = domainGrammarItems();
const areas = new Map();
for (const item of items) {
  const { steps } = splitKey(item.key);
  const area = steps[1] === 'devices' && steps[2] ? `domain/devices/${steps[2]}` : steps.slice(0, 2).join('/');
  const a = areas.get(area) ?? { total: 0, dated: 0 };
  a.total++;
  if (table.entry(item.key)?.since) a.dated++;
  areas.set(area, a);
}
const dated = items.filter((i) => table.entry(i.key)?.since).length;
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`${dated} of ${items.length} grammar items dated (${pct(dated, items.length)})`);
// The rest carry the ladder's bound from libvirt's own schemas (schemas/versions/ladder.json).
const bounds = items.filter((i) => !table.entry(i.key)?.since).map((i) => table.bound(i.key));
const ranged = bounds.filter((b) => b?.after).length;
const oldest = bounds.filter((b) => b && !b.after).length;
console.log(`the other ${items.length - dated}: ${oldest} in libvirt ${table.ladder?.data.releases[0] ?? '?'}'s schema, ${ranged} bounded between two checked releases, ${bounds.filter((b) => !b).length} without a bound\n`);
for (const [area, a] of [...areas.entries()].sort((x, y) => y[1].total - x[1].total)) {
  console.log(`${area.padEnd(36)} ${String(a.dated).padStart(5)} / ${String(a.total).padEnd(5)} ${pct(a.dated, a.total)}`);
}

// The other kinds: a few documented releases (network.json, storage.json, secret.json, snapshot-checkpoint.json,
// releases-12.8-kinds.json), the ladder's bounds for the rest.
console.log('');
for (const kind of LADDER_KINDS.filter((k) => k !== 'domain')) {
  const kindItems = kindGrammarItems(kind);
  const kindDated = kindItems.filter((i) => table.entry(i.key)?.since).length;
  const kindBounds = kindItems.filter((i) => !table.entry(i.key)?.since).map((i) => table.bound(i.key));
  const kindRanged = kindBounds.filter((b) => b?.after).length;
  console.log(`${kind.padEnd(8)} ${String(kindItems.length).padStart(4)} items: ${kindDated} dated; ${kindBounds.filter((b) => b && !b.after).length} more in libvirt ${table.ladder?.data.releases[0] ?? '?'}'s schema, ${kindRanged} bounded between two checked releases, ${kindBounds.filter((b) => !b).length} without a bound`);
}
