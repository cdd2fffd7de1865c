/**
 * `settings.caps` is the one key of the merged settings read as capability files: the merged settings
 * keep it under the name users write, so a key that passes through (any other) can never be taken
 * for it. Until round 9 the merged settings held it as `capsFile` / `emulatorFiles`, names a
 * configuration file could set too, and only a check of each file's keys kept them apart.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigResolver, effectiveConfig, validateConfig } from '../../src/config/index.js';
import { capabilitySettingsOf, LintOptionsFactory } from '../../src/config/lint-options.js';
import { runOptionsFrom } from '../../src/linter/run-options.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';
import { seedProfile } from '../helpers/seed-profile.js';

const QEMU = '/usr/bin/qemu';
/** The seed document names /usr/bin/qemu; this profile has no ioeventfd on virtio-blk, which emulator-supports-ioeventfd reports. */
const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const PROFILE = seedProfile(false);

describe('settings.caps: the only key read as capability files', () => {
  it('a key that passes through is never read as capability files, even named capsFile or emulatorFiles (was: an entry or override that set them was loaded as the run\'s capabilities)', async () => {
    // Entries as an API caller may build them, without validateConfig (which points such keys to `caps`).
    const loaded = { file: '/p/virtlint.config.mjs', baseDir: '/p', entries: [{ settings: { capsFile: 'nowhere.json', emulatorFiles: { [QEMU]: 'nowhere.json' }, team: 'infra' } }] };
    const eff = effectiveConfig(loaded, '/p/vm.xml');
    expect(eff.settings).to.deep.equal({ capsFile: 'nowhere.json', emulatorFiles: { [QEMU]: 'nowhere.json' }, team: 'infra' });
    expect(capabilitySettingsOf(eff)).to.deep.equal({});
    // Nothing to read: the old design failed here (cannot read nowhere.json).
    expect(() => new LintOptionsFactory({ capsCache: false }).for(eff, '/p/vm.xml')).to.not.throw();
    // The same names as overrides (an API caller's ConfigOptions; the type refuses them).
    const overridden = await new ConfigResolver({ noConfig: true, settingsOverrides: { capsFile: '/nonexistent/caps.json' } as never }).forFile('/p/vm.xml');
    expect(capabilitySettingsOf(overridden)).to.deep.equal({});
  });

  it('merges across entries as before: maps add up, a file replaces a map, a later map replaces a file', () => {
    const entries = validateConfig(
      [
        { settings: { caps: { '/usr/bin/qemu-a': 'a.json' } } },
        { files: ['x/**'], settings: { caps: { '/usr/bin/qemu-b': 'caps/b.json' } } },
        { files: ['y/**'], settings: { caps: 'all.json' } },
        { files: ['y/z/**'], settings: { caps: { '/usr/bin/qemu-c': 'c.json' } } },
      ],
      't',
      '/p',
    );
    const caps = (file: string): unknown => capabilitySettingsOf(effectiveConfig({ file: '/p/c.json', baseDir: '/p', entries }, file));
    expect(caps('/p/vm.xml')).to.deep.equal({ emulatorFiles: { '/usr/bin/qemu-a': '/p/a.json' } });
    expect(caps('/p/x/vm.xml')).to.deep.equal({ emulatorFiles: { '/usr/bin/qemu-a': '/p/a.json', '/usr/bin/qemu-b': '/p/caps/b.json' } });
    expect(caps('/p/y/vm.xml')).to.deep.equal({ capsFile: '/p/all.json' });
    expect(caps('/p/y/z/vm.xml')).to.deep.equal({ emulatorFiles: { '/usr/bin/qemu-c': '/p/c.json' } });
  });

  it('--caps replaces the configured map: its file is the one named, read through a link; the map is not read (was: read too, so a broken one stopped the run)', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'virtlint.config.json': JSON.stringify([{ settings: { caps: { [QEMU]: 'missing.json' }, probe: false } }]),
      'profile.json': PROFILE,
      'vm.xml': SEED,
    });
    // A link: the file the user names is read through one (a configured file is not).
    fs.symlinkSync('profile.json', path.join(dir, 'named.json'));
    const run = runOptionsFrom({ capsFile: path.join(dir, 'named.json') });
    const eff = await new ConfigResolver(run.config).forFile(path.join(dir, 'vm.xml'));
    expect(eff.settings.caps).to.equal(path.join(dir, 'named.json'));
    expect(capabilitySettingsOf(eff, run)).to.deep.equal({ capsFile: path.join(dir, 'named.json'), probe: false, namedCapsFile: path.join(dir, 'named.json') });
    const r = await runCli(['--caps', 'named.json', '--no-cache', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(r.stderr).to.equal('');
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(file!.messages.map((d) => d.ruleId)).to.include('emulator-supports-ioeventfd');
    // Without --caps the configured map is the source, and its missing file is the configuration's error.
    const configured = await runCli(['--no-cache', 'vm.xml'], { cwd: dir });
    expect(configured.code).to.equal(2);
    expect(configured.stderr).to.contain('missing.json');
  });

  it('--print-config shows the capabilities under `caps`, the key users write, with absolute paths (was: capsFile / emulatorFiles)', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'virtlint.config.json': JSON.stringify([{ settings: { caps: { [QEMU]: 'caps/q.json' }, team: 'infra' } }]),
      'vm.xml': SEED,
    });
    const printed = async (args: string[]): Promise<unknown> => (JSON.parse((await runCli([...args, '--print-config', 'vm.xml'], { cwd: dir })).stdout) as { settings: unknown }).settings;
    expect(await printed([])).to.deep.equal({ caps: { [QEMU]: path.join(dir, 'caps/q.json') }, team: 'infra' });
    expect(await printed(['--caps', 'other.json'])).to.deep.equal({ caps: path.join(dir, 'other.json'), team: 'infra' });
  });
});
