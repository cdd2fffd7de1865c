/**
 * docs/configuration.md documents every key a configuration entry may have and every setting
 * virtlint reads: the entry keys are those the validator accepts (it names them when it refuses
 * one), the settings those of ConfigSettings; and each documented setting is one the validator checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError } from '../../src/config/types.js';
import { validateConfig } from '../../src/config/validate.js';
import { CONFIG_FILE_NAMES } from '../../src/config/load.js';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/** The first column of the markdown table that follows `heading`. */
function firstColumn(doc: string, heading: string): string[] {
  const start = doc.indexOf(heading);
  expect(start, heading).to.be.greaterThan(-1);
  const table = /((?:^\|.*\|\n)+)/m.exec(doc.slice(start))![1]!;
  return [...table.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]!);
}

describe('docs/configuration.md and the configuration validator', () => {
  const doc = read('docs/configuration.md');

  it('lists every key an entry may have', () => {
    let allowed: string[] = [];
    try {
      validateConfig([{ notAKey: 1 }], 'virtlint.config.json', REPO_ROOT);
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
      allowed = /\(allowed: ([^)]*)\)/.exec((e as Error).message)![1]!.split(', ');
    }
    expect(firstColumn(doc, '## The format: a flat array of entries').sort()).to.deep.equal(allowed.sort());
  });

  it('lists every setting ConfigSettings declares, and the validator checks each one', () => {
    const source = read('src/config/types.ts');
    const declared = [.../export interface ConfigSettings \{([\s\S]*?)\n\}/.exec(source)![1]!.matchAll(/readonly (\w+)\?:/g)].map((m) => m[1]!);
    const documented = firstColumn(doc, '### Settings');
    expect(documented.sort()).to.deep.equal([...declared].sort());
    // A wrongly typed value of each is refused, naming the setting.
    for (const key of documented) {
      expect(() => validateConfig([{ settings: { [key]: 42 } }], 'virtlint.config.json', REPO_ROOT), key).to.throw(ConfigError, `.settings.${key}`);
    }
  });

  it('names the configuration files in the order they are looked for', () => {
    const listed = [...doc.slice(doc.indexOf('## Where the configuration comes from')).matchAll(/^\d\. `([^`]+)`/gm)].map((m) => m[1]!);
    expect(listed).to.deep.equal([...CONFIG_FILE_NAMES]);
  });
});

describe('environment variables', () => {
  it('every variable src/ and bin/ read is named in README.md or docs/', () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (/\.(ts|js|mjs)$/.test(e.name)) sources.push(read(rel));
      }
    };
    walk('src');
    walk('bin');
    const used = new Set<string>();
    for (const text of sources) for (const m of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)\b/g)) used.add(m[1]!);
    used.delete('HOME'); // `~` in the docs
    const docs = [read('README.md'), ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => read(`docs/${f}`))].join('\n');
    expect(used.size).to.be.greaterThan(5);
    expect([...used].filter((v) => !docs.includes(v)).sort()).to.deep.equal([]);
  });
});
