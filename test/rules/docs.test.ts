import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { OFF_BY_DEFAULT } from '../../src/builtin-ids.js';
import { RULE_ALIASES } from '../../rules/aliases.js';
import { RULES } from '../../rules/index.js';
import { REPO_ROOT } from './helpers.js';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');

describe('rule documentation', () => {
  it('has a page for every rule, capability rules included, with incorrect and correct examples', () => {
    const missing: string[] = [];
    for (const r of RULES) {
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

  it("gives each rule in docs/rules/README.md the registry's default severity, caps/fix marks and description (as --list-rules prints them)", () => {
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    const rows = new Map([...index.matchAll(/^\| \[([a-z0-9-]+)\]\(\1\.md\) \|([^|]*)\|([^|]*)\|(.*)\|\s*$/gm)].map((m) => [m[1]!, m]));
    const problems: string[] = [];
    for (const r of RULES) {
      const row = rows.get(r.meta.id);
      if (!row) continue; // the test above names it
      const severity = OFF_BY_DEFAULT.has(r.meta.id) ? `off (${r.meta.defaultSeverity} when enabled)` : r.meta.defaultSeverity;
      const marks = [r.meta.needsCapabilities ? 'caps' : '', r.meta.fixable ? 'fix' : ''].filter(Boolean).join(', ');
      const description = row[4]!.trim().replace(/&lt;/g, '<');
      if (row[2]!.trim() !== severity) problems.push(`${r.meta.id}: severity '${row[2]!.trim()}', registry '${severity}'`);
      if (row[3]!.trim() !== marks) problems.push(`${r.meta.id}: marks '${row[3]!.trim()}', registry '${marks}'`);
      if (description !== r.meta.description) problems.push(`${r.meta.id}: description '${description}', registry '${r.meta.description}'`);
    }
    expect(problems).to.deep.equal([]);
  });

  it("gives each rule page the registry's default severity, fixable and capabilities rows", () => {
    const problems: string[] = [];
    for (const r of RULES) {
      const text = fs.readFileSync(path.join(DOCS, `${r.meta.id}.md`), 'utf8');
      const row = (name: string): string | undefined => new RegExp(`^\\| ${name} \\| (.*) \\|$`, 'm').exec(text)?.[1];
      const severity = row('Default severity');
      const fixable = row('Fixable');
      const caps = row('Needs capabilities');
      const wanted = OFF_BY_DEFAULT.has(r.meta.id) ? 'off' : r.meta.defaultSeverity;
      if (!severity?.startsWith(wanted)) problems.push(`${r.meta.id}: Default severity '${severity}', registry '${wanted}'`);
      if (fixable === undefined || fixable.startsWith('yes') !== Boolean(r.meta.fixable)) problems.push(`${r.meta.id}: Fixable '${fixable}', registry ${Boolean(r.meta.fixable)}`);
      if (caps === undefined || caps.startsWith('yes') !== Boolean(r.meta.needsCapabilities)) problems.push(`${r.meta.id}: Needs capabilities '${caps}', registry ${Boolean(r.meta.needsCapabilities)}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('registers every rule module in rules/ (so none goes without its page and index row)', async () => {
    const dir = path.join(REPO_ROOT, 'dist', 'rules');
    const registered = new Set(RULES.map((r) => r.meta.id));
    const unregistered: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: { meta?: { id?: unknown } } };
      const id = mod.default?.meta?.id;
      if (typeof id === 'string' && !registered.has(id)) unregistered.push(`${file}: ${id}`);
    }
    expect(unregistered).to.deep.equal([]);
  });

  it("lists the aliases in docs/rules/README.md with the rules of rules/aliases.ts, each with its page", () => {
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    const rows = [...index.matchAll(/^\| ([a-z0-9-]+) \(\[page\]\(\1\.md\)\) \| ([^|]+) \|$/gm)].map((m) => [m[1]!, m[2]!.split(',').map((p) => p.trim())] as const);
    expect(Object.fromEntries(rows)).to.deep.equal(Object.fromEntries([...RULE_ALIASES].map(([id, parts]) => [id, [...parts]])));
    for (const [id] of rows) expect(fs.existsSync(path.join(DOCS, `${id}.md`)), id).to.equal(true);
  });
});
