/**
 * Plugin rules' docs links in the reports written file by file (json, stylish), as docs/plugins.md
 * and docs/formats.md promise and the language server gives: from the run's rules, learnt from the
 * configuration of each file with plugin findings (no result kept for it).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { spawnCli } from '../cli/run-cli.js';
import { pluginProject, vm } from './project.js';

interface JsonResult {
  messages: { ruleId: string; docsUrl?: string }[];
}

const NIC_DOCS = 'https://acme.example/rules/nic-model';
const SERIAL_DOCS = 'https://acme.example/rules/no-serial';

describe('plugins: docs links of plugin rules in json and stylish', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    // Two directories under the one configuration, and a built-in finding beside the plugin ones.
    dir = pluginProject({ 'vms/a.xml': vm('a'), 'more/b.xml': vm('b').replace("<memory unit='MiB'>", "<memory unit='MiB' bogus='1'>") });
  });

  it('-f json: every plugin finding has its rule’s docsUrl (meta.docs.url or a docs string); built-in ones keep theirs', () => {
    for (const concurrency of ['1', '2']) {
      const r = spawnCli(['-f', 'json', '--no-cache', '--concurrency', concurrency, 'vms', 'more'], { cwd: dir });
      expect(r.code, r.stderr).to.equal(1);
      const messages = (JSON.parse(r.stdout) as JsonResult[]).flatMap((f) => f.messages);
      const docsOf = (id: string): (string | undefined)[] => [...new Set(messages.filter((m) => m.ruleId === id).map((m) => m.docsUrl))];
      expect(docsOf('acme/nic-model')).to.deep.equal([NIC_DOCS]);
      expect(docsOf('acme/no-serial')).to.deep.equal([SERIAL_DOCS]);
      expect(docsOf('schema/unknown-attribute')[0]).to.match(/schema-diagnostics\.md$/);
    }
  });

  it('stylish: the plugin rules are in the "Rule docs" list', () => {
    const r = spawnCli(['--no-color', '--no-cache', 'vms/a.xml'], { cwd: dir });
    expect(r.code, r.stderr).to.equal(1);
    const docs = r.stdout.slice(r.stdout.indexOf('Rule docs:')).split('\n');
    expect(docs).to.include(`  acme/nic-model: ${NIC_DOCS}`);
    expect(docs).to.include(`  acme/no-serial: ${SERIAL_DOCS}`);
  });

  it('--stdin with --stdin-filename in the project: the same links', () => {
    const r = spawnCli(['-f', 'json', '--stdin', '--stdin-filename', 'vms/c.xml'], { cwd: dir, input: vm('c') });
    const messages = (JSON.parse(r.stdout) as JsonResult[])[0]!.messages;
    expect(messages.find((m) => m.ruleId === 'acme/nic-model')?.docsUrl).to.equal(NIC_DOCS);
  });

  it('a formatter module gets the plugin rules in rulesMeta and docsUrl', () => {
    fs.writeFileSync(
      path.join(dir, 'fmt.mjs'),
      "export default (results, { rulesMeta }) => JSON.stringify({ url: rulesMeta['acme/nic-model']?.docs.url, msg: results.flatMap((r) => r.messages).find((m) => m.ruleId === 'acme/nic-model')?.docsUrl });\n",
    );
    const r = spawnCli(['-f', './fmt.mjs', '--no-cache', 'vms/a.xml'], { cwd: dir });
    expect(JSON.parse(r.stdout)).to.deep.equal({ url: NIC_DOCS, msg: NIC_DOCS });
  });
});
