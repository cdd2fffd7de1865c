import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, ConfigResolver, effectiveConfig, loadConfigFile, validateConfig } from '../../src/config/index.js';
import { capabilitySettingsOf, LintOptionsFactory } from '../../src/config/lint-options.js';
import { checkRuleOptions } from '../../src/config/rule-options.js';
import { defineRule } from '../../src/rule.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { REPO_ROOT } from '../helpers/paths.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');
const IDE = fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8');

describe('configuration files', () => {
  it('are found upwards from the linted file; the nearest wins', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'virtlint.config.json': JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]),
      'sub/deeper/vm.xml': IDE,
      'other/virtlint.config.mjs': "export default [{ rules: { 'ioeventfd-requires-virtio': 'off' } }];\n",
      'other/vm.xml': IDE,
    });
    const resolver = new ConfigResolver();
    const a = await resolver.forFile(path.join(dir, 'sub/deeper/vm.xml'));
    expect(a.configFile).to.equal(path.join(dir, 'virtlint.config.json'));
    expect(a.rules).to.deep.equal({ 'ioeventfd-requires-virtio': 'warn' });
    const b = await resolver.forFile(path.join(dir, 'other/vm.xml'));
    expect(b.configFile).to.equal(path.join(dir, 'other/virtlint.config.mjs'));
    expect(b.rules).to.deep.equal({ 'ioeventfd-requires-virtio': 'off' });
  });

  it('apply flat-config semantics: files/ignores relative to the config, later entries win, severities keep options', () => {
    const base = '/proj';
    const entries = validateConfig(
      [
        { rules: { 'ioeventfd-requires-virtio': 'error', 'graphics-port-range': 'warn' } },
        { files: ['legacy/**/*.xml'], rules: { 'ioeventfd-requires-virtio': 'off' } },
        { files: ['legacy/**/*.xml'], ignores: ['legacy/keep/**'], settings: { caps: 'caps/qemu.json', schemas: 'schemas' } },
        { ignores: ['build/'] },
      ],
      'test',
      base,
    );
    const cfg = { file: '/proj/virtlint.config.json', baseDir: base, entries };
    expect(effectiveConfig(cfg, '/proj/vms/a.xml').rules).to.deep.equal({ 'ioeventfd-requires-virtio': 'error', 'graphics-port-range': 'warn' });
    const legacy = effectiveConfig(cfg, '/proj/legacy/x/a.xml');
    expect(legacy.rules['ioeventfd-requires-virtio']).to.equal('off');
    expect(legacy.settings).to.deep.equal({ caps: '/proj/caps/qemu.json', schemas: '/proj/schemas' });
    expect(capabilitySettingsOf(legacy)).to.deep.equal({ capsFile: '/proj/caps/qemu.json' });
    expect(effectiveConfig(cfg, '/proj/legacy/keep/a.xml').settings).to.deep.equal({});
    expect(effectiveConfig(cfg, '/proj/build/out/a.xml').ignored).to.equal(true);
    expect(effectiveConfig(cfg, '/proj/vms/a.xml').ignored).to.equal(false);
    // A file outside the config's directory only gets entries without `files`.
    expect(effectiveConfig(cfg, '/elsewhere/legacy/x/a.xml').rules['ioeventfd-requires-virtio']).to.equal('error');
  });

  it('files matching the same entries share one effective configuration and one set of lint options (a batch plans its rules once)', async () => {
    const entries = validateConfig(
      [{ rules: { 'graphics-port-range': 'warn' } }, { files: ['legacy/**'], rules: { 'graphics-port-range': 'off' } }, { ignores: ['build/'] }],
      't',
      '/proj',
    );
    const cfg = { file: '/proj/virtlint.config.json', baseDir: '/proj', entries };
    const a = effectiveConfig(cfg, '/proj/vms/a.xml');
    expect(effectiveConfig(cfg, '/proj/other/b.xml')).to.equal(a);
    // Shared, so frozen: a caller cannot change another file's configuration.
    expect([Object.isFrozen(a), Object.isFrozen(a.rules), Object.isFrozen(a.settings)]).to.deep.equal([true, true, true]);
    const legacy = effectiveConfig(cfg, '/proj/legacy/c.xml');
    expect(legacy).to.not.equal(a);
    expect(legacy.rules).to.deep.equal({ 'graphics-port-range': 'off' });
    expect(effectiveConfig(cfg, '/proj/legacy/d.xml')).to.equal(legacy);
    // Ignored files are told apart from the files the same entries apply to.
    const ignored = effectiveConfig(cfg, '/proj/build/e.xml');
    expect(ignored.ignored).to.equal(true);
    expect(a.ignored).to.equal(false);
    // With command-line overrides too, and the options built from them keep each file's own path.
    const resolver = new ConfigResolver({ noConfig: true, ruleOverrides: { 'graphics-port-range': 'error' } });
    const x = await resolver.forFile('/somewhere/x.xml');
    expect(await resolver.forFile('/elsewhere/y.xml')).to.equal(x);
    expect(x.rules).to.deep.equal({ 'graphics-port-range': 'error' });
    expect([Object.isFrozen(x), Object.isFrozen(x.rules), Object.isFrozen(x.settings)]).to.deep.equal([true, true, true]);
    const factory = new LintOptionsFactory({ capsCache: false });
    const ox = factory.for(x, '/somewhere/x.xml');
    const oy = factory.for(x, '/elsewhere/y.xml');
    expect([ox.filePath, oy.filePath]).to.deep.equal(['/somewhere/x.xml', '/elsewhere/y.xml']);
    expect(oy.rules).to.equal(ox.rules);
    expect(oy.capabilities).to.equal(ox.capabilities);
  });

  it('settings.caps as a map stays caps (absolute), passed on to the capability settings as emulatorFiles', () => {
    const entries = validateConfig([{ settings: { caps: { '/usr/bin/qemu-system-x86_64': 'caps/x86.xml' }, probe: false } }], 't', '/p');
    const eff = effectiveConfig({ file: '/p/c.json', baseDir: '/p', entries }, '/p/a.xml');
    expect(eff.settings).to.deep.equal({
      caps: { '/usr/bin/qemu-system-x86_64': '/p/caps/x86.xml' },
      probe: false,
    });
    expect(capabilitySettingsOf(eff)).to.deep.equal({ emulatorFiles: { '/usr/bin/qemu-system-x86_64': '/p/caps/x86.xml' }, probe: false });
  });

  it('a bad configuration names the key at fault', () => {
    const bad = (value: unknown): string => {
      try {
        validateConfig(value, 'virtlint.config.json', '/p');
      } catch (e) {
        expect(e).to.be.instanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(bad([{ rules: { 'ioeventfd-requires-virtoi': 'error' } }])).to.equal(
      `virtlint.config.json: [0].rules["ioeventfd-requires-virtoi"]: unknown rule 'ioeventfd-requires-virtoi' (did you mean 'ioeventfd-requires-virtio'?); see virtlint --list-rules`,
    );
    expect(bad([{}, { rules: { 'ioeventfd-requires-virtio': 'warning' } }])).to.contain('[1].rules["ioeventfd-requires-virtio"]: bad severity "warning"');
    expect(bad([{ rules: { 'ioeventfd-requires-virtio': ['warn', { x: 1 }] } }])).to.contain("bad options: rule 'ioeventfd-requires-virtio' takes no options");
    expect(bad([{ rule: {} }])).to.contain("[0]: unknown key 'rule'");
    expect(bad([{ files: 'a.xml' }])).to.contain('[0].files: expected an array of glob patterns');
    expect(bad([{ settings: { probe: 'no' } }])).to.contain('[0].settings.probe: expected true or false');
    // The editor's and the API's names for what settings.caps sets: pointed to caps (as other keys they would pass through unread; caps-setting.test.ts).
    expect(bad([{ settings: { capsFile: 'caps.json' } }])).to.contain('[0].settings.capsFile: not a setting (use settings.caps');
    expect(bad([{ settings: { emulatorFiles: { '/usr/bin/qemu-system-x86_64': 'caps.json' } } }])).to.contain('[0].settings.emulatorFiles: not a setting');
    expect(bad('rules')).to.contain('must be an array');
  });

  it('rule options are validated against the rule’s JSON Schema', () => {
    const rule = defineRule({
      meta: {
        id: 'test-options',
        description: 'test',
        defaultSeverity: 'warning',
        schema: [{ type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }],
      },
      check: () => undefined,
    });
    expect(checkRuleOptions(rule, [{ max: 3 }])).to.equal(undefined);
    expect(checkRuleOptions(rule, [])).to.equal(undefined);
    expect(checkRuleOptions(rule, [{ max: 0 }])).to.equal('option 1 → max must be >= 1');
    expect(checkRuleOptions(rule, [{ mux: 1 }])).to.equal("option 1 must NOT have additional properties ('mux')");
    expect(checkRuleOptions(rule, [{}, {}])).to.match(/must NOT have more than 1 items/);
  });

  it('a .js configuration is imported (it may compute its entries); a broken one is a clear error', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'virtlint.config.js': "const off = ['ioeventfd-requires-virtio'];\nexport default off.map((id) => ({ rules: { [id]: 'off' } }));\n",
      'broken/virtlint.config.js': 'export default [{ rules: { ',
    });
    const ok = await loadConfigFile(path.join(dir, 'virtlint.config.js'));
    expect(ok.entries).to.deep.equal([{ rules: { 'ioeventfd-requires-virtio': 'off' } }]);
    let msg = '';
    try {
      await loadConfigFile(path.join(dir, 'broken/virtlint.config.js'));
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
      msg = (e as Error).message;
    }
    expect(msg).to.match(/virtlint\.config\.js: cannot load: /);
  });
});

describe('configuration on the command line', () => {
  it('the configuration changes findings; --rule wins over it; --no-config ignores it', async () => {
    const dir = tempDir();
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'ioeventfd-requires-virtio': 'warn' } }]), 'vm.xml': IDE });
    const warned = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
    expect(warned.code).to.equal(0);
    expect(JSON.parse(warned.stdout)[0].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).to.deep.equal([['ioeventfd-requires-virtio', 1]]);
    const ruled = await runCli(['-f', 'json', '--rule', 'ioeventfd-requires-virtio:off', 'vm.xml'], { cwd: dir });
    expect(JSON.parse(ruled.stdout)[0].messages).to.deep.equal([]);
    const none = await runCli(['-f', 'json', '--no-config', 'vm.xml'], { cwd: dir });
    expect(none.code).to.equal(1);
    expect(JSON.parse(none.stdout)[0].messages[0].severity).to.equal(2);
  });

  it('--config FILE is used for every file; --print-config shows what applies', async () => {
    const dir = tempDir();
    writeTree(dir, { 'conf/strict.json': JSON.stringify([{ rules: { 'graphics-port-range': 'off' } }]), 'vm.xml': IDE });
    const r = await runCli(['--config', 'conf/strict.json', '--print-config', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.configFile).to.equal(path.join(dir, 'conf/strict.json'));
    expect(printed.rules['graphics-port-range']).to.equal('off');
    expect(printed.rules['ioeventfd-requires-virtio']).to.equal('error');
    expect(printed.rules['virtlint/unused-disable']).to.equal('warn');
  });

  it('a long name or value in a bad configuration is quoted by its start and length (was: a 900 KB rule name printed twice in full)', () => {
    const long = 'x'.repeat(900_000);
    const message = (value: unknown): string => {
      try {
        validateConfig(value, 'virtlint.config.json', '/p');
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    const shown = `${'x'.repeat(80)}… (900,000 characters)`;
    expect(message([{ rules: { [long]: 'error' } }])).to.equal(`virtlint.config.json: [0].rules["${shown}"]: unknown rule '${shown}'; see virtlint --list-rules`);
    expect(message([{ rules: { 'ioeventfd-requires-virtio': long } }])).to.contain(`bad severity "${'x'.repeat(79)}… (900,002 characters); use`);
    expect(message([{ [long]: 1 }])).to.contain(`[0]: unknown key '${shown}' (allowed:`);
  });

  it('a bad configuration or --rule exits 2 naming the key', async () => {
    const dir = tempDir();
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'no-such-rule': 'error' } }]), 'vm.xml': IDE });
    const r = await runCli(['vm.xml'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain(`[0].rules["no-such-rule"]: unknown rule 'no-such-rule'`);
    expect(r.stdout).to.equal('');
    const flag = await runCli(['--no-config', '--rule', 'ioeventfd-requires-virtio:loud', 'vm.xml'], { cwd: dir });
    expect(flag.code).to.equal(2);
    expect(flag.stderr).to.contain('--rule ioeventfd-requires-virtio:loud: bad severity "loud"');
    const json = await runCli(['vm.xml'], { cwd: writeAndReturn(tempDir(), { 'virtlint.config.json': '[{"rules": {', 'vm.xml': IDE }) });
    expect(json.code).to.equal(2);
    expect(json.stderr).to.match(/virtlint\.config\.json: not valid JSON/);
  });

  it('global ignores skip files found in directories', async () => {
    const dir = tempDir();
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ ignores: ['generated/'] }]), 'vms/a.xml': IDE, 'generated/b.xml': IDE });
    const r = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => path.relative(dir, x.filePath))).to.deep.equal(['vms/a.xml']);
  });
});

function writeAndReturn(dir: string, files: Record<string, string>): string {
  writeTree(dir, files);
  return dir;
}
