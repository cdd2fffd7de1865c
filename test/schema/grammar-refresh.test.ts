/**
 * A grammar's memo tables grow with what documents bring (states, names, values): a long-running
 * process replaces the grammar by a fresh copy once they have grown by MEMO_GROWTH_BEFORE_REFRESH
 * units (src/schema/grammars.ts). Documents like those seen before never cause a reload (a batch
 * keeps its warm tables); a stream of ever new names stays bounded. Counts, not times.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledGrammar } from '../../src/relaxng/api.js';
import { validateTree } from '../../src/schema/feed.js';
import { clearCompiledGrammars, grammarFor, MEMO_GROWTH_BEFORE_REFRESH } from '../../src/schema/grammars.js';
import { parseXml } from '../../src/xml/parse.js';

const CORPUS = path.resolve('../shared/corpus');

function domainTexts(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...domainTexts(p));
    else if (e.name.endsWith('.xml')) {
      const text = fs.readFileSync(p, 'utf8');
      if (/<domain[\s>]/.test(text)) out.push(text);
    }
  }
  return out;
}

/** Validates `text` with the process's domain grammar (as checkSchema does); the grammar used. */
function validateWithShared(text: string): CompiledGrammar {
  const outcome = grammarFor(undefined, 'domain');
  if (outcome.status !== 'ok') throw new Error(`bundled domain grammar unusable: ${outcome.status}`);
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  validateTree(outcome.grammar, parsed.document.root, text);
  return outcome.grammar;
}

/** A domain whose <metadata> holds `n` elements of names no document had before (open content: valid). */
function newNames(doc: number, n: number): string {
  let meta = '';
  for (let i = 0; i < n; i++) meta += `<x:e${doc}_${i} a${i}='v'/>`;
  return `<domain type='kvm'><name>d${doc}</name><memory>1024</memory><metadata xmlns:x='urn:x'>${meta}</metadata><os><type>hvm</type></os></domain>`;
}

describe('schema: a grammar is refreshed by how much it has memoised', () => {
  beforeEach(() => clearCompiledGrammars());
  after(() => clearCompiledGrammars());

  it('memoSize grows with new documents and not with documents seen before', () => {
    const texts = domainTexts(CORPUS);
    expect(texts.length).to.be.greaterThan(200);
    const g = validateWithShared(texts[0]!);
    const loaded = g.memoSize;
    for (const t of texts) validateWithShared(t);
    const afterOne = g.memoSize;
    expect(afterOne, 'the corpus adds states').to.be.greaterThan(loaded + 1000);
    for (const t of texts) validateWithShared(t);
    expect(g.memoSize, 'a second pass adds nothing').to.equal(afterOne);
  });

  it('a batch of similar documents keeps one grammar past 5,000 documents (the old count bound)', () => {
    const texts = domainTexts(CORPUS);
    const first = validateWithShared(texts[0]!);
    let docs = 0;
    while (docs <= 5200) {
      for (const t of texts) {
        expect(validateWithShared(t)).to.equal(first);
        docs++;
      }
    }
    expect(first.memoSize).to.be.below(MEMO_GROWTH_BEFORE_REFRESH / 2);
  });

  it('documents that keep bringing new names make a fresh grammar, and its growth stays bounded', () => {
    const perDoc = 4000;
    const seen = new Set<CompiledGrammar>();
    let largest = 0;
    for (let doc = 0; doc < 80; doc++) {
      const grammar = validateWithShared(newNames(doc, perDoc));
      seen.add(grammar);
      largest = Math.max(largest, grammar.memoSize);
    }
    expect(seen.size, 'grammars used').to.be.greaterThan(1);
    // Checked between documents: at most what it loaded with, the budget and one document's growth.
    expect(largest, 'largest memoSize').to.be.below(MEMO_GROWTH_BEFORE_REFRESH * 1.25);
  });
});
