/**
 * The workloads of model-chain.test.ts, timed in a fresh process through `prepare` (see
 * test/helpers/fresh-cost.ts): a foreign grammar whose defines d0…dn form a chain where each
 * refers to the next twice (`<choice><ref d(i+1)/><group><ref d(i+1)/><empty/></group></choice>`),
 * the last one a choice of two forms told apart by `type`. Each call loads the model from the .rng
 * file and asks what the schema messages and the language server ask.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { elementsFor } from '../../src/grammar/document-names.js';
import { GrammarIndex } from '../../src/grammar/index-grammar.js';
import { loadGrammar } from '../../src/grammar/load.js';
import { completions } from '../../src/lsp/completion.js';
import { parseXml } from '../../src/xml/parse.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';

/** The chain of n defines under <domain>. */
export function chainGrammar(n: number): string {
  const defines = Array.from({ length: n }, (_, i) => `<define name="d${i}"><choice><ref name="d${i + 1}"/><group><ref name="d${i + 1}"/><empty/></group></choice></define>`).join('\n');
  const last =
    `<define name="d${n}"><choice>` +
    '<group><attribute name="type"><value>a</value></attribute><attribute name="need"/><element name="child"><empty/></element></group>' +
    '<group><attribute name="type"><value>b</value></attribute><attribute name="other"/></group>' +
    '</choice></define>';
  return `<grammar xmlns="${RNG}">\n<start><element name="domain"><ref name="d0"/></element></start>\n${defines}\n${last}\n</grammar>\n`;
}

function check(what: string, ok: boolean): void {
  if (!ok) throw new Error(`wrong answer: ${what}`);
}

export const CASES: Readonly<Record<string, (index: GrammarIndex) => void>> = {
  // requiredGiven followed each ref anew.
  'the attributes an instance with need= lacks (missingAttributes)': (index) => {
    const [info] = index.elementsAt(['domain']);
    const missing = index.missingAttributes(info!.pattern, new Set(['need']));
    check(`missing ${missing.join()}`, missing.join() === 'type');
  },
  // narrow put each narrowed define in place of every ref to it.
  "the forms of <domain type='b'> (specialize)": (index) => {
    const [info] = index.elementsAt(['domain']);
    const form = index.specialize(info!, new Map([['type', 'b']]));
    check(`attributes ${form.attributes.map((a) => a.name).join()}`, form.attributes.map((a) => `${a.name}${a.required ? '!' : ''}`).join() === 'type!,other!');
  },
  // What a schema message asks of an invalid document: elementsFor narrows by the attributes written.
  "the patterns of <domain type='c'> in a parsed document (elementsFor)": (index) => {
    const parsed = parseXml("<domain type='c'/>");
    if (!parsed.ok) throw new Error('not parsed');
    const [info] = elementsFor(index, parsed.document.root);
    check('type', info?.attributes.find((a) => a.name === 'type')?.value.values.join() === 'a,b');
  },
  // What the language server answers on typing an attribute name.
  "attribute names completed in <domain type='c' > (completion)": (index) => {
    const text = "<domain type='c' ></domain>";
    const labels = completions(TextDocument.create('file:///t.xml', 'xml', 1, text), text.indexOf(' >') + 1, index, { snippets: false }).map((c) => c.label);
    check(`labels ${labels.join()}`, labels.includes('need') && labels.includes('other'));
  },
};

export function prepare(name: string, n: number): () => void {
  const ask = CASES[name];
  if (!ask) throw new Error(`no case ${name}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-model-chain-'));
  const file = path.join(dir, 'domain.rng');
  fs.writeFileSync(file, chainGrammar(n));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return () => ask(new GrammarIndex(loadGrammar(dir, file)));
}
