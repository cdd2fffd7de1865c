/**
 * The figures docs/targets.md and the README give about the version table are the table's: how many
 * of the domain grammar's items have a documented release, how many undated ones libvirt 1.3.1's
 * schema already has (never reported), and which releases the ladder checked. They change whenever
 * the grammar, the table or the ladder does; this fails on the stale text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { domainGrammarItems } from '../../src/targets/grammar-items.js';
import { bundledVersionTable } from '../../src/targets/version-table.js';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');
const n = (x: number): string => x.toLocaleString('en-US');

describe('docs/targets.md and the README: the version table in figures', () => {
  const items = domainGrammarItems();
  const table = bundledVersionTable();
  const dated = items.filter((i) => table.entry(i.key)?.since !== undefined).length;
  const releases = (JSON.parse(read('schemas/versions/ladder.json')) as { releases: string[] }).releases;
  // Undated items the oldest checked release's schema already has: the ladder bounds them by it alone.
  const undatedOldest = items.filter((i) => {
    const b = table.bound(i.key);
    return b !== undefined && b.by === releases[0] && b.after === undefined;
  }).length;
  const targets = read('docs/targets.md');
  const readme = read('README.md');

  it('documented releases: "for X of the domain grammar\'s Y elements, attributes and values (Z%)"', () => {
    expect(items.length).to.be.above(1000);
    const shown = /for ([\d,]+) of the domain grammar's ([\d,]+) elements, attributes\s+and values \(([\d.]+)%\)/.exec(targets);
    expect(shown, 'the sentence in docs/targets.md').to.not.equal(null);
    expect(shown!.slice(1)).to.deep.equal([n(dated), n(items.length), ((100 * dated) / items.length).toFixed(1)]);
  });

  it(`undated items in the oldest checked release's schema: "(N of them, …)"`, () => {
    const shown = /without a documented\s+release \(([\d,]+) of them/.exec(targets);
    expect(shown, 'the sentence in docs/targets.md').to.not.equal(null);
    expect(shown![1]).to.equal(n(undatedOldest));
  });

  it('the checked releases: how many, the oldest and the newest (README), each of them (docs/targets.md)', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    expect(readme).to.include(`${words[releases.length]} releases (${releases[0]} to ${releases.at(-1)})`);
    expect(targets).to.include(`schemas at ${words[releases.length]} releases`);
    for (const r of releases) expect(targets, r).to.match(new RegExp(`(?<![\\d.])${r.replace(/\./g, '\\.')}\\s+\\(`));
  });
});
