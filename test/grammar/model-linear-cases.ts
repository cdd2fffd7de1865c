/**
 * The workloads of model-linear.test.ts, timed in a fresh process through `prepare` (see
 * test/helpers/fresh-cost.ts): a foreign grammar of size n is written to a directory once, then
 * each call loads its model and asks what the language server and the schema messages ask first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrammarIndex } from '../../src/grammar/index-grammar.js';
import { loadGrammar } from '../../src/grammar/load.js';
import { elementsFor } from '../../src/grammar/document-names.js';
import { childInfos, summarize } from '../../src/lsp/grammar-view.js';
import { parseXml } from '../../src/xml/parse.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';

interface ModelCase {
  /** The body of a `<grammar>` with n items. */
  readonly grammar: (n: number) => string;
  /** The questions asked of a fresh index; throws when an answer is wrong. */
  readonly ask: (index: GrammarIndex, n: number) => void;
  /** The smaller size; the test compares it with four times as much. */
  readonly small: number;
}

const range = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

function check(what: string, ok: boolean): void {
  if (!ok) throw new Error(`wrong answer: ${what}`);
}

/** n forms of <domain>, each `kind='vi'` and a ref to one define of n optional attributes b0…b(n-1). */
function sharedForms(n: number): string {
  const forms = range(n, (i) => `<group><attribute name="kind"><value>v${i}</value></attribute><ref name="shared"/></group>`);
  return `<start><element name="domain"><choice>${forms}</choice></element></start><define name="shared"><group>${range(n, (i) => `<optional><attribute name="b${i}"/></optional>`)}</group></define>`;
}

/** n patterns of <e> under <domain>, each with an attribute of its own and a ref to one define: a choice of n forms told apart by kind=. */
function sharedChoice(n: number): string {
  const forms = range(n, (i) => `<attribute name="kind"><value>v${i}</value></attribute>`);
  return `<start><element name="domain"><zeroOrMore><choice>${range(n, (i) => `<element name="e"><attribute name="n${i}"/><ref name="big"/></element>`)}</choice></zeroOrMore></element></start><define name="big"><choice>${forms}</choice></define>`;
}

/** The patterns of the <e> of `<domain><e kind='…'/></domain>` (what the schema messages and hover ask). */
function patternsOfE(index: GrammarIndex, kind: string): ReturnType<typeof elementsFor> {
  const parsed = parseXml(`<domain><e kind="${kind}"/></domain>`);
  const e = parsed.ok ? parsed.document.root.children[0] : undefined;
  if (!e) throw new Error('no <e>');
  return elementsFor(index, e);
}

export const CASES: Readonly<Record<string, ModelCase>> = {
  // valueSpec: a value was looked for in the list of those already kept before each one was added.
  'an attribute whose values are a choice of n <value>s: the values allowed at the element': {
    grammar: (n) => `<start><element name="domain"><attribute name="a"><choice>${range(n, (i) => `<value>v${i}</value>`)}</choice></attribute></element></start>`,
    ask: (index, n) => {
      const values = index.describe(['domain'])?.attributes[0]?.value.values ?? [];
      check('values', values.length === n && values[n - 1] === `v${n - 1}`);
    },
    small: 20_000,
  },
  // required / requiredGiven: the union so far was copied once per item of the group.
  'a group of n attributes: which are required, which are missing': {
    grammar: (n) => `<start><element name="domain"><group>${range(n, (i) => `<attribute name="a${i}"/>`)}</group></element></start>`,
    ask: (index, n) => {
      const [info] = index.elementsAt(['domain']);
      check('required', info !== undefined && info.attributes.every((a) => a.required) && info.attributes.length === n);
      const missing = index.missingAttributes(info!.pattern, new Set(['a0']));
      check('missing', missing.length === n - 1 && missing[0] === 'a1');
    },
    small: 10_000,
  },
  // summarize: an attribute's values were merged into a new list for each element pattern.
  'n element patterns of one name, each with its own value of x: what the element allows': {
    grammar: (n) => `<start><element name="domain"><zeroOrMore><choice>${range(n, (i) => `<element name="e"><attribute name="x"><value>v${i}</value></attribute></element>`)}</choice></zeroOrMore></element></start>`,
    ask: (index, n) => {
      const x = index.describe(['domain', 'e'])?.attributes.find((a) => a.name === 'x');
      check('x', x?.value.values.length === n && x.required);
    },
    small: 5_000,
  },
  // The language server's summarize (completion, hover): the same merge, over the patterns it is given.
  'n element patterns of one name, each with its own value of x: the summary completion reads': {
    grammar: (n) => `<start><element name="domain"><zeroOrMore><choice>${range(n, (i) => `<element name="e"><attribute name="x"><value>v${i}</value></attribute></element>`)}</choice></zeroOrMore></element></start>`,
    ask: (index, n) => {
      const infos = childInfos(index, index.elementsAt(['domain']), 'e');
      const x = summarize('e', infos)?.attributes.find((a) => a.name === 'x');
      check('x', infos.length === n && x?.value.values.length === n && x.value.values[n - 1] === `v${n - 1}` && x.required);
    },
    small: 5_000,
  },
  // declaredValues (specialize): each branch of a choice walked all below it, the shared define too.
  "n forms of <domain> told apart by kind=, each referring to one define of n attributes: the form of kind='v1'": {
    grammar: sharedForms,
    ask: (index, n) => {
      const [info] = index.elementsAt(['domain']);
      const form = index.specialize(info!, new Map([['kind', 'v1']]));
      check('form', form.attributes.length === n + 1 && form.attributes[0]?.value.values.join() === 'v1');
    },
    small: 2_000,
  },
  // requiredGiven: which names each branch mentions was a set of all the names below it.
  'n forms of <domain> told apart by kind=, each referring to one define of n attributes: what b1= needs': {
    grammar: sharedForms,
    ask: (index) => {
      const [info] = index.elementsAt(['domain']);
      const missing = index.missingAttributes(info!.pattern, new Set(['b1']));
      check(`missing ${missing.join()}`, missing.join() === 'kind');
    },
    small: 2_000,
  },
  // info: each of the n patterns walked the shared choice and worded its n values anew; specialize
  // looked for a value no pattern lists in each one's list.
  "n patterns of <e> each referring to one choice of n forms told apart by kind=: the patterns of <e kind='v1'>": {
    grammar: sharedChoice,
    ask: (index, n) => {
      const infos = patternsOfE(index, 'v1');
      const kind = infos[n - 1]?.attributes.find((a) => a.name === 'kind');
      check('patterns', infos.length === n && kind?.value.values.join() === 'v1' && infos[n - 1]?.attributes[0]?.name === `n${n - 1}`);
    },
    small: 2_000,
  },
  "n patterns of <e> each referring to one choice of n forms told apart by kind=: the patterns of <e kind='none'>": {
    grammar: sharedChoice,
    ask: (index, n) => {
      const infos = patternsOfE(index, 'none');
      const kind = infos[0]?.attributes.find((a) => a.name === 'kind');
      check('patterns', infos.length === n && kind?.value.values.length === n && kind.value.values[n - 1] === `v${n - 1}`);
    },
    small: 2_000,
  },
  // summarize: the n patterns' value lists of kind= (one list, shared) were merged one by one.
  'n patterns of <e> each referring to one choice of n forms told apart by kind=: what <e> allows': {
    grammar: sharedChoice,
    ask: (index, n) => {
      const kind = index.describe(['domain', 'e'])?.attributes.find((a) => a.name === 'kind');
      check('kind', kind?.value.values.length === n && kind.required);
    },
    small: 2_000,
  },
  // info: each of the n patterns worded the shared choice of n values anew (textSpec).
  'n patterns of <e> each referring to one choice of n values as its text: the text each allows': {
    grammar: (n) =>
      `<start><element name="domain"><zeroOrMore><choice>${range(n, (i) => `<element name="e"><attribute name="n${i}"/><ref name="big"/></element>`)}</choice></zeroOrMore></element></start><define name="big"><choice>${range(n, (i) => `<value>v${i}</value>`)}</choice></define>`,
    ask: (index, n) => {
      const infos = index.elementsAt(['domain', 'e']);
      const text = infos[n - 1]?.text;
      check('text', infos.length === n && text?.values.length === n && text.values[n - 1] === `v${n - 1}` && text.forms.length === 0);
    },
    small: 2_000,
  },
};

export function prepare(name: string, n: number): () => void {
  const c = CASES[name];
  if (!c) throw new Error(`no case ${name}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-model-linear-'));
  const file = path.join(dir, 'domain.rng');
  fs.writeFileSync(file, `<grammar xmlns="${RNG}">${c.grammar(n)}</grammar>\n`);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return () => c.ask(new GrammarIndex(loadGrammar(dir, file)), n);
}
