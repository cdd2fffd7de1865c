import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { ruleSetWithPlugins } from '../../src/config/plugins.js';
import { controllerIndexes, characterDevices, deviceAddresses } from '../../src/model/index.js';
import type { Plugin } from '../../src/plugin.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { suiteTempDir } from '../helpers/temp-dir.js';
import { runCliJson } from './helpers.js';

/**
 * Hunt 18: the helpers docs/plugins.md offers plugin rules, used the way it says, on the model a
 * rule receives (a read-only view).
 *
 * - `model.controllerIndexes`, `model.deviceAddresses` and `model.characterDevices` keep what they
 *   work out on the model (memo.ts), which the view refuses: each crashed the rule ("the model is
 *   read-only: a plugin rule cannot define Symbol(virtlint.domainMemo)"), in the API and the CLI.
 * - `selectAll`/`selectMissing` imported from the package (dist/src/index.js) while the CLI runs its
 *   bundle (another copy of the modules) found no document behind any model ("select: this model was
 *   not built by virtlint"): every plugin query crashed in the CLI, the pre-commit hook and CI, and
 *   worked in the tests, which lint with the same copy.
 */

const DOMAIN = `<domain type='kvm'>
  <name>h18</name>
  <memory unit='MiB'>512</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'><source file='/x.img'/><target dev='vda' bus='virtio'/><address type='pci' domain='0' bus='0' slot='5' function='0'/></disk>
    <controller type='usb' model='qemu-xhci'/>
    <controller type='usb' index='3' model='qemu-xhci'/>
    <serial type='pty'/>
  </devices>
</domain>
`;
const NETWORK = "<network>\n  <name>h18net</name>\n  <bridge name='br0'/>\n</network>\n";

describe('hunt 18: model helpers and path queries in plugin rules', function () {
  this.timeout(120000);

  it('model.controllerIndexes, deviceAddresses and characterDevices on the domain a plugin rule receives (lintText): answered, keyed by what the rule reads', async () => {
    const plugin: Plugin = {
      rules: {
        helpers: {
          meta: { description: 'reads the model helpers' },
          check(domain, context) {
            const indexes = domain.devices.controllers.map((c) => controllerIndexes(domain).get(c));
            const kinds = deviceAddresses(domain).map((a) => a.kind);
            const chardevs = characterDevices(domain).map((c) => c.kind);
            context.report({ range: domain.nameRange, message: JSON.stringify({ indexes, kinds, chardevs }) });
          },
        },
      },
    };
    const result = await lintText(DOMAIN, { ruleSet: ruleSetWithPlugins({ h: plugin }), rules: { 'h/helpers': 'error' } });
    const found = result.diagnostics.filter((d) => d.ruleId.startsWith('h/') || d.ruleId === 'virtlint/rule-crashed');
    expect(found.map((d) => [d.ruleId, d.message])).to.deep.equal([['h/helpers', JSON.stringify({ indexes: [0, 3], kinds: ['disk'], chardevs: ['serial'] })]]);
    // The rule's answers are its own: the built-in rules' reads of the same helpers are unchanged.
    const plain = await lintText(DOMAIN, {});
    expect(result.diagnostics.filter((d) => !d.ruleId.startsWith('h/'))).to.deep.equal(plain.diagnostics);
  });

  describe('the CLI (its bundle) with a plugin importing the package', () => {
    const dir = suiteTempDir('virtlint-hunt18-helpers-');

    before(() => {
      // An installed package: `import … from 'virtlint'` is dist/src/index.js, the CLI its bundle.
      fs.mkdirSync(path.join(dir(), '.git'));
      fs.mkdirSync(path.join(dir(), 'node_modules'));
      fs.symlinkSync(REPO_ROOT, path.join(dir(), 'node_modules', 'virtlint'));
      fs.writeFileSync(path.join(dir(), 'vm.xml'), DOMAIN);
      fs.writeFileSync(path.join(dir(), 'net.xml'), NETWORK);
      fs.writeFileSync(
        path.join(dir(), 'virtlint.config.mjs'),
        `import { model, selectAll, selectMissing } from 'virtlint';
const say = (context, at, value) => context.report({ range: at, message: JSON.stringify(value) });
export default [{
  plugins: { h: { rules: {
    query: { meta: { description: 'path queries' }, check(d, context) { say(context, d.nameRange, [selectAll(d, 'devices/disk/target@dev').map((s) => s.value), selectMissing(d, 'devices/disk/driver@cache').length]); } },
    'net-query': { meta: { description: 'a network path query', document: 'network' }, check(n, context) { say(context, n.nameRange, selectAll(n, 'bridge@name').map((s) => s.value)); } },
    helpers: { meta: { description: 'model helpers' }, check(d, context) { say(context, d.nameRange, [d.devices.controllers.map((c) => model.controllerIndexes(d).get(c)), model.deviceAddresses(d).length, model.characterDevices(d).length]); } },
  } } },
  rules: { 'h/query': 'error', 'h/net-query': 'error', 'h/helpers': 'error' },
}];
`,
      );
    });

    it('selectAll, selectMissing and the model helpers answer in every kind (was: every one crashed the rule)', () => {
      const run = runCliJson(['--no-probe', path.join(dir(), 'vm.xml'), path.join(dir(), 'net.xml')]);
      const messages = run.results.flatMap((r) => r.messages.filter((m) => m.ruleId.startsWith('h/') || m.ruleId === 'virtlint/rule-crashed').map((m) => `${path.basename(r.filePath)} ${m.ruleId} ${m.message}`));
      expect(messages.sort()).to.deep.equal(['net.xml h/net-query ["br0"]', 'vm.xml h/helpers [[0,3],1,1]', 'vm.xml h/query [["vda"],1]']);
      expect(run.status).to.equal(1);
    });
  });
});
