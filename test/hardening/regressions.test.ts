import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_DIAGNOSTICS_PER_RULE, MAX_MESSAGE_CHARS, capPerRule, shortenMessage } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import type { Diagnostic } from '../../src/types.js';
import { LineIndex } from '../../src/xml/positions.js';
import { lintHostile } from './helpers.js';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { DOCUMENTS, type WorkloadName } from './regression-workloads.js';

/** Bugs found while hardening (by the lead, by the fuzzers); each test failed before its fix. */

const HEAD = "<domain type='kvm'><name>r</name><memory>1048576</memory><os><type>hvm</type></os>";
const unknownAttributes = DOCUMENTS.unknownAttributes;

/**
 * Complexity by ratio of CPU time, each size in a fresh process (test/helpers/fresh-cost.ts), the
 * smaller with as much warm-up work as the larger. These were timed by the wall clock inside the
 * suite, where a 15 ms small case was at the mercy of the collector and the machine's load: once
 * faster code made the small case cheaper, a ratio meant to be ~7–20× read 40.08× on a CI run.
 * Both sizes are past the young-generation step: the cost per element rises between ~1,000 and
 * ~4,000 elements (8–10 µs an invalid disk below, 13–18 above, flat from 8,000 to 32,000), so
 * sizes across it measured 26× for 16× the input where the work is linear.
 */
const WORKLOADS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regression-workloads.js');
function cpuRatio(name: WorkloadName, small: number, big: number): number {
  const reps = Math.max(1, Math.round(big / small));
  const smallMs = cpuMsInFreshProcess(WORKLOADS, [name, small], reps, 2 * reps);
  const bigMs = cpuMsInFreshProcess(WORKLOADS, [name, big], 1, 2);
  console.log(`      ${name}: ${small}: ${smallMs.toFixed(1)} ms, ${big}: ${bigMs.toFixed(1)} ms CPU, ratio ${(bigMs / smallMs).toFixed(1)}`);
  return bigMs / smallMs;
}

describe('hardening regressions', function () {
  this.timeout(0);
  before(async () => {
    await lintText(unknownAttributes(3)); // grammar and sub-grammars compiled once, outside the measurements
  });

  it('unknown attributes on one element cost linear time in the schema step (was quadratic: 40k took 34 s)', async () => {
    // 8x the attributes cost about 8x when linear (64x if quadratic, as it was).
    const ratio = cpuRatio('unknownAttributes', 5000, 40000);
    expect(ratio, 'cpu(40000) / cpu(5000)').to.be.below(24);
    // The largest input once more in this process: within the hostile-input bound, and a well-formed result.
    const { value } = await lintHostile(unknownAttributes(40000), { maxAttributes: 100000 });
    expect(value.diagnostics.filter((d) => d.ruleId === 'schema/unknown-attribute').length).to.be.above(0);
  });

  it('thousands of invalid sibling elements cost linear time (XPaths among siblings were quadratic: 8,000 took 9 s)', async () => {
    // 8x the elements: about 8x the time when linear, 64x if quadratic.
    const ratio = cpuRatio('invalidSiblings', 4000, 32000);
    expect(ratio, 'cpu(32000) / cpu(4000)').to.be.below(24);
    await lintHostile(DOCUMENTS.invalidSiblings(32000)); // within the hostile-input bound, a well-formed result
    const { value } = await lintHostile(DOCUMENTS.invalidSiblings(3));
    expect(value.diagnostics.filter((d) => d.ruleId === 'schema/invalid-value')).to.have.length(3);
  });

  it('thousands of inline disable comments cost linear time (each finding scanned every comment: 8,000 took 18 s)', async () => {
    for (const name of ['disabledLines', 'disabledBlocks'] as const) {
      // 8x the comments: about 8x when linear, 64x if quadratic. Measured 9.7–16.3x (the smaller
      // document, warmed by 16 runs, gets cheaper per comment than one run of the larger).
      const ratio = cpuRatio(name, 4000, 32000);
      expect(ratio, `${name}: cpu(32000) / cpu(4000)`).to.be.below(30);
      await lintHostile(DOCUMENTS[name](32000)); // within the hostile-input bound, a well-formed result
      // Every duplicate target is disabled; only the first comment (before the first disk, no duplicate) is unused.
      const { value } = await lintHostile(DOCUMENTS[name](50));
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
