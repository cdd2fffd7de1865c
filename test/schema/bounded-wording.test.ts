/**
 * The schema step words only the diagnostics the per-rule cap can show (the first
 * MAX_DIAGNOSTICS_PER_RULE + 1 of each id by position) and counts the rest. Each test compares with
 * the unbounded path, as lintText ran before: every engine error worded, sorted, then capped. The
 * documents are hostile ones with hundreds to thousands of errors of one kind, including the order
 * that is hard for a streaming choice: an element's missing content is reported after its
 * children's problems, so nested elements report theirs innermost first.
 */
import { expect } from 'chai';
import type { ValidationError } from '../../src/relaxng/api.js';
import { grammarIndexFor } from '../../src/grammar/index.js';
import { builtinLevel } from '../../src/builtin-ids.js';
import { applyInlineDisables, inlineDisables, knownRuleIds, UNUSED_DISABLE_RULE } from '../../src/linter/disables.js';
import { capPerRule, MAX_DIAGNOSTICS_PER_RULE } from '../../src/linter/limits.js';
import { lintText } from '../../src/linter/lint.js';
import { type SchemaNode, validateTree } from '../../src/schema/feed.js';
import { grammarFor } from '../../src/schema/grammars.js';
import { schemaFindings } from '../../src/schema/wording.js';
import type { Diagnostic } from '../../src/types.js';
import { type ParsedDocument, parseXml } from '../../src/xml/parse.js';

const KEEP = MAX_DIAGNOSTICS_PER_RULE + 1;
const LIMITS = { maxDepth: 20000, maxAttributes: 5000 };
const HEAD = `<domain type='kvm'>\n<name>t</name>\n<memory>1048576</memory>\n<os><type arch='x86_64' machine='q35'>hvm</type></os>\n`;
const many = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

/** Documents with more errors of some id than the cap shows (and a few ids with fewer). */
const HOSTILE: Readonly<Record<string, string>> = {
  'nested <domain> (missing content reported innermost first)': `${'<domain>'.repeat(3000)}${'</domain>'.repeat(3000)}`,
  'unknown children of <devices>': `${HEAD}<devices>\n${many(900, (i) => `<bogus${i % 7}/>\n`)}</devices>\n</domain>\n`,
  'unknown attributes on one element': `${HEAD}<devices><disk type='file' device='disk'${many(1500, (i) => ` z${i}='v'`)}><source file='/a.img'/><target dev='vda'/></disk></devices>\n</domain>\n`,
  'bad values, unknown and missing attributes on many disks': `${HEAD}<devices>\n${many(400, (i) => `<disk type='${i % 3 ? 'bogus' : 'file'}' device='disk' q${i % 2}='1'><source file='/a${i}.img'/><target bus='virtio'/></disk>\n`)}</devices>\n</domain>\n`,
  'text between children, several gaps per element': `${HEAD}<devices>\n${many(300, (i) => `<disk type='file' device='disk'>t${i}<source file='/a.img'/>u<target dev='vda'/>v</disk>\n`)}</devices>\n</domain>\n`,
  'bad text values': `${HEAD}<vcpu>1</vcpu>${many(250, () => '<cpu><numa><cell memory="x" cpus="0"/></numa></cpu>')}<devices/>\n</domain>\n`,
  'undeclared prefixes on elements and attributes': `${HEAD}<devices>\n${many(300, (i) => `<p:disk${i % 2} q:a='1'/>\n`)}</devices>\n</domain>\n`,
};

function parsed(text: string): ParsedDocument {
  const p = parseXml(text, LIMITS);
  if (!p.ok) throw new Error(p.diagnostic.message);
  return p.document;
}

function validated(doc: ParsedDocument): ReturnType<typeof validateTree> {
  const g = grammarFor(undefined, 'domain');
  if (g.status !== 'ok') throw new Error('no bundled domain grammar');
  return validateTree(g.grammar, doc.root, doc.text);
}

const byPosition = (a: Diagnostic, b: Diagnostic): number =>
  a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
const loadIndex = () => grammarIndexFor(undefined, 'domain');

/** lintText's output with no rules, as it was made before: every error worded, disable comments applied, sorted, capped. */
function unboundedLint(text: string): Diagnostic[] {
  const doc = parsed(text);
  let found = schemaFindings(doc, validated(doc), loadIndex).diagnostics;
  if (doc.comments.length > 0) found = applyInlineDisables(found, doc.comments, { unusedLevel: builtinLevel(UNUSED_DISABLE_RULE, undefined) ?? 'warn', isKnownRule: knownRuleIds([]) });
  return capPerRule(found.sort(byPosition));
}

/** A hostile document with disable comments: one for every rule on its 40th line (or its first), one for an id on a block of lines. */
function withDisables(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 60) return `<!-- virtlint-disable-next-line schema/missing-attribute -->\n${text}`;
  lines.splice(40, 0, '<!-- virtlint-disable-next-line -->');
  lines.splice(45, 0, '<!-- virtlint-disable schema/unexpected-element, schema/unknown-attribute, xml/undeclared-prefix -->');
  lines.splice(52, 0, '<!-- virtlint-enable -->');
  return lines.join('\n');
}

describe('schema: only the diagnostics the per-rule cap can show are worded', function () {
  this.timeout(120000);

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`the worded ones are the first ${KEEP} of each id, the others counted exactly: ${name}`, () => {
      const doc = parsed(text);
      const all = schemaFindings(doc, validated(doc), loadIndex).diagnostics.sort(byPosition);
      const found = schemaFindings(doc, validated(doc), loadIndex, KEEP);
      const ids = [...new Set(all.map((d) => d.ruleId))];
      expect(ids.some((id) => all.filter((d) => d.ruleId === id).length > KEEP), 'some id has more than the cap shows').to.equal(true);
      for (const id of ids) {
        const every = all.filter((d) => d.ruleId === id);
        expect(found.diagnostics.filter((d) => d.ruleId === id).sort(byPosition), id).to.deep.equal(every.slice(0, KEEP));
        expect(found.omitted.get(id) ?? 0, `${id} omitted`).to.equal(Math.max(0, every.length - KEEP));
      }
      expect([...found.omitted.keys()].every((id) => ids.includes(id))).to.equal(true);
    });

    it(`lintText gives what the unbounded path gives (first ${MAX_DIAGNOSTICS_PER_RULE} + summary with the full count): ${name}`, async () => {
      const result = await lintText(text, { ruleSet: [], ...LIMITS });
      expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    });

    it(`with disable comments (the first ones not disabled worded), lintText gives what the unbounded path gives: ${name}`, async () => {
      const disabled = withDisables(text);
      const result = await lintText(disabled, { ruleSet: [], ...LIMITS });
      const expected = unboundedLint(disabled);
      expect(result.diagnostics).to.deep.equal(expected);
      expect(expected.length).to.be.above(0);
      expect(result.diagnostics.every((d) => d.message !== '')).to.equal(true);
    });
  }

  it('nested <domain>: errors whose words are not shown are not worded (their expected sets are never read)', () => {
    const doc = parsed(HOSTILE['nested <domain> (missing content reported innermost first)'] as string);
    const result = validated(doc);
    // Every error's `expected` is read when it is worded (the lists of names in the messages);
    // placing unexpected-element and incomplete-content errors needs only their node.
    let reads = 0;
    const counted = result.errors.map((e): ValidationError<SchemaNode> => {
      if (e.kind !== 'unexpected-element' && e.kind !== 'incomplete-content') return e;
      return {
        ...e,
        message: e.message,
        get expected() {
          reads++;
          return e.expected;
        },
      };
    });
    const totals = new Map<string, number>();
    const found = schemaFindings(doc, { errors: counted, undeclared: result.undeclared }, loadIndex, KEEP);
    for (const d of found.diagnostics) totals.set(d.ruleId, (totals.get(d.ruleId) ?? 0) + 1);
    for (const [id, n] of found.omitted) totals.set(id, (totals.get(id) ?? 0) + n);
    expect(Object.fromEntries(totals)).to.deep.equal({ 'schema/missing-attribute': 3000, 'schema/missing-element': 3000, 'schema/unexpected-element': 2999 });
    expect(found.diagnostics).to.have.length(3 * KEEP);
    expect(reads, 'expected sets read').to.be.at.least(KEEP).and.at.most(2 * KEEP);
  });

  it('150 unknown attributes: the first 100 listed, then "… and 50 more" at the 101st', async () => {
    const text = `${HEAD}<devices><disk type='file' device='disk'${many(150, (i) => ` z${i}='v'`)}><source file='/a.img'/><target dev='vda'/></disk></devices>\n</domain>\n`;
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    const unknown = result.diagnostics.filter((d) => d.ruleId === 'schema/unknown-attribute');
    expect(unknown).to.have.length(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(unknown[0]!.message).to.equal("Attribute 'z0' is not allowed on <disk> (in <devices>); allowed attributes: type, device, model and snapshot");
    expect(unknown[99]!.message).to.match(/^Attribute 'z99' is not allowed/);
    expect(unknown[100]!.message).to.equal('… and 50 more schema/unknown-attribute problems in this document (only the first 100 of each kind are listed)');
    expect(unknown[100]!.range.start.offset).to.equal(text.indexOf(' z100=') + 1);
  });

  it('with a disable comment: the one disabled is not among the 100 shown, the summary counts the rest', async () => {
    const text = `${HEAD}<devices>\n<!-- virtlint-disable-next-line schema/unexpected-element -->\n${many(300, (i) => `<bogus${i % 3}/>\n`)}</devices>\n</domain>\n`;
    const result = await lintText(text, { ruleSet: [] });
    const unexpected = result.diagnostics.filter((d) => d.ruleId === 'schema/unexpected-element');
    // The first line's one is disabled, so the 100 shown start at the second; had only the first
    // 101 been kept, 100 would be left to list and no summary would say how many more there are.
    expect(unexpected).to.have.length(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(unexpected[0]!.message).to.match(/^Unknown element <bogus1>/);
    expect(unexpected[0]!.range.start.line).to.equal(8);
    expect(unexpected[100]!.message).to.match(/^… and 199 more schema\/unexpected-element problems/);
  });

  it('configured levels: a schema id turned off has no summary; one set to warn keeps its count', async () => {
    const text = HOSTILE['unknown children of <devices>'] as string;
    const off = await lintText(text, { ruleSet: [], rules: { 'schema/unexpected-element': 'off' } });
    expect(off.diagnostics).to.deep.equal([]);
    const warn = await lintText(text, { ruleSet: [], rules: { 'schema/unexpected-element': 'warn' } });
    expect(warn.diagnostics).to.have.length(MAX_DIAGNOSTICS_PER_RULE + 1);
    expect(warn.diagnostics.every((d) => d.severity === 'warning')).to.equal(true);
    expect(warn.diagnostics[100]!.message).to.match(/^… and 800 more schema\/unexpected-element problems/);
  });
});

describe('limits: capPerRule with diagnostics counted but not made', () => {
  const at = (ruleId: string, offset: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    ruleId,
    severity,
    message: `${ruleId} at ${offset}`,
    range: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } },
  });

  it('adds the counted ones to the summary of their rule, placed at the first not listed', () => {
    const sorted = [...Array.from({ length: 4 }, (_, i) => at('a', i)), at('b', 10)];
    const out = capPerRule(sorted, 3, new Map([['a', 5]]));
    expect(out.map((d) => d.message)).to.deep.equal([
      'a at 0',
      'a at 1',
      'a at 2',
      '… and 6 more a problems in this document (only the first 3 of each kind are listed)',
      'b at 10',
    ]);
    expect(out[3]!.range).to.equal(sorted[3]!.range);
  });

  it('ignores counts of rules with nothing listed (turned off) and returns the input when nothing is over', () => {
    const sorted = [at('a', 0), at('a', 1)];
    expect(capPerRule(sorted, 3, new Map([['gone', 500]]))).to.equal(sorted);
    expect(capPerRule(sorted, 3, new Map())).to.equal(sorted);
  });
});

describe('schema: the errors worded are the first ones the disable comments leave', function () {
  this.timeout(60000);
  const ID = 'schema/unexpected-element';
  /** 300 unknown children of <devices>, <bogus0/> … <bogus299/>, one a line; `before(i)` goes just before the i-th. */
  const children = (before: (i: number) => string): string => `${HEAD}<devices>\n${many(300, (i) => `${before(i)}<bogus${i}/>\n`)}</devices>\n</domain>\n`;
  const range = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `bogus${from + i}`);
  /** The unexpected-element diagnostics shown (by the element each names) and the summary's count. */
  function shown(diagnostics: readonly Diagnostic[]): { names: string[]; more: number | undefined } {
    const ours = diagnostics.filter((d) => d.ruleId === ID);
    const summary = ours[MAX_DIAGNOSTICS_PER_RULE] ? /^… and (\d+) more/.exec(ours[MAX_DIAGNOSTICS_PER_RULE].message) : null;
    return { names: ours.slice(0, MAX_DIAGNOSTICS_PER_RULE).map((d) => /^Unknown element <(bogus\d+)>/.exec(d.message)?.[1] ?? d.message), more: summary ? Number(summary[1]) : undefined };
  }
  const unused = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => d.ruleId === UNUSED_DISABLE_RULE).map((d) => d.message);

  it('a block among the first 100 (ending in their middle): later ones move up, the summary counts those not disabled', async () => {
    const text = children((i) => (i === 10 ? `<!-- virtlint-disable ${ID} -->` : i === 20 ? `<!-- virtlint-enable ${ID} -->` : ''));
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    expect(shown(result.diagnostics)).to.deep.equal({ names: [...range(0, 10), ...range(20, 110)], more: 190 });
    expect(unused(result.diagnostics)).to.deep.equal([]);
  });

  it('a block from the start ending in the middle of the document: the 100 shown start where it ends', async () => {
    const text = children((i) => (i === 0 ? `<!-- virtlint-disable ${ID} -->` : i === 150 ? `<!-- virtlint-enable ${ID} -->` : ''));
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    expect(shown(result.diagnostics)).to.deep.equal({ names: range(150, 250), more: 50 });
  });

  it('disable-next-line and disable-line among the first 100: each hides its line only', async () => {
    const text = children((i) => ([0, 5, 50].includes(i) ? `<!-- virtlint-disable-next-line ${ID} -->\n` : i === 99 ? `<!-- virtlint-disable-line ${ID} -->` : ''));
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    expect(shown(result.diagnostics)).to.deep.equal({ names: [...range(1, 5), ...range(6, 50), ...range(51, 99), ...range(100, 104)], more: 196 });
    expect(unused(result.diagnostics)).to.deep.equal([]);
  });

  it('enable after disable: an id re-enabled inside a disable of every rule, and a disable of the id ended by an enable of all', async () => {
    const comments: Record<number, string> = { 0: '<!-- virtlint-disable -->', 30: `<!-- virtlint-enable ${ID} -->`, 60: `<!-- virtlint-disable ${ID} -->`, 70: '<!-- virtlint-enable -->' };
    const text = children((i) => comments[i] ?? '');
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    expect(shown(result.diagnostics)).to.deep.equal({ names: [...range(30, 60), ...range(70, 140)], more: 160 });
    expect(unused(result.diagnostics)).to.deep.equal([]);
  });

  it('a comment that disables only errors past the cap (counted, never worded) is used; one that disables nothing is not', async () => {
    const comments: Record<number, string> = {
      250: `<!-- virtlint-disable-next-line ${ID} -->\n`,
      260: '<!-- virtlint-disable-next-line schema/unknown-attribute -->\n',
      280: `<!-- virtlint-disable ${ID} -->`,
      290: `<!-- virtlint-enable ${ID} -->`,
    };
    const text = children((i) => comments[i] ?? '');
    const result = await lintText(text, { ruleSet: [] });
    expect(result.diagnostics).to.deep.equal(unboundedLint(text));
    expect(shown(result.diagnostics)).to.deep.equal({ names: range(0, 100), more: 189 });
    expect(unused(result.diagnostics)).to.deep.equal(["Unused virtlint-disable-next-line comment: 'schema/unknown-attribute' reported no problem here"]);
    // Levels apply after the disable comments: an id turned off still uses them, one set to warn keeps the count.
    const off = await lintText(text, { ruleSet: [], rules: { [ID]: 'off' } });
    expect(off.diagnostics.map((d) => [d.ruleId, d.message])).to.deep.equal([[UNUSED_DISABLE_RULE, unused(result.diagnostics)[0]]]);
    const warn = await lintText(text, { ruleSet: [], rules: { [ID]: 'warn' } });
    expect(shown(warn.diagnostics)).to.deep.equal(shown(result.diagnostics));
    expect(warn.diagnostics.filter((d) => d.ruleId === ID).every((d) => d.severity === 'warning')).to.equal(true);
  });

  it('InlineDisables answers the same asked in any order (the engine reports nested content innermost first)', () => {
    const text = `<domain><!-- virtlint-disable -->${'<a><b/>'.repeat(20)}<!-- virtlint-enable x --><c/><!-- virtlint-disable y, disk-lun-rules -->${'<a><b/>'.repeat(20)}
<!-- virtlint-enable -->${'<a><b/>'.repeat(20)}<!-- virtlint-disable-next-line y -->
<d/><!-- virtlint-disable-file z -->${'</a>'.repeat(60)}<e/><!-- virtlint-disable-line x --></domain>`;
    const doc = parsed(text);
    const places: { id: string; range: Diagnostic['range'] }[] = [];
    const walk = (el: ParsedDocument['root']): void => {
      for (const id of ['x', 'y', 'z', 'disk-lun-bus', 'other']) places.push({ id, range: el.nameRange });
      for (const c of el.children) walk(c);
    };
    walk(doc.root);
    const forward = inlineDisables(doc.comments)!;
    const backward = inlineDisables(doc.comments)!;
    const answers = places.map((p) => forward.isDisabled(p.id, p.range));
    const reversed = [...places].reverse().map((p) => backward.isDisabled(p.id, p.range)).reverse();
    expect(reversed).to.deep.equal(answers);
    expect(answers.filter(Boolean).length).to.be.within(1, answers.length - 1);
    expect(backward.unusedReports()).to.deep.equal(forward.unusedReports());
  });
});
