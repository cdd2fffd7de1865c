/**
 * James Clark's RELAX NG conformance suite (/work/shared/relaxng/spectest.xml, 385 test cases):
 * incorrect schemas must be rejected, correct ones accepted, and their valid/invalid instances
 * must get the right verdict. Resources (included / externally referenced files) are served from
 * memory. The file's internal DTD declares one entity (`dii`), expanded here before parsing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { SaxesParser } from 'saxes';
import { compileGrammar, type ResourceLoader } from '../../src/relaxng/index.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { validateXml } from './drive.js';

interface El {
  name: string;
  attrs: [string, string][];
  children: (El | string)[];
}

const SPECTEST = path.resolve(REPO_ROOT, '../shared/relaxng/spectest.xml');

/**
 * Known deviations, by case number (1-based, document order) — keep this empty if at all possible.
 */
const KNOWN_DEVIATIONS = new Map<number, string>([]);

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

function serialize(e: El | string): string {
  if (typeof e === 'string') return e;
  const attrs = e.attrs.map(([n, v]) => ` ${n}="${escAttr(v)}"`).join('');
  if (e.children.length === 0) return `<${e.name}${attrs}/>`;
  return `<${e.name}${attrs}>${e.children.map(serialize).join('')}</${e.name}>`;
}

/** Parses the suite into a tree; text is kept escaped (so re-serialising is exact), PIs kept. */
function parseSuite(): El {
  let text = fs.readFileSync(SPECTEST, 'utf8');
  const m = /^<!DOCTYPE testSuite \[\s*<!ENTITY dii "([^"]*)">\s*\]>/.exec(text);
  if (!m) throw new Error('unexpected spectest.xml prologue');
  // Character references in an entity value are expanded when the entity is declared (XML 4.5).
  const replacement = m[1]!.replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
  text = text.slice(m[0].length).replace(/&dii;/g, replacement);
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: [], children: [] };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: Object.entries(t.attributes as Record<string, string>), children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (t) => stack[stack.length - 1]!.children.push(escText(t)));
  parser.on('cdata', (t) => stack[stack.length - 1]!.children.push(escText(t)));
  parser.on('processinginstruction', (pi) => stack[stack.length - 1]!.children.push(`<?${pi.target} ${pi.body}?>`));
  parser.write(text).close();
  return root.children.find((c): c is El => typeof c !== 'string')!;
}

const elems = (e: El) => e.children.filter((c): c is El => typeof c !== 'string');
const attr = (e: El, n: string) => e.attrs.find(([k]) => k === n)?.[1];

interface Case {
  n: number;
  section: string;
  el: El;
}

function collectCases(suite: El, out: Case[], section = ''): void {
  for (const c of elems(suite)) {
    if (c.name === 'testSuite') collectCases(c, out, section);
    else if (c.name === 'testCase') {
      const sec = elems(c).find((x) => x.name === 'section');
      out.push({ n: out.length + 1, section: sec ? elems(sec).length === 0 ? String(sec.children.join('')) : '' : section, el: c });
    }
  }
}

const BASE = 'file:///spectest/';

function addResources(e: El, prefix: string, files: Map<string, string>): void {
  for (const c of elems(e)) {
    if (c.name === 'resource') {
      const body = c.children.map(serialize).join('').trim();
      files.set(new URL(prefix + attr(c, 'name')!, BASE).href, body);
    } else if (c.name === 'dir') addResources(c, `${prefix}${attr(c, 'name')}/`, files);
  }
}

function memoryLoader(files: Map<string, string>): ResourceLoader {
  return {
    resolve: (base, href) => new URL(href, base).href,
    read: (url) => {
      const t = files.get(url);
      if (t === undefined) throw new Error(`no such resource ${url}`);
      return t;
    },
  };
}

interface Outcome {
  ok: boolean;
  detail: string;
}

function runCase(c: Case): Outcome {
  const files = new Map<string, string>();
  addResources(c.el, '', files);
  const schemaEl = elems(c.el).find((x) => x.name === 'correct' || x.name === 'incorrect')!;
  const schemaUrl = new URL('schema.rng', BASE).href;
  files.set(schemaUrl, schemaEl.children.map(serialize).join('').trim());
  const outcome = compileGrammar(schemaUrl, memoryLoader(files));
  if (schemaEl.name === 'incorrect') {
    return outcome.ok ? { ok: false, detail: 'incorrect schema accepted' } : { ok: true, detail: '' };
  }
  if (!outcome.ok) return { ok: false, detail: `correct schema rejected: ${outcome.problems.map((p) => p.message).join('; ')}` };
  for (const inst of elems(c.el).filter((x) => x.name === 'valid' || x.name === 'invalid')) {
    const xml = inst.children.map(serialize).join('');
    let errors: string[];
    try {
      errors = validateXml(outcome.grammar, xml).map((e) => `${e.kind}: ${e.message}`);
    } catch (e) {
      errors = [`not well-formed: ${(e as Error).message}`];
    }
    if (inst.name === 'valid' && errors.length > 0) return { ok: false, detail: `valid instance rejected (${errors.join('; ')}): ${xml}` };
    if (inst.name === 'invalid' && errors.length === 0) return { ok: false, detail: `invalid instance accepted: ${xml}` };
  }
  return { ok: true, detail: '' };
}

describe('relaxng: James Clark spectest.xml', () => {
  it('passes every test case except the documented deviations', () => {
    const cases: Case[] = [];
    collectCases(parseSuite(), cases);
    expect(cases.length).to.equal(385);
    const failures: string[] = [];
    let passed = 0;
    for (const c of cases) {
      let r: Outcome;
      try {
        r = runCase(c);
      } catch (e) {
        r = { ok: false, detail: `crash: ${(e as Error).stack}` };
      }
      if (r.ok) passed++;
      else if (!KNOWN_DEVIATIONS.has(c.n)) failures.push(`case ${c.n} (section ${c.section}): ${r.detail}`);
    }
    console.log(`      spectest: ${passed}/${cases.length} cases pass (${KNOWN_DEVIATIONS.size} known deviations)`);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
