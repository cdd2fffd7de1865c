import { expect } from 'chai';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_DIAGNOSTICS_PER_RULE, MAX_MESSAGE_CHARS, capPerRule, shortenMessage } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import type { Diagnostic } from '../../src/types.js';
import { LineIndex } from '../../src/xml/positions.js';
import { lintHostile } from './helpers.js';

/** Bugs found while hardening (by the lead, by the fuzzers); each test failed before its fix. */

const HEAD = "<domain type='kvm'><name>r</name><memory>1048576</memory><os><type>hvm</type></os>";
const unknownAttributes = (n: number): string =>
  `${HEAD}<devices><disk type='file' device='disk' ${Array.from({ length: n }, (_, i) => `u${i}='1'`).join(' ')}><source file='/x'/><target dev='vda' bus='virtio'/></disk></devices></domain>`;

describe('hardening regressions', function () {
  this.timeout(0);
  before(async () => {
    await lintText(unknownAttributes(3)); // grammar and sub-grammars compiled once, outside the measurements
  });

  it('unknown attributes on one element cost linear time in the schema step (was quadratic: 40k took 34 s)', async () => {
    // A ratio, not a speed: 16x the attributes cost at most ~16x when linear; it was over 100x.
    const small = 2500;
    const big = 16 * small;
    const opts = { maxAttributes: 100000 };
    const t = async (n: number): Promise<number> => (await lintHostile(unknownAttributes(n), opts)).ms;
    await t(small);
    const ratio = (await t(big)) / (await t(small));
    expect(ratio, `time(${big}) / time(${small})`).to.be.below(40);
  });

  it('thousands of invalid sibling elements cost linear time (XPaths among siblings were quadratic: 8,000 took 9 s)', async () => {
    const disks = (n: number): string =>
      `${HEAD}<devices>${"<disk type='file' device='disk'><driver cache='bogus'/><source file='/x'/><target dev='vda' bus='virtio'/></disk>".repeat(n)}</devices></domain>`;
    const t = async (n: number): Promise<number> => (await lintHostile(disks(n))).ms;
    await t(500);
    // 16x the elements: about 16x the time when linear (less: fixed costs), about 45x as it was.
    const ratio = (await t(16000)) / (await t(1000));
    expect(ratio, 'time(16000) / time(1000)').to.be.below(24);
    const { value } = await lintHostile(disks(3));
    expect(value.diagnostics.filter((d) => d.ruleId === 'schema/invalid-value')).to.have.length(3);
  });

  it('thousands of inline disable comments cost linear time (each finding scanned every comment: 8,000 took 18 s)', async () => {
    const disabled = (n: number): string =>
      `${HEAD}<devices>${"<!-- virtlint-disable-next-line disk-target-unique -->\n<disk type='file' device='disk'><source file='/x'/><target dev='vda' bus='virtio'/></disk>\n".repeat(n)}</devices></domain>`;
    const blocks = (n: number): string =>
      `${HEAD}<devices>${"<!-- virtlint-disable disk-target-unique -->\n<disk type='file' device='disk'><source file='/x'/><target dev='vda' bus='virtio'/></disk>\n<!-- virtlint-enable disk-target-unique -->\n".repeat(n)}</devices></domain>`;
    for (const doc of [disabled, blocks]) {
      const t = async (n: number): Promise<number> => (await lintHostile(doc(n))).ms;
      await t(250);
      const ratio = (await t(8000)) / (await t(500));
      expect(ratio, `${doc.name}: time(8000) / time(500)`).to.be.below(40);
      // Every duplicate target is disabled; only the first comment (before the first disk, no duplicate) is unused.
      const { value } = await lintHostile(doc(50));
      expect(value.diagnostics.map((d) => [d.ruleId, d.range.start.line])).to.deep.equal([['virtlint/unused-disable', 1]]);
    }
  });

  it('200,000 unknown attributes are located precisely (their lists were spread as arguments: stack overflow)', async () => {
    const { value } = await lintHostile(unknownAttributes(200000), { maxAttributes: 250000 });
    expect(value.notes.filter((n) => /internal error/.test(n))).to.deep.equal([]);
    const unknown = value.diagnostics.filter((d) => d.ruleId === 'schema/unknown-attribute');
    expect(unknown).to.have.length(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(unknown[0]!.message).to.match(/^Attribute 'u0' is not allowed on <disk> \(in <devices>\); allowed attributes: /);
    expect(unknown[MAX_DIAGNOSTICS_PER_RULE]!.message).to.match(/^… and 199900 more schema\/unknown-attribute problems/);
  });

  it('a lone CR ends a line, as in XML and in editors (positions after it were on the wrong line)', async () => {
    const text = `${HEAD.replace('<name>', '\r<name>')}\r<devices>\r  <bogus/>\r</devices></domain>`;
    const { value } = await lintHostile(text);
    const d = value.diagnostics.find((x) => x.ruleId === 'schema/unexpected-element');
    expect(d, JSON.stringify(value.diagnostics)).to.not.equal(undefined);
    expect(d!.range.start).to.deep.include({ line: 4, column: 4 });
    const editor = TextDocument.create('file:///x.xml', 'xml', 1, text);
    expect(editor.positionAt(d!.range.start.offset)).to.deep.equal({ line: 3, character: 3 });
  });

  it('an offset between CR and LF becomes the CR position (LSP has no position between them)', () => {
    const lines = new LineIndex('<domain\r\n');
    // Offset and column stay consistent: code actions find the line start as offset - (column - 1).
    expect(lines.position(8)).to.deep.equal({ line: 1, column: 8, offset: 7 });
    expect(lines.position(7)).to.deep.equal({ line: 1, column: 8, offset: 7 });
    expect(lines.position(9)).to.deep.equal({ line: 2, column: 1, offset: 9 });
  });

  it('a half-typed start tag with CRLF is reported inside the text an editor shows', async () => {
    const { value } = await lintHostile('<domain\r\n');
    expect(value.diagnostics.map((d) => d.ruleId)).to.deep.equal(['xml/not-well-formed']);
    const { start } = value.diagnostics[0]!.range;
    expect(start.line).to.equal(1);
    expect(start.column).to.be.at.most('<domain'.length + 1);
  });

  it('rule messages quoting a huge value are shortened (head and advice kept)', async () => {
    const name = 'n'.repeat(200000);
    const { value } = await lintHostile(`${HEAD}<devices><disk type='file' device='disk'><driver name='${name}'/><source file='/x'/><target dev='vda' bus='virtio'/></disk></devices></domain>`);
    expect(value.diagnostics.length).to.be.greaterThan(0);
    for (const d of value.diagnostics) expect(d.message.length, d.ruleId).to.be.at.most(MAX_MESSAGE_CHARS + 100);
    const driver = value.diagnostics.find((d) => d.ruleId === 'disk-driver-name');
    expect(driver, JSON.stringify(value.diagnostics.map((d) => d.ruleId))).to.not.equal(undefined);
    expect(driver!.message).to.match(/^disk 'vda' asks for driver 'n+ … \[\d+ characters left out\] … n+', but QEMU domains only have the 'qemu' driver: libvirt refuses this domain\. Use name='qemu'$/);
  });

  it('shortenMessage and capPerRule on their own', () => {
    expect(shortenMessage('short')).to.equal('short');
    const long = `${'a'.repeat(3000)}END`;
    const cut = shortenMessage(long, 100);
    expect(cut.startsWith('a'.repeat(75))).to.equal(true);
    expect(cut.endsWith('aEND')).to.equal(true);
    expect(cut).to.include('[2903 characters left out]');
    const at = (o: number): Diagnostic['range'] => ({ start: { line: 1, column: o + 1, offset: o }, end: { line: 1, column: o + 1, offset: o } });
    const diags: Diagnostic[] = [
      ...Array.from({ length: 5 }, (_, i): Diagnostic => ({ ruleId: 'a', severity: i === 4 ? 'error' : 'warning', message: `a${i}`, range: at(i * 2) })),
      { ruleId: 'b', severity: 'warning', message: 'b', range: at(3) } as Diagnostic,
    ].sort((x, y) => x.range.start.offset - y.range.start.offset);
    const capped = capPerRule(diags, 2);
    expect(capped.map((d) => d.message)).to.deep.equal(['a0', 'a1', 'b', '… and 3 more a problems in this document (only the first 2 of each kind are listed)']);
    expect(capped[3]).to.deep.include({ severity: 'error', range: at(4) });
    expect(capPerRule(diags, 5)).to.deep.equal(diags);
  });
});
