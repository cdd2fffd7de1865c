/**
 * docs/configuration.md shows what virtlint prints for a configuration it cannot use. Each line shown
 * is produced here by a real run on the configuration it stands for, and compared word for word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { spawnCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { REPO_ROOT } from '../helpers/paths.js';

const ACME = path.join(REPO_ROOT, 'examples', 'plugins', 'acme-plugin', 'index.mjs');

/** The configuration behind each line of the docs' example, in the order shown. */
const CASES: readonly { readonly file: string; readonly text: string }[] = [
  { file: 'virtlint.config.json', text: JSON.stringify([{ ignores: ['generated/'] }, { rules: { 'ioeventfd-requires-virtoi': 'error' } }]) },
  { file: 'virtlint.config.json', text: JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warning' } }]) },
  { file: 'virtlint.config.json', text: JSON.stringify([{ rules: { policy: ['error', { name: 'disk-count', select: 'devices/disk', max: -1 }] } }]) },
  {
    file: 'virtlint.config.json',
    text: JSON.stringify([{ rules: { policy: ['error', { name: 'disk-count', select: 'devices/disk', max: 8 }, { name: 'nic', select: 'devices/interface/model@type', alow: ['virtio'] }] } }]),
  },
  { file: 'virtlint.config.json', text: JSON.stringify([{ plugins: { acme: {} } }]) },
  { file: 'virtlint.config.mjs', text: `import acme from ${JSON.stringify(ACME)};\nexport default [{ plugins: { acme }, rules: { 'acme/interface-modl': 'error' } }];\n` },
  { file: 'virtlint.config.json', text: JSON.stringify([{ rules: { 'policy-network': ['error', { select: 'forward@mod', allow: ['nat'] }] } }]) },
];

describe('docs/configuration.md: configuration errors', () => {
  it('prints, for each configuration, the line the docs show (exit 2)', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'configuration.md'), 'utf8');
    const section = text.slice(text.indexOf('### Errors'));
    const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
    const shown = block.trimEnd().split('\n');
    expect(shown).to.have.length(CASES.length);
    const printed: string[] = [];
    for (const c of CASES) {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, '.git'));
      writeTree(dir, { [c.file]: c.text, 'vm.xml': "<domain type='kvm'><name>t</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" });
      const run = spawnCli(['vm.xml'], { cwd: dir });
      expect(run.code, run.stderr).to.equal(2);
      printed.push(run.stderr.trimEnd());
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(printed).to.deep.equal(shown);
  });
});
