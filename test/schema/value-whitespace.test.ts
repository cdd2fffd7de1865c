/**
 * schema/value-whitespace: white space around a value the grammar lists (it compares `token`s, libvirt
 * compares exactly) is reported after validation, for every document kind, with the bundled grammar and
 * with libvirt's own schemas; the places where libvirt defines the document anyway are warnings
 * (schema/value-whitespace-ignored). The verdicts themselves come from libvirtd:
 * test/oracle/value-whitespace-define.test.ts.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import { applyEdits } from '../../src/fix.js';
import { MAX_DIAGNOSTICS_PER_RULE } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import { validateTree } from '../../src/schema/feed.js';
import { grammarFor } from '../../src/schema/grammars.js';
import { collapseWhitespace } from '../../src/relaxng/index.js';
import { valueWhitespaceFindings } from '../../src/schema/value-whitespace.js';
import type { Diagnostic } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';

const LIBVIRT_SCHEMAS = '/usr/share/libvirt/schemas';
const GRAMMARS: readonly (string | undefined)[] = [undefined, ...(fs.existsSync(`${LIBVIRT_SCHEMAS}/domain.rng`) ? [LIBVIRT_SCHEMAS] : [])];

const domain = (devices: string, extra = ''): string =>
  `<domain type='qemu'>\n  <name>t</name>\n  <memory>1048576</memory>\n  <os>\n    <type arch='x86_64' machine='pc'>hvm</type>\n  </os>\n${extra}  <devices>\n${devices}  </devices>\n</domain>\n`;
const disk = (type: string, bus = 'virtio'): string => `    <disk type='${type}' device='disk'>\n      <source file='/var/lib/x.img'/>\n      <target dev='vda' bus='${bus}'/>\n    </disk>\n`;
const USB_HOSTDEV = (managed: string): string => `    <hostdev mode='subsystem' type='usb' managed='${managed}'>\n      <source>\n        <vendor id='0x1234'/>\n        <product id='0xbeef'/>\n      </source>\n    </hostdev>\n`;

const ours = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.ruleId.startsWith('schema/value-whitespace'));
const at = (text: string, d: Diagnostic): string => text.slice(d.range.start.offset, d.range.end.offset);

for (const schemaDir of GRAMMARS) {
  const opts = schemaDir ? { schemaDir } : {};
  describe(`schema/value-whitespace (${schemaDir ?? 'bundled grammar'})`, () => {
    it("reports <disk type='file '>, bus=' virtio' and <on_poweroff>destroy </on_poweroff> as errors, each with a fix", async () => {
      const text = domain(disk('file ', ' virtio'), '  <on_poweroff>destroy </on_poweroff>\n');
      const r = await lintText(text, opts);
      const found = ours(r.diagnostics);
      expect(found.map((d) => [d.ruleId, d.severity, at(text, d)])).to.deep.equal([
        ['schema/value-whitespace', 'error', 'destroy '],
        ['schema/value-whitespace', 'error', 'file '],
        ['schema/value-whitespace', 'error', ' virtio'],
      ]);
      expect(found[1]!.message).to.equal("<disk type='file '> has white space around 'file': the grammar compares it as a token, but libvirt compares the value exactly and refuses the document. Write 'file'");
      expect(found[0]!.message).to.match(/^<on_poweroff>destroy <\/on_poweroff> has white space around 'destroy'/);
      // The grammar itself has nothing to say: the only findings are ours.
      expect(r.diagnostics.filter((d) => d.ruleId.startsWith('schema/')).length).to.equal(3);
      const fixed = applyEdits(text, found.flatMap((d) => d.fix!.edits)).text;
      expect(fixed).to.equal(domain(disk('file', 'virtio'), '  <on_poweroff>destroy</on_poweroff>\n'));
      expect(ours((await lintText(fixed, opts)).diagnostics)).to.deep.equal([]);
    });

    it('reports white space before, after and around, tabs, newlines and references to them; the fix writes the value alone', async () => {
      for (const type of [' file', '\tfile\n', '  file  ', 'file&#10;', '&#32;file']) {
        const text = domain(disk(type));
        const found = ours((await lintText(text, opts)).diagnostics);
        expect(found.map((d) => d.ruleId), type).to.deep.equal(['schema/value-whitespace']);
        expect(applyEdits(text, found[0]!.fix!.edits).text, type).to.equal(domain(disk('file')));
      }
      for (const text of ['destroy&#32;', 'destroy <!-- x -->', '<![CDATA[destroy ]]>']) {
        const found = ours((await lintText(domain('', `  <on_poweroff>${text}</on_poweroff>\n`), opts)).diagnostics);
        expect(found.map((d) => d.ruleId), text).to.deep.equal(['schema/value-whitespace']);
        expect(found[0]!.fix !== undefined, text).to.equal(!text.includes('<'));
      }
    });

    it('warns where libvirt defines the document but reads the value otherwise', async () => {
      const text = domain(USB_HOSTDEV('yes '));
      const found = ours((await lintText(text, opts)).diagnostics);
      expect(found.map((d) => [d.ruleId, d.severity, at(text, d)])).to.deep.equal([['schema/value-whitespace-ignored', 'warning', 'yes ']]);
      expect(found[0]!.message).to.equal("<hostdev managed='yes '> has white space around 'yes': libvirt compares the value exactly, defines the document but reads it as managed='no'. Write 'yes'");
    });

    it("checks network filters: a rule's action and direction are errors (nwfilter-define refuses them), match and gratuitous warnings (it reads match='yes', gratuitous='false')", async () => {
      const rule = (attrs: string, protocol = '<tcp/>'): string => `<filter name='f' chain='root'>\n  <rule ${attrs}>\n    ${protocol}\n  </rule>\n</filter>\n`;
      const cases = [
        [rule("action=' accept' direction='in'"), 'schema/value-whitespace', ' accept', "Write 'accept'"],
        [rule("action='accept' direction='in '"), 'schema/value-whitespace', 'in ', "Write 'in'"],
        [rule("action='accept' direction='in'", "<arp match='no '/>"), 'schema/value-whitespace-ignored', 'no ', "reads it as match='yes'"],
        [rule("action='accept' direction='in'", "<tcp-ipv6 match='no ' srcportstart='22'/>"), 'schema/value-whitespace-ignored', 'no ', "reads it as match='yes'"],
        [rule("action='accept' direction='in'", "<rarp gratuitous=' yes'/>"), 'schema/value-whitespace-ignored', ' yes', "reads it as gratuitous='false'"],
      ] as const;
      for (const [text, id, value, says] of cases) {
        const found = ours((await lintText(text, opts)).diagnostics);
        expect(found.map((d) => [d.ruleId, at(text, d)]), text).to.deep.equal([[id, value]]);
        expect(found[0]!.message).to.include(says);
      }
    });

    it('checks networks, pools, volumes and secrets too', async () => {
      const docs = [
        ["<network>\n  <name>n</name>\n  <forward mode='nat '/>\n</network>\n", 'nat '],
        ["<pool type='dir '>\n  <name>p</name>\n  <target>\n    <path>/var/lib/p</path>\n  </target>\n</pool>\n", 'dir '],
        ["<volume>\n  <name>v.img</name>\n  <capacity>1024</capacity>\n  <target>\n    <format type=' qcow2'/>\n  </target>\n</volume>\n", ' qcow2'],
        ["<secret ephemeral='no ' private='yes'>\n  <usage type='ceph'>\n    <name>c</name>\n  </usage>\n</secret>\n", 'no '],
      ] as const;
      for (const [text, value] of docs) {
        const found = ours((await lintText(text, opts)).diagnostics).filter((d) => d.ruleId === 'schema/value-whitespace');
        expect(found.map((d) => at(text, d)), text).to.deep.equal([value]);
      }
    });

    it('leaves alone values the grammar does not list (names, paths, numbers, free text) and white space alone', async () => {
      const text = domain("    <disk type='file' device='disk'>\n      <source file='/var/lib/x.img'/>\n      <target dev='vda' bus='virtio'/>\n      <serial> abc </serial>\n    </disk>\n", '  <description> a guest </description>\n  <vcpu> 2 </vcpu>\n  <features>\n  </features>\n').replace('<name>t</name>', '<name> t </name>');
      const r = await lintText(text, opts);
      expect(ours(r.diagnostics)).to.deep.equal([]);
    });

    it("is the only finding on a volume's known format written with white space (volume-format-known leaves it alone, and reports ' ext4 ')", async () => {
      const formatted = (type: string): string => `<volume>\n  <name>v.img</name>\n  <capacity>1024</capacity>\n  <target>\n    <format type='${type}'/>\n  </target>\n</volume>\n`;
      const backedBy = (type: string): string => `<volume>\n  <name>v.img</name>\n  <capacity>1024</capacity>\n  <target>\n    <format type='qcow2'/>\n  </target>\n  <backingStore>\n    <path>/var/lib/libvirt/images/base.img</path>\n    <format type='${type}'/>\n  </backingStore>\n</volume>\n`;
      for (const text of [formatted(' raw'), backedBy('qcow2 ')]) {
        expect((await lintText(text, opts)).diagnostics.map((d) => d.ruleId), text).to.deep.equal(['schema/value-whitespace']);
      }
      // A name that is no volume format with or without the white space: both say so, on the value.
      const ext4 = formatted(' ext4 ');
      const both = (await lintText(ext4, opts)).diagnostics;
      expect(both.map((d) => [d.ruleId, at(ext4, d)])).to.deep.equal([
        ['schema/value-whitespace', ' ext4 '],
        ['volume-format-known', ' ext4 '],
      ]);
      expect(both[1]!.message).to.match(/^<format type=' ext4 '> is not a volume format/);
    });

    it('leaves a value the grammar refuses to the grammar: one error, not two', async () => {
      const text = domain(disk('files '));
      const r = await lintText(text, opts);
      expect(r.diagnostics.filter((d) => d.ruleId.startsWith('schema/')).map((d) => d.ruleId)).to.deep.equal(['schema/invalid-value']);
    });

    it('still reports on a document with other schema errors', async () => {
      const text = domain(disk('file ') + '    <bogus/>\n');
      const ids = (await lintText(text, opts)).diagnostics.map((d) => d.ruleId);
      expect(ids).to.include('schema/unexpected-element');
      expect(ids).to.include('schema/value-whitespace');
    });
  });
}

describe('schema/value-whitespace: configuration, disables and the per-id cap', () => {
  it('is configured like the other built-in ids, and a disable comment names it', async () => {
    const text = domain(disk('file '));
    expect(ours((await lintText(text, { rules: { 'schema/value-whitespace': 'warn' } })).diagnostics).map((d) => d.severity)).to.deep.equal(['warning']);
    expect(ours((await lintText(text, { rules: { 'schema/value-whitespace': 'off' } })).diagnostics)).to.deep.equal([]);
    const disabled = domain(`    <!-- virtlint-disable-next-line schema/value-whitespace -->\n${disk('file ')}`);
    const r = await lintText(disabled);
    expect(r.diagnostics.map((d) => d.ruleId)).to.deep.equal([]);
  });

  it('words only the first findings the cap shows and counts the rest', async () => {
    const n = MAX_DIAGNOSTICS_PER_RULE + 40;
    const text = domain(Array.from({ length: n }, (_, i) => disk('file ').replace("dev='vda'", `dev='vd${String.fromCharCode(97 + (i % 26))}${i}'`)).join(''));
    const found = ours((await lintText(text)).diagnostics);
    expect(found.length).to.equal(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(found.at(-1)!.message).to.match(new RegExp(`^… and ${n - MAX_DIAGNOSTICS_PER_RULE} more schema/value-whitespace problems`));
  });

  it('loads the grammar index only for a value that is not white space alone', () => {
    const p = parseXml(domain('', '  <features>\n  </features>\n'));
    if (!p.ok) throw new Error('not parsed');
    const g = grammarFor(undefined, 'domain');
    if (g.status !== 'ok') throw new Error('no grammar');
    const result = validateTree(g.grammar, p.document.root, p.document.text);
    expect(result.spaced?.length).to.be.greaterThan(0);
    let loads = 0;
    expect(
      valueWhitespaceFindings(result, p.document.text, () => {
        loads++;
        return undefined;
      }),
    ).to.deep.equal([]);
    expect(loads).to.equal(0);
  });

  it('collapses white space as the token type does', () => {
    expect(collapseWhitespace(' \t a \n\r b  ')).to.equal('a b');
    expect(collapseWhitespace('   ')).to.equal('');
  });
});
