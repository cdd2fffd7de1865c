/**
 * docs/editors.md lists the language server's initialization options and the VS Code extension's
 * settings: the first are compared with the server's ServerOptions (and what readServerOptions keeps),
 * the second with the extension's package.json, and the README's settings with the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readServerOptions } from '../../src/lsp/settings.js';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/** A valid value for each option, to see that the server keeps what the page documents. */
const SAMPLE: Record<string, unknown> = {
  debounceMs: 0,
  capsFile: 'caps.json',
  schemaDir: 'schemas',
  configFile: 'virtlint.config.json',
  noConfig: true,
  probe: false,
  target: 'libvirt@8.0.0',
  maxFileSize: 1024,
  maxDepth: 64,
  lintTimeoutMs: 30000,
};

describe('docs/editors.md', () => {
  const doc = read('docs/editors.md');

  it("documents every initialization option of the server (ServerOptions), and the server keeps each", () => {
    const source = read('src/lsp/settings.ts');
    const iface = /export interface ServerOptions \{([\s\S]*?)\n\}/.exec(source)![1]!;
    const declared = [...iface.matchAll(/readonly (\w+)\?:/g)].map((m) => m[1]!).sort();
    const section = doc.slice(doc.indexOf('Initialization options'), doc.indexOf('## VS Code'));
    const documented = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]!).sort();
    expect(documented).to.deep.equal(declared);
    for (const key of documented) {
      expect(SAMPLE, `a sample value for ${key}`).to.have.property(key);
      expect(readServerOptions({ [key]: SAMPLE[key] }, '/w'), key).to.have.property(key);
    }
  });

  it("lists the VS Code extension's settings with their defaults, and the README names only real ones", () => {
    const pkg = JSON.parse(read('editors/vscode/package.json')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const properties = pkg.contributes.configuration.properties;
    const rows = [...doc.matchAll(/^\| `(virtlint\.[\w.]+)` +\| (.*)\|$/gm)];
    expect(rows.map((m) => m[1]).sort()).to.deep.equal(Object.keys(properties).sort());
    for (const [, key, text] of rows) {
      const stated = /\(default (\w+)/.exec(text!)?.[1];
      if (stated === undefined) continue;
      const def = properties[key!]!.default;
      expect(stated, key).to.equal(typeof def === 'boolean' ? (def ? 'on' : 'off') : String(def));
    }
    for (const m of read('README.md').matchAll(/`(virtlint\.[a-zA-Z.]+)`/g)) {
      if (m[1] === 'virtlint.config.json' || m[1]!.startsWith('virtlint.config.')) continue;
      expect(properties, m[1]).to.have.property(m[1]!);
    }
  });
});
