import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isGrammarIndexLoaded } from '../../src/grammar/index.js';
import { lintText } from '../../src/linter/lint.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import type { Diagnostic } from '../../src/types.js';
import { CORPUS, EXAMPLES } from '../helpers/paths.js';

const LIBVIRT = '/usr/share/libvirt/schemas';
const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');

/** 1-based line/column of the offset `at` in `text`. */
function lineCol(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** The exact range of `needle` (its `nth` occurrence after `after`) as line:column-line:column. */
function rangeOf(text: string, needle: string, opts: { after?: string; nth?: number } = {}): string {
  let at = opts.after ? text.indexOf(opts.after) : 0;
  if (at < 0) throw new Error(`'${opts.after}' not in text`);
  for (let i = 0; i < (opts.nth ?? 1); i++) {
    at = text.indexOf(needle, i === 0 ? at : at + 1);
    if (at < 0) throw new Error(`'${needle}' not in text`);
  }
  const s = lineCol(text, at);
  const e = lineCol(text, at + needle.length);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
}

const rangeText = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;

/** Replaces exactly one occurrence (a typo in a test must not silently leave the document valid). */
function mutate(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`'${from}' must occur exactly once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

async function schemaDiagnostics(text: string, schemaDir: string | undefined): Promise<Diagnostic[]> {
  const r = await lintText(text, { filePath: 'test.xml', ...(schemaDir ? { schemaDir } : {}), ruleSet: [] });
  return r.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
}

async function onlyOne(text: string, schemaDir: string | undefined): Promise<Diagnostic> {
  const ds = await schemaDiagnostics(text, schemaDir);
  expect(ds, JSON.stringify(ds.map((d) => `${rangeText(d)} ${d.ruleId} ${d.message}`), null, 1)).to.have.length(1);
  return ds[0] as Diagnostic;
}

const SCHEMA_SETS: { label: string; dir: string | undefined; missing: () => string | undefined }[] = [
  { label: 'bundled grammar', dir: undefined, missing: () => (fs.existsSync(path.join(BUNDLED_SCHEMA_DIR, 'domain.rng')) ? undefined : 'schemas/domain.rng is missing') },
  { label: "libvirt's schemas (--schemas)", dir: LIBVIRT, missing: () => (fs.existsSync(path.join(LIBVIRT, 'domain.rng')) ? undefined : `${LIBVIRT} is missing (install libvirt-daemon)`) },
];

for (const set of SCHEMA_SETS) {
  describe(`schema diagnostics on the element at fault (${set.label})`, function () {
    before(function () {
      const missing = set.missing();
      if (missing) {
        console.log(`      skipped: ${missing}`);
        this.skip();
      }
    });

    it('the seed document has no schema diagnostics', async () => {
      expect(await schemaDiagnostics(SEED, set.dir)).to.deep.equal([]);
    });

    it("ioeventfd='maybe' deep in a disk: invalid-value on the value, naming 'on' and 'off'", async () => {
      const text = mutate(SEED, "ioeventfd='on'", "ioeventfd='maybe'");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal('20:51-20:56');
      expect(rangeText(d)).to.equal(rangeOf(text, 'maybe'));
      expect(d.message).to.include("'maybe'").and.include("'ioeventfd'").and.include('<driver>').and.include("'on' or 'off'");
    });

    it('the same mistake on the interface <driver> is found in its own context', async () => {
      const text = mutate(SEED, "ioeventfd='off'", "ioeventfd='maybe'");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'maybe'));
      expect(d.message).to.include('<interface>').and.include("'on' or 'off'");
    });

    it('an unknown attribute: on its name, naming the element and the allowed attributes', async () => {
      const text = mutate(SEED, "type='qcow2' ioeventfd='on'", "type='qcow2' ioeventfd='on' iothreadz='1'");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unknown-attribute');
      expect(rangeText(d)).to.equal(rangeOf(text, 'iothreadz'));
      expect(d.message).to.include("'iothreadz'").and.include('<driver>');
      for (const allowed of ['cache', 'ioeventfd', 'event_idx', 'iothread', 'discard']) expect(d.message).to.include(allowed);
      expect(d.message).to.include("Did you mean 'iothread'?");
    });

    it('a <disk> placed under <os>: unexpected-element on its name, naming <devices> as its parent', async () => {
      const text = mutate(SEED, "<bootmenu enable='yes'/>", "<bootmenu enable='yes'/>\n    <disk type='file' device='disk'><source file='/a.img'/><target dev='vdb'/></disk>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unexpected-element');
      expect(rangeText(d)).to.equal(rangeOf(text, 'disk', { after: '<bootmenu' }));
      expect(d.message).to.include('<disk>').and.include('<os>').and.include('belongs in <devices>');
    });

    it('a missing <name>: missing-element on <domain>', async () => {
      const text = mutate(SEED, '  <name>test</name>\n', '');
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/missing-element');
      expect(rangeText(d)).to.equal(rangeOf(text, 'domain'));
      expect(d.message).to.include('<domain>').and.include('<name>');
    });

    it('a <target> without dev: missing-attribute on the <target>', async () => {
      const text = mutate(SEED, "<target dev='vda' bus='virtio'/>", "<target bus='virtio'/>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/missing-attribute');
      expect(rangeText(d)).to.equal(rangeOf(text, 'target', { after: "<source file='/var/lib/libvirt/images/f14.img'/>" }));
      expect(d.message).to.include('<target>').and.include("'dev'");
    });

    it('text where only elements are allowed: unexpected-text on the text', async () => {
      const text = mutate(SEED, "<bootmenu enable='yes'/>", "<bootmenu enable='yes'/> stray words ");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unexpected-text');
      expect(rangeText(d)).to.equal(rangeOf(text, 'stray words'));
      expect(d.message).to.include('<os>');
    });

    it('a relative emulator path: invalid-value on the text, "an absolute path"', async () => {
      const text = mutate(SEED, '<emulator>/usr/bin/qemu</emulator>', '<emulator>qemu-system-x86_64</emulator>');
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'qemu-system-x86_64'));
      expect(d.message).to.include('<emulator>').and.include('an absolute path');
    });

    it('a non-numeric memory size: invalid-value naming the datatype in words', async () => {
      const text = mutate(SEED, "<memory unit='KiB'>1048576</memory>", "<memory unit='KiB'>lots</memory>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'lots'));
      expect(d.message).to.include('unsigned integer');
    });

    it('an attribute that belongs to another disk type: unknown-attribute listing the file source attributes', async () => {
      const text = mutate(SEED, "<source file='/var/lib/libvirt/images/f14.img'/>", "<source dev='/dev/sda'/>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unknown-attribute');
      expect(rangeText(d)).to.equal(rangeOf(text, 'dev', { after: "<source dev" }));
      expect(d.message).to.include("'dev'").and.include('<source>').and.include('file');
    });

    it('an unknown disk type lists every disk type', async () => {
      const text = mutate(SEED, "<disk type='file' device='disk'>", "<disk type='bogus' device='disk'>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'bogus'));
      for (const t of ['file', 'block', 'network', 'volume']) expect(d.message).to.include(`'${t}'`);
    });

    it('a value that fits another form of the element names the attribute that chose the form', async () => {
      const text = mutate(SEED, "<controller type='virtio-serial' index='0'>", "<controller type='usb' model='pcie-root-port' index='0'>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'pcie-root-port'));
      expect(d.message).to.include("with type='usb'").and.include("'nec-xhci'").and.not.include("'pcie-root-port' or");
    });

    it('a value wrong in every form lists the values of every form', async () => {
      const text = mutate(SEED, "<controller type='virtio-serial' index='0'>", "<controller type='zzpci' model='pcie-root-port' index='0'>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'zzpci'));
      for (const t of ['pci', 'usb', 'scsi', 'virtio-serial', 'sata']) expect(d.message).to.include(`'${t}'`);
    });

    it('children that fit another form of their parent: each named, in the form the document follows', async () => {
      // <type>xen</type> makes this a Xen paravirtualised <os>, which boots a kernel, not a device.
      const text = mutate(SEED, "<type arch='x86_64' machine='pc-0.13'>hvm</type>", "<type arch='x86_64'>xen</type>");
      const ds = await schemaDiagnostics(text, set.dir);
      expect(ds.map((d) => `${d.ruleId} ${rangeText(d)}`)).to.deep.equal([
        `schema/unexpected-element ${rangeOf(text, 'boot', { after: '</type>' })}`,
        `schema/unexpected-element ${rangeOf(text, 'boot', { after: "dev='cdrom'/>" })}`,
        `schema/unexpected-element ${rangeOf(text, 'bootmenu')}`,
      ]);
      expect(ds[0]!.message).to.include('this form of <os>').and.include('<kernel>').and.not.include('<boot>,');
    });

    it('a duplicated <name>: one diagnostic, on the second one', async () => {
      const text = mutate(SEED, '<name>test</name>', '<name>test</name>\n  <name>again</name>');
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unexpected-element');
      expect(rangeText(d)).to.equal(rangeOf(text, 'name', { after: '<name>again' }));
      expect(d.message).to.include('2 times');
    });

    it('an unknown element in a namespace keeps its prefix and lists its allowed siblings', async () => {
      const text = mutate(SEED, "<domain type='qemu'>", "<domain type='qemu' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>").replace(
        '</devices>',
        "</devices>\n  <qemu:commandline><qemu:arg value='-S'/><qemu:bogus/></qemu:commandline>",
      );
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/unexpected-element');
      expect(rangeText(d)).to.equal(rangeOf(text, 'qemu:bogus'));
      expect(d.message).to.include('<qemu:bogus>').and.include('<qemu:arg>').and.include('<qemu:env>');
    });

    it('a mistake in a start tag spread over several lines is found on its own line', async () => {
      const text = mutate(SEED, "<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='qemu'\n        type='qcow2'\n        ioeventfd='nope'/>");
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'nope'));
    });

    it('a bad value inside CDATA points at the text itself', async () => {
      const text = mutate(SEED, '<emulator>/usr/bin/qemu</emulator>', '<emulator><![CDATA[qemu]]></emulator>');
      const d = await onlyOne(text, set.dir);
      expect(d.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(d)).to.equal(rangeOf(text, 'qemu', { after: 'CDATA' }));
    });

    it('an undeclared namespace prefix on an element or an attribute is named as such', async () => {
      const onElement = mutate(SEED, "<clock offset='utc'/>", "<clock offset='utc'/>\n  <foo:bar/>");
      const d1 = await onlyOne(onElement, set.dir);
      expect(d1.ruleId).to.equal('xml/undeclared-prefix');
      expect(rangeText(d1)).to.equal(rangeOf(onElement, 'foo:bar'));
      const onAttribute = mutate(SEED, "<clock offset='utc'/>", "<clock offset='utc' foo:x='1'/>");
      const d2 = await onlyOne(onAttribute, set.dir);
      expect(d2.ruleId).to.equal('xml/undeclared-prefix');
      expect(rangeText(d2)).to.equal(rangeOf(onAttribute, 'foo:x'));
      expect(d2.message).to.include("'foo'").and.include('xmlns:foo');
    });

    it('two independent mistakes give two diagnostics and nothing on their ancestors', async () => {
      let text = mutate(SEED, "ioeventfd='on'", "ioeventfd='maybe'");
      text = mutate(text, "<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide' tray='ajar'/>");
      const ds = await schemaDiagnostics(text, set.dir);
      expect(ds.map((d) => `${d.ruleId} ${rangeText(d)}`)).to.deep.equal([
        `schema/invalid-value ${rangeOf(text, 'maybe')}`,
        `schema/invalid-value ${rangeOf(text, 'ajar')}`,
      ]);
    });
  });
}

describe('schema diagnostics on mutated corpus documents', function () {
  const file = path.join(CORPUS, 'cli_compare_virt-install-many-devices.xml');
  const dirs = [undefined, LIBVIRT];
  before(function () {
    if (!fs.existsSync(file)) throw new Error(`the shared corpus is missing: ${file}`);
    if (!fs.existsSync(path.join(LIBVIRT, 'domain.rng'))) {
      console.log(`      skipped: ${LIBVIRT} is missing`);
      this.skip();
    }
  });

  /** A corpus document made valid for both grammars, so each test adds exactly one mistake. */
  async function cleanBase(): Promise<string> {
    const text = fs.readFileSync(path.join(CORPUS, 'cli_compare_virt-install-aarch64-kvm-gic.xml'), 'utf8');
    for (const d of dirs) expect(await schemaDiagnostics(text, d), `base document must be valid (${d ?? 'bundled'})`).to.deep.equal([]);
    return text;
  }

  it('a bad cache mode on a real disk driver', async () => {
    const base = await cleanBase();
    const m = /<driver name="qemu" type="(\w+)"/.exec(base);
    expect(m, 'the base document has a qemu disk driver').to.not.equal(null);
    const text = mutate(base, m![0], `${m![0]} cache="sometimes"`);
    for (const d of dirs) {
      const diag = await onlyOne(text, d);
      expect(diag.ruleId).to.equal('schema/invalid-value');
      expect(rangeText(diag)).to.equal(rangeOf(text, 'sometimes'));
      expect(diag.message).to.include("'writeback'").and.include("'none'");
    }
  });

  it('a real document with several mistakes: each on its own line', async () => {
    const text = fs.readFileSync(file, 'utf8');
    for (const d of dirs) {
      const ds = await schemaDiagnostics(text, d);
      const foo = ds.find((x) => x.ruleId === 'schema/unknown-attribute' && x.message.includes("'foo'"));
      expect(foo, `unknown attribute foo on <domain> (${d ?? 'bundled'})`).to.not.equal(undefined);
      expect(rangeText(foo!)).to.equal(rangeOf(text, 'foo'));
      expect(foo!.message).to.include('<domain>').and.include('type');
      const loader = ds.find((x) => x.message.includes('<loader>'));
      expect(loader?.ruleId).to.equal('schema/invalid-value');
      expect(loader!.message).to.include('an absolute path');
      expect(rangeText(loader!)).to.equal(rangeOf(text, 'CODE.fd', { after: '<loader' }));
    }
  });
});

describe('schema step cost', () => {
  it('a valid document never loads the grammar index; an invalid one does', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-schemas-'));
    try {
      fs.cpSync(BUNDLED_SCHEMA_DIR, dir, { recursive: true });
      await schemaDiagnostics(SEED, dir);
      expect(isGrammarIndexLoaded(dir, 'domain')).to.equal(false);
      const ds = await schemaDiagnostics(mutate(SEED, "ioeventfd='on'", "ioeventfd='maybe'"), dir);
      expect(ds.map((d) => d.ruleId)).to.deep.equal(['schema/invalid-value']);
      expect(isGrammarIndexLoaded(dir, 'domain')).to.equal(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
