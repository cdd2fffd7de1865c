import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { RULES } from '../../rules/index.js';
import { REPO_ROOT } from './helpers.js';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');

describe('rule documentation', () => {
  it('has a page for every rule that does not need capabilities, with incorrect and correct examples', () => {
    const missing: string[] = [];
    for (const r of RULES) {
      if (r.meta.needsCapabilities) continue; // written with the capability engine
      const file = path.join(DOCS, `${r.meta.id}.md`);
      if (!fs.existsSync(file)) {
        missing.push(`${r.meta.id}: no page`);
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      for (const heading of ['## Incorrect', '## Correct']) if (!text.includes(heading)) missing.push(`${r.meta.id}: no '${heading}'`);
      if (!text.startsWith(`# ${r.meta.id}\n`)) missing.push(`${r.meta.id}: title is not the rule id`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('lists every registered rule in docs/rules/README.md, and no rule that does not exist', () => {
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    const listed = [...index.matchAll(/^\| \[([a-z0-9-]+)\]\(\1\.md\)/gm)].map((m) => m[1]);
    expect([...listed].sort()).to.deep.equal(RULES.map((r) => r.meta.id).sort());
  });
});
