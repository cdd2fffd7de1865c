import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { capsCommand } from '../../src/caps/cli.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { loadProfileFile } from '../../src/caps/profile-file.js';
import { lintText } from '../../src/linter/lint.js';
import { CLI, EXAMPLES } from '../helpers/paths.js';
import { domainXml, QEMU, requireQemu, SHARED_CAPS, tempDir } from './helpers.js';

function runCli(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60000, ...(cwd ? { cwd } : {}), env: { ...process.env, XDG_CACHE_HOME: path.join(tempDirRoot, 'xdg') } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tempDirRoot: string;

/** Runs `virtlint caps …` in process (the subcommand never touches the grammar), capturing its output. */
async function caps(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _enc, cb) => (add(String(chunk)), cb()) });
  const status = await capsCommand(args, { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)) });
  return { status, stdout, stderr };
}

describe('virtlint caps (command line)', function () {
  before(() => {
    tempDirRoot = tempDir('caps-cli');
  });
  after(() => fs.rmSync(tempDirRoot, { recursive: true, force: true }));

  it('--help explains the subcommands (exit 0); no command is a usage error (exit 2)', async () => {
    const help = await caps(['--help']);
    expect(help.status).to.equal(0);
    expect(help.stdout).to.match(/probe BINARY/).and.match(/show FILE/);
    const none = await caps([]);
    expect(none.status).to.equal(2);
    expect(none.stderr).to.match(/Usage: virtlint caps/);
  });

  it('rejects unknown commands and options, and unusable files (exit 2, one line)', async () => {
    expect((await caps(['frobnicate'])).stderr).to.match(/unknown caps command 'frobnicate'/);
    expect((await caps(['probe', QEMU, '--bogus'])).stderr).to.match(/unknown option --bogus/);
    expect((await caps(['probe', '--timeout', 'soon', QEMU])).stderr).to.match(/--timeout: expected a positive number/);
    expect((await caps(['probe', '/nonexistent/qemu'])).stderr).to.match(/\/nonexistent\/qemu does not exist/);
    const notQemu = await caps(['probe', '/bin/true']);
    expect(notQemu.status).to.equal(2);
    expect(notQemu.stderr).to.match(/^virtlint: \/bin\/true exited \(status 0\) before answering\n$/);
    const bad = await caps(['show', path.join(SHARED_CAPS, 'kvm-x86_64.xml')]);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/host capabilities/);
  });

  it('show summarises a domcapabilities file and converts it to JSON', async () => {
    const file = path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml');
    const shown = await caps(['show', file]);
    expect(shown.status).to.equal(0);
    expect(shown.stdout).to.match(/applies to: +arch x86_64, machine pc-q35-9\.0, domainType kvm/);
    const out = path.join(tempDirRoot, 'domcaps.json');
    expect((await caps(['show', file, '--json', '-o', out])).status).to.equal(0);
    expect(loadProfileFile(out).enums?.['disk.bus']).to.deep.equal(loadProfileFile(file).enums?.['disk.bus']);
  });

  it('-o refuses a link in the working directory that leads out of it, and writes through one that stays inside (was: written through any link)', () => {
    const file = path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml');
    const home = fs.mkdtempSync(path.join(tempDirRoot, 'home-'));
    const checkout = path.join(home, 'checkout');
    fs.mkdirSync(checkout);
    fs.writeFileSync(path.join(home, 'precious.txt'), 'precious\n');
    fs.symlinkSync('../precious.txt', path.join(checkout, 'profile.json'));
    const refused = runCli(['caps', 'show', file, '--json', '-o', 'profile.json'], checkout);
    expect(refused.status, refused.stderr).to.equal(2);
    expect(refused.stderr).to.equal(
      `virtlint: -o profile.json: a symbolic link leads it out of the working directory, to ${path.join(home, 'precious.txt')}; a profile is not written there through a link (name that file itself if it is meant)\n`,
    );
    expect(fs.readFileSync(path.join(home, 'precious.txt'), 'utf8')).to.equal('precious\n');
    fs.writeFileSync(path.join(checkout, 'inside.json'), '');
    fs.symlinkSync('inside.json', path.join(checkout, 'latest.json'));
    const written = runCli(['caps', 'show', file, '--json', '-o', 'latest.json'], checkout);
    expect(written.status, written.stderr).to.equal(0);
    expect(fs.lstatSync(path.join(checkout, 'latest.json')).isSymbolicLink(), 'the link is kept').to.equal(true);
    expect(loadProfileFile(path.join(checkout, 'inside.json')).format).to.equal('virtlint-caps/1');
  });

  it('probe writes a profile that --caps then uses where the emulator is absent', async function () {
    requireQemu(this);
    const profile = path.join(tempDirRoot, 'qemu.json');
    const probe = runCli(['caps', 'probe', QEMU, '-o', profile]);
    expect(probe.status, probe.stderr).to.equal(0);
    const loaded = loadProfileFile(profile);
    expect(loaded.format).to.equal('virtlint-caps/1');
    expect(loaded.devices?.['virtio-blk-pci']).to.include('ioeventfd');
    expect(loaded.machines?.map((m) => m.alias)).to.include.members(['pc', 'q35']);
    // The same profile on stdout.
    expect(JSON.parse((await caps(['probe', QEMU])).stdout).emulator).to.equal(QEMU);

    // A document for a host whose emulator is elsewhere: linted offline with the committed profile.
    const doc = path.join(tempDirRoot, 'vm.xml');
    fs.writeFileSync(doc, domainXml({ machine: 'pc-q35-99.0', emulator: '/opt/elsewhere/qemu-system-x86_64' }));
    const r = runCli(['--caps', profile, '--no-probe', '-f', 'json', doc]);
    expect(r.status, r.stderr).to.equal(1);
    const results = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(results[0]?.messages.map((d) => d.ruleId)).to.include('emulator-supports-machine');
  });

  it('examples/caps: the configured profile makes emulator-supports-ioeventfd report the seed (API and CLI)', async () => {
    const dir = path.join(EXAMPLES, 'caps');
    const text = fs.readFileSync(path.join(dir, 'vm.xml'), 'utf8');
    const capabilities = createCapabilityResolver({ emulatorFiles: { '/opt/qemu-custom/bin/qemu-system-x86_64': path.join(dir, 'qemu-custom.json') }, probe: false });
    const api = await lintText(text, { capabilities, filePath: path.join(dir, 'vm.xml') });
    expect(api.diagnostics.map((d) => d.ruleId)).to.deep.equal(['emulator-supports-ioeventfd']);
    const cli = runCli(['-f', 'json', 'vm.xml'], dir);
    expect(cli.status, cli.stderr).to.equal(1);
    const results = JSON.parse(cli.stdout) as { messages: { ruleId: string }[] }[];
    expect(results[0]?.messages.map((d) => d.ruleId)).to.deep.equal(['emulator-supports-ioeventfd']);
  });
});
