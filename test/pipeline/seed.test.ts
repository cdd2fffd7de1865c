import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fixedCapabilities } from '../../src/caps/resolver.js';
import { lintText } from '../../src/linter/lint.js';
import type { LintResult } from '../../src/types.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');

/** Line and column (1-based) of the n-th occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const ids = (r: LintResult): string[] => r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`);

function withDiskBus(bus: string, dev: string): string {
  return SEED.replace("<target dev='vda' bus='virtio'/>", `<target dev='${dev}' bus='${bus}'/>`).replace(
    "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>",
    '</disk>',
  );
}

describe('the seed case: ioeventfd (bundled grammar, all rules)', () => {
  it("the original 2011 document: its VNC port 5091 is the only finding (libvirt 9.0 refuses ports below 5900)", async () => {
    const original = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/seed/disk-ioeventfd.xml'), 'utf8');
    const r = await lintText(original);
    expect(ids(r)).to.deep.equal(['graphics-port-range:error']);
    expect(r.diagnostics[0]!.range.start.line).to.equal(positionOf(original, "port='5091'").line);
  });

  it('the seed document lints clean', async () => {
    const r = await lintText(SEED, { filePath: 'seed.xml' });
    expect(r.diagnostics, JSON.stringify(r.diagnostics, null, 1)).to.deep.equal([]);
    expect(r.kind).to.equal('domain');
  });

  for (const [bus, dev] of [['ide', 'hda'], ['sata', 'sda'], ['scsi', 'sdb'], ['usb', 'sdc']] as const) {
    it(`ioeventfd on a ${bus} disk is an error on the attribute`, async () => {
      const text = withDiskBus(bus, dev);
      const r = await lintText(text);
      expect(ids(r)).to.deep.equal(['ioeventfd-requires-virtio:error']);
      const d = r.diagnostics[0]!;
      expect(d.range.start).to.include(positionOf(text, "ioeventfd='on'"));
      expect(d.range.end.column - d.range.start.column).to.equal("ioeventfd='on'".length);
      expect(d.message).to.include(`'${bus}'`);
    });

    it(`the ${bus} disk's error has a fix that removes ioeventfd and nothing else, after which the domain is clean`, async () => {
      const text = withDiskBus(bus, dev);
      const d = (await lintText(text)).diagnostics[0]!;
      expect(d.fix?.description).to.equal("Remove ioeventfd='on'");
      expect(d.fix?.edits).to.have.length(1);
      const edit = d.fix!.edits[0]!;
      const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      expect(fixed).to.equal(text.replace(" ioeventfd='on'", ''));
      expect((await lintText(fixed)).diagnostics).to.deep.equal([]);
    });
  }

  it('a bus derived from the target name (hdb, no bus attribute) counts too', async () => {
    const text = SEED.replace("<target dev='vda' bus='virtio'/>", "<target dev='hdb'/>").replace(
      "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>",
      '</disk>',
    );
    const r = await lintText(text);
    expect(ids(r)).to.deep.equal(['ioeventfd-requires-virtio:error']);
  });

  it('ioeventfd on an fdc floppy is an error', async () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'disk-fdc-ioeventfd.xml'), 'utf8');
    const r = await lintText(text);
    expect(ids(r)).to.deep.equal(['ioeventfd-requires-virtio:error']);
    expect(r.diagnostics[0]!.range.start).to.include(positionOf(text, "ioeventfd='on'"));
  });

  for (const model of ['e1000', 'rtl8139']) {
    it(`ioeventfd on an ${model} interface is a fixable warning`, async () => {
      const text = SEED.replace("<model type='virtio'/>", `<model type='${model}'/>`);
      const r = await lintText(text);
      // txmode='iothread' is virtio-net tuning too, ignored on this model (net-driver-attrs-nonvirtio).
      expect(ids(r)).to.deep.equal(['net-driver-attrs-nonvirtio:warning', 'ioeventfd-requires-virtio:warning']);
      const d = r.diagnostics.find((x) => x.ruleId === 'ioeventfd-requires-virtio')!;
      expect(d.range.start).to.include(positionOf(text, "ioeventfd='off'"));
      expect(d.fix?.edits).to.have.length(1);
      const edit = d.fix!.edits[0]!;
      const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      expect(fixed).to.include("<driver name='vhost' txmode='iothread'/>");
      expect((await lintText(fixed)).diagnostics.map((x) => x.ruleId)).to.deep.equal(['net-driver-attrs-nonvirtio']);
    });
  }

  it("ioeventfd='maybe' is a schema error on the attribute naming on and off", async () => {
    const text = SEED.replace("ioeventfd='on'", "ioeventfd='maybe'");
    const r = await lintText(text);
    const schema = r.diagnostics.filter((d) => d.ruleId.startsWith('schema/'));
    expect(schema, JSON.stringify(r.diagnostics, null, 1)).to.have.length(1);
    const d = schema[0]!;
    expect(d.severity).to.equal('error');
    expect(d.range.start.line).to.equal(positionOf(text, "ioeventfd='maybe'").line);
    expect(d.range.start.column).to.be.within(positionOf(text, "ioeventfd='maybe'").column, positionOf(text, 'maybe').column);
    expect(d.message).to.include("'on'").and.include("'off'");
  });

  describe('emulator-supports-ioeventfd with a capabilities profile', () => {
    const profile = (props: string[]) =>
      fixedCapabilities({ format: 'virtlint-caps/1', sourceDescription: 'test profile', devices: { 'virtio-blk-pci': props, 'virtio-net-pci': ['ioeventfd', 'mq'] } });

    it('reports the disk whose virtio-blk device lacks ioeventfd', async () => {
      const r = await lintText(SEED, { capabilities: profile(['event_idx', 'scsi']) });
      expect(ids(r)).to.deep.equal(['emulator-supports-ioeventfd:error']);
      expect(r.diagnostics[0]!.range.start).to.include(positionOf(SEED, "ioeventfd='on'"));
      expect(r.diagnostics[0]!.message).to.include('virtio-blk-pci');
    });

    it('is silent when the device has the property', async () => {
      const r = await lintText(SEED, { capabilities: profile(['ioeventfd', 'event_idx']) });
      expect(r.diagnostics).to.deep.equal([]);
    });

    it('is silent without capabilities, and says why in a note', async () => {
      const r = await lintText(SEED);
      expect(r.diagnostics).to.deep.equal([]);
      expect(r.notes.join('\n')).to.match(/emulator-supports-ioeventfd|capabilit/);
    });
  });
});
