/**
 * docs/capabilities.md's "Settings (API)" table lists what `createCapabilityResolver(settings)` takes:
 * every field of `CapabilitySettings` (src/caps/index.ts) has a row, and every row is a field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

describe('docs/capabilities.md: the resolver settings', () => {
  it('has a row for each field of CapabilitySettings, and no other', () => {
    const source = read('src/caps/index.ts');
    const start = source.indexOf('export interface CapabilitySettings {');
    expect(start).to.be.at.least(0);
    const body = source.slice(start, source.indexOf('\n}', start));
    const fields = [...body.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]!).sort();
    expect(fields.length).to.be.at.least(5);

    const doc = read('docs/capabilities.md');
    const section = doc.slice(doc.indexOf('## Settings (API)'), doc.indexOf('\n## ', doc.indexOf('## Settings (API)') + 1));
    const rows = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!).sort();
    expect(rows).to.deep.equal(fields);
  });
});
