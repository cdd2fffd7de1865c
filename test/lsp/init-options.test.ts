/**
 * Initialization options reach the lint: `probe: false` (the VS Code setting `virtlint.probe`) keeps
 * the server from running an emulator, which it otherwise probes for its capabilities; `target`
 * (the VS Code setting `virtlint.target`) reports what the target libvirt cannot run. Real QEMU
 * (`/usr/bin/qemu-system-x86_64`, installed by .ci/setup) is the emulator; a machine type it does
 * not have is what only a probe can tell.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { initializationOptions } from '../../editors/vscode/src/settings.js';
import { EXAMPLES } from '../helpers/paths.js';
import { TestLspClient } from './client.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const DOC = fs
  .readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8')
  .replace(/<emulator>[^<]*<\/emulator>/, `<emulator>${QEMU}</emulator>`)
  .replace(/machine='[^']*'/, "machine='pc-nonexistent-1.0'");

async function machineFindings(options: object): Promise<string[]> {
  const { client } = await TestLspClient.start(options);
  try {
    const uri = 'file:///work/vms/probe.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, DOC);
    return (await published).diagnostics.filter((d) => d.code === 'emulator-supports-machine').map((d) => String(d.message));
  } finally {
    client.kill();
  }
}

/** The requires-newer-libvirt findings the server publishes for the seed document with these options. */
async function targetFindings(options: object): Promise<string[]> {
  const { client } = await TestLspClient.start(options);
  try {
    const uri = 'file:///work/vms/target.xml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, SEED);
    const found = (await published).diagnostics.filter((d) => d.code === 'requires-newer-libvirt');
    // Each finding links the page of requires-newer-libvirt, as the CLI's formatters do.
    for (const d of found) expect(d.codeDescription?.href).to.match(/docs\/rules\/requires-newer-libvirt\.md$/);
    return found.map((d) => String(d.message));
  } finally {
    client.kill();
  }
}

describe('lsp: initialization options', function () {
  this.timeout(180000);

  it('probe:false runs no emulator (the machine type goes unchecked); by default the emulator is probed', async function () {
    if (!fs.existsSync(QEMU)) throw new Error(`${QEMU} is missing: run .ci/setup`);
    expect(await machineFindings({ probe: false })).to.deep.equal([]);
    const probed = await machineFindings({});
    expect(probed).to.have.length(1);
    expect(probed[0]).to.contain("machine type 'pc-nonexistent-1.0'");
  });

  it('the VS Code settings map onto these options', () => {
    const settings = (values: Record<string, unknown>) => initializationOptions(<T>(key: string) => values[key] as T | undefined);
    expect(settings({})).to.deep.equal({ debounceMs: 150 });
    expect(settings({ probe: true, noConfig: false, configFile: '  ', capsFile: '' })).to.deep.equal({ debounceMs: 150 });
    expect(settings({ probe: false, noConfig: true, configFile: 'ci/virtlint.config.json', capsFile: 'caps.json', schemaDir: '/usr/share/libvirt/schemas', debounceMs: 0 })).to.deep.equal({
      debounceMs: 0,
      configFile: 'ci/virtlint.config.json',
      noConfig: true,
      capsFile: 'caps.json',
      schemaDir: '/usr/share/libvirt/schemas',
      probe: false,
    });
  });

  it('the VS Code setting virtlint.target maps onto the target option (trimmed, blanks dropped, a lone string kept)', () => {
    const settings = (values: Record<string, unknown>) => initializationOptions(<T>(key: string) => values[key] as T | undefined);
    expect(settings({ target: [] })).to.deep.equal({ debounceMs: 150 });
    expect(settings({ target: [' libvirt@8.0.0 ', '', 'qemu@6.2'] })).to.deep.equal({ debounceMs: 150, target: ['libvirt@8.0.0', 'qemu@6.2'] });
    expect(settings({ target: 'libvirt@8.0.0' })).to.deep.equal({ debounceMs: 150, target: ['libvirt@8.0.0'] });
  });

  it('target from the VS Code setting reaches the lint: libvirt@0.9.2 flags the seed\'s ioeventfd, 9.0.0 flags nothing', async () => {
    const options = (target: string[]) => initializationOptions(<T>(key: string) => ({ target, probe: false, noConfig: true })[key] as T | undefined);
    const old = await targetFindings(options(['libvirt@0.9.2']));
    expect(old).to.include('`<driver ioeventfd>` needs libvirt ≥ 0.9.3; the target is 0.9.2');
    expect(await targetFindings(options(['libvirt@9.0.0']))).to.deep.equal([]);
    // Without a target there is no target check at all.
    expect(await targetFindings({ probe: false, noConfig: true })).to.deep.equal([]);
  });
});
