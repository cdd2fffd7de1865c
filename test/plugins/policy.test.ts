/**
 * The built-in `policy` rule from JSON configuration, the path query behind it (src/model/select.ts),
 * and the examples in examples/plugins/ (the README shows their output).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText, type Domain, type Span } from '../../src/index.js';
import { buildDomain } from '../../src/model/domain.js';
import { parseSelect, selectAll, selectMissing } from '../../src/model/select.js';
import { parseXml } from '../../src/xml/parse.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';
import { lc, rangeOf } from './project.js';

const DOC = `<domain type='kvm'>
  <name>web</name>
  <memory unit='GiB'>2</memory>
  <os>
    <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='writeback'/>
      <source file='/var/lib/libvirt/images/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/images/b.img'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='disk'>
      <source file='/var/lib/libvirt/images/c.img'/>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <interface type='network'>
      <source network='default'/>
      <model type='e1000'/>
    </interface>
    <interface type='network'>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <hostdev mode='subsystem' type='pci' managed='yes'>
      <source>
        <vendor id='0x10de'/>
        <product id='0x1db6'/>
        <address domain='0x0000' bus='0x06' slot='0x00' function='0x0'/>
      </source>
    </hostdev>
  </devices>
</domain>
`;

const domainOf = (text: string): Domain => {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error('test document does not parse');
  return buildDomain(parsed.document.root);
};

/** Whether span `inner` lies within `outer` (the device a selected element belongs to). */
const within = (inner: Span, outer: Span): boolean => inner.range.start.offset >= outer.range.start.offset && inner.range.end.offset <= outer.range.end.offset;

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
const at = (m: JsonMessage): { line: number; column: number; endLine: number; endColumn: number } => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });

async function lintWithJsonConfig(policies: unknown[], text = DOC): Promise<{ code: number; stderr: string; messages: JsonMessage[] }> {
  const dir = tempDir('virtlint-policy-');
  writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { policy: ['error', ...policies] } }]), 'vm.xml': text });
  const r = await runCli(['-f', 'json', 'vm.xml'], { cwd: dir });
  const messages = r.code === 2 ? [] : ((JSON.parse(r.stdout) as { messages: JsonMessage[] }[])[0]?.messages ?? []);
  return { code: r.code, stderr: r.stderr, messages: messages.filter((m) => m.ruleId === 'policy') };
}

describe('policy rule (JSON configuration)', function () {
  this.timeout(60000);

  it('catches a non-virtio NIC and disks without cache=none at their attributes (cdroms exempt)', async () => {
    const r = await lintWithJsonConfig([
      { name: 'interface-models', select: 'devices/interface/model@type', allow: ['virtio'] },
      { name: 'disk-cache', select: "devices/disk[@device!='cdrom']/driver@cache", require: true, allow: ['none'] },
    ]);
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(1);
    expect(r.messages.map((m) => [m.message, at(m)])).to.deep.equal([
      ["<driver cache> is 'writeback', which policy 'disk-cache' does not allow (allowed: 'none')", rangeOf(DOC, "cache='writeback'")],
      ["<driver> has no cache attribute, which policy 'disk-cache' requires", rangeOf(DOC, 'driver', 0, 'a.qcow2')],
      ["<disk> has no <driver> with cache, which policy 'disk-cache' requires", rangeOf(DOC, 'disk', 1, 'vdb')],
      ["<model type> is 'e1000', which policy 'interface-models' does not allow (allowed: 'virtio')", rangeOf(DOC, "type='e1000'")],
    ]);
  });

  it('counts, patterns, deny, forbid, element text, root attributes and custom messages', async () => {
    const r = await lintWithJsonConfig([
      { select: 'devices/disk', max: 2 },
      { select: 'devices/tpm', min: 1 },
      { select: 'os/type@machine', pattern: '^pc-q35', message: "machine {value} is not q35 ({select})" },
      { select: 'devices/hostdev/source/vendor@id', allow: ['0x8086', '0x15b3'] },
      { select: 'devices/interface/model@type', deny: ['e1000', 'rtl8139'] },
      { select: 'devices/hostdev', forbid: true },
      { select: 'os/type', allow: ['xen'] },
      { select: '@type', allow: ['kvm'] },
      { select: '@id', require: true },
    ]);
    expect(r.code).to.equal(1);
    expect(r.messages.map((m) => [m.message, at(m)])).to.deep.equal([
      ["0 × devices/tpm in this document; policy 'devices/tpm' requires at least 1", rangeOf(DOC, 'domain')],
      ["<domain> has no id attribute, which policy '@id' requires", rangeOf(DOC, 'domain')],
      ['machine pc-i440fx-7.2 is not q35 (os/type@machine)', rangeOf(DOC, "machine='pc-i440fx-7.2'")],
      ["<type> is 'hvm', which policy 'os/type' does not allow (allowed: 'xen')", rangeOf(DOC, 'hvm')],
      ["4 × devices/disk in this document; policy 'devices/disk' allows at most 2", rangeOf(DOC, 'disk', 1, 'vdb')],
      ["<model type> is 'e1000', which policy 'devices/interface/model@type' denies", rangeOf(DOC, "type='e1000'")],
      ["<hostdev> is forbidden by policy 'devices/hostdev'", rangeOf(DOC, 'hostdev')],
      ["<vendor id> is '0x10de', which policy 'devices/hostdev/source/vendor@id' does not allow (allowed: '0x8086', '0x15b3')", rangeOf(DOC, "id='0x10de'")],
    ]);
  });

  it('a policy option with a typo, a bad path, a bad pattern or no check exits 2 naming the key', async () => {
    const cases: [unknown, string][] = [
      [{ select: 'devices/interface/model@type', alow: ['virtio'] }, "bad options: option 1 must NOT have additional properties ('alow')"],
      [{ selct: 'devices/disk', max: 1 }, "bad options: option 1 must NOT have additional properties ('selct')"],
      [{ select: 'devices//disk', max: 1 }, 'bad options: option 1 → select is not a path like devices/disk/driver@cache'],
      [{ select: 'os/type@machine', pattern: '^pc-(q35' }, 'bad options: option 1 → pattern is not a valid regular expression'],
      [{ select: 'devices/disk' }, 'bad options: option 1 needs at least one of allow, deny, pattern, require, forbid, min, max'],
      [{ select: 'devices/disk', max: -1 }, 'bad options: option 1 → max must be >= 0'],
    ];
    for (const [policy, message] of cases) {
      const r = await lintWithJsonConfig([{ select: 'devices/disk', max: 300 }, policy]);
      expect(r.code, JSON.stringify(policy)).to.equal(2);
      expect(r.stderr, JSON.stringify(policy)).to.contain(`virtlint.config.json: [0].rules["policy"]: ${message.replace('option 1', 'option 2')}`);
      expect(r.stderr.split('\n').filter(Boolean), JSON.stringify(policy)).to.have.length(1);
    }
  });

  it('is inert without options, and silent on a compliant document', async () => {
    const plain = await lintText(DOC);
    expect(plain.diagnostics.filter((d) => d.ruleId === 'policy')).to.deep.equal([]);
    const compliant = DOC.replace("model type='e1000'", "model type='virtio'");
    const r = await lintText(compliant, { rules: { policy: ['error', { select: 'devices/interface/model@type', allow: ['virtio'] }] } });
    expect(r.diagnostics.filter((d) => d.ruleId === 'policy')).to.deep.equal([]);
  });

  it('can be disabled inline like any rule', async () => {
    const text = DOC.replace("      <model type='e1000'/>", "      <!-- virtlint-disable-next-line policy: lab guest -->\n      <model type='e1000'/>");
    const r = await lintText(text, { rules: { policy: ['error', { select: 'devices/interface/model@type', allow: ['virtio'] }] } });
    expect(r.diagnostics.filter((d) => d.ruleId === 'policy' || d.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
  });
});

describe('select: path queries over the parsed document', () => {
  it('parses paths with wildcards, filters and a final attribute, and rejects malformed ones', () => {
    expect(parseSelect("devices/disk[@device!='cdrom']/driver@cache")).to.deep.equal({
      steps: [
        { name: 'devices', predicates: [] },
        { name: 'disk', predicates: [{ attribute: 'device', op: '!=', value: 'cdrom' }] },
        { name: 'driver', predicates: [] },
      ],
      attribute: 'cache',
      source: "devices/disk[@device!='cdrom']/driver@cache",
    });
    expect(parseSelect('@type')).to.deep.equal({ steps: [], attribute: 'type', source: '@type' });
    expect(parseSelect("devices/*[@type='pci'][@managed]")?.steps[1]).to.deep.equal({
      name: '*',
      predicates: [
        { attribute: 'type', op: '=', value: 'pci' },
        { attribute: 'managed', op: 'exists' },
      ],
    });
    expect(parseSelect("devices/disk[@x='a/b@c']/driver")?.steps.map((s) => s.name)).to.deep.equal(['devices', 'disk', 'driver']);
    for (const bad of ['', '/devices', 'devices/', 'devices//disk', 'devices/disk@', 'devices@a@b', 'devices/disk[device]', "disk[@a='x]"]) {
      expect(parseSelect(bad), bad).to.equal(undefined);
    }
  });

  it('selects attributes and elements of the domain with exact ranges, in document order', () => {
    const d = domainOf(DOC);
    const models = selectAll(d, parseSelect('devices/interface/model@type')!);
    // Located values: an attribute's range is its value inside the quotes.
    expect(models.map((s) => [s.value, lc(s.range)])).to.deep.equal([
      ['e1000', rangeOf(DOC, 'e1000')],
      ['virtio', rangeOf(DOC, 'virtio', 0, "<model type='e1000'/>")],
    ]);
    // An attribute path gives the attribute as the model's Attr (name, value and whole-attribute ranges) and its element as a Span.
    expect(models[0]!.attribute?.name).to.equal('type');
    expect(lc(models[0]!.attribute!.attributeRange)).to.deep.equal(rangeOf(DOC, "type='e1000'"));
    expect([models[0]!.element.tag, lc(models[0]!.element.nameRange)]).to.deep.equal(['model', rangeOf(DOC, 'model', 0, "<interface type='network'>")]);
    // Attribute paths select only the elements that carry the attribute.
    expect(selectAll(d, parseSelect('devices/disk/driver@cache')!).map((s) => s.value)).to.deep.equal(['writeback']);
    expect(selectAll(d, parseSelect('os/type')!).map((s) => [s.value, lc(s.range)])).to.deep.equal([['hvm', rangeOf(DOC, 'hvm')]]);
    // The selected elements are the model's devices (same ranges): the disks with device='disk'.
    const disks = selectAll(d, parseSelect("devices/disk[@device='disk']")!);
    expect(disks.map((s) => d.devices.disks.find((k) => within(s.element, k) && within(k, s.element))?.target?.dev?.value)).to.deep.equal(['vda', 'vdc']);
    expect(selectAll(d, "devices/disk[@device!='cdrom']")).to.have.length(3);
    const sources = selectAll(d, 'devices/*/source');
    expect(sources.map((s) => d.devices.all.find((dev) => within(s.element, dev))?.kind)).to.deep.equal(['disk', 'disk', 'disk', 'interface', 'interface', 'hostdev']);
    expect(selectAll(d, parseSelect('devices/nothing@x')!)).to.deep.equal([]);
  });

  it('lists what a path requires and the document lacks, at the element that lacks it', () => {
    const d = domainOf(DOC);
    expect(selectMissing(d, "devices/disk[@device!='cdrom']/driver@cache").map((m) => [m.element.tag, m.child, m.attribute, lc(m.element.nameRange)])).to.deep.equal([
      ['driver', undefined, 'cache', rangeOf(DOC, 'driver', 0, 'a.qcow2')],
      ['disk', 'driver', 'cache', rangeOf(DOC, 'disk', 1, 'vdb')],
    ]);
    expect(selectMissing(d, '@id').map((m) => [m.element.tag, m.attribute])).to.deep.equal([['domain', 'id']]);
    expect(selectMissing(d, '@type')).to.deep.equal([]);
    expect(selectMissing(d, 'devices/interface/*').map((m) => m.child)).to.deep.equal([]);
    expect(selectMissing(d, 'devices/hostdev/rom').map((m) => [m.element.tag, m.child])).to.deep.equal([['hostdev', 'rom']]);
  });

  it('needs a domain virtlint built (the model keeps the link to its document), and a well-formed path', () => {
    const d = domainOf(DOC);
    expect(() => selectAll({ ...d }, 'devices/disk')).to.throw(/not built by virtlint/);
    expect(() => selectMissing({ ...d }, 'devices/disk')).to.throw(/not built by virtlint/);
    expect(() => selectAll(d, 'devices//disk')).to.throw(/is not a path like/);
    // The model a rule receives exposes no XML: the link is not an enumerable part of the domain.
    expect(Object.keys(d)).to.not.include('element');
    expect(JSON.stringify(d)).to.not.contain('"children"');
  });
});

describe('examples/plugins', function () {
  this.timeout(60000);
  const dir = path.join(EXAMPLES, 'plugins');

  it('the JSON policy example catches the e1000 NIC and the disks without cache=none', async () => {
    const text = fs.readFileSync(path.join(dir, 'policy/web.xml'), 'utf8');
    const r = await runCli(['-f', 'json', 'policy'], { cwd: dir });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: JsonMessage[] }[];
    expect(results.map((x) => [path.basename(x.filePath), x.messages.length])).to.deep.equal([
      ['compliant.xml', 0],
      ['web.xml', 3],
    ]);
    expect(results[1]!.messages.map((m) => [m.ruleId, at(m)])).to.deep.equal([
      ['policy', rangeOf(text, "cache='writeback'")],
      ['policy', rangeOf(text, 'driver', 0, 'web.qcow2')],
      ['policy', rangeOf(text, "type='e1000'")],
    ]);
  });

  it('the plugin example reports both rules, honours its disable comment, and its fix adds io/cache', async () => {
    const text = fs.readFileSync(path.join(dir, 'vms/web.xml'), 'utf8');
    const r = await runCli(['-f', 'json', '--fix-dry-run', 'vms/web.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as { messages: JsonMessage[]; output?: string }[];
    // After the dry-run fix only the NIC finding remains; the output shows the fix.
    expect(res!.messages.map((m) => [m.ruleId, at(m)])).to.deep.equal([['acme/interface-model', rangeOf(text, 'e1000')]]);
    expect(res!.output).to.contain("<driver name='qemu' type='qcow2' cache='none' io='native'/>");
    const plain = await runCli(['-f', 'json', 'vms/web.xml'], { cwd: dir });
    expect((JSON.parse(plain.stdout) as { messages: JsonMessage[] }[])[0]!.messages.map((m) => [m.ruleId, m.line])).to.deep.equal([
      ['acme/disk-io-native', rangeOf(text, "driver name='qemu' type='qcow2'").line],
      ['acme/interface-model', rangeOf(text, 'e1000').line],
    ]);
  });
});
