/**
 * A grammar file past the scanner's limits (GRAMMAR_PARSE_LIMITS, the engine's) is refused by the
 * grammar model with words for a grammar file, not those for documents ("libvirt XML never needs
 * this", which the model said before).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrammarLoadError, loadGrammar } from '../../src/grammar/load.js';
import { GRAMMAR_PARSE_LIMITS } from '../../src/relaxng/syntax.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';

function loadError(grammar: string): { file: string; message: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-load-limits-'));
  try {
    const file = path.join(dir, 'domain.rng');
    fs.writeFileSync(file, grammar);
    try {
      loadGrammar(dir, file);
    } catch (e) {
      expect(e).to.be.instanceOf(GrammarLoadError);
      return { file, message: (e as Error).message };
    }
    throw new Error('loaded');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('grammar model: a grammar file past the parse limits, worded for a grammar', () => {
  it('elements nested deeper than the limit', () => {
    const k = GRAMMAR_PARSE_LIMITS.maxDepth; // <grammar>, <start>, <element> and k <group>s
    const { file, message } = loadError(`<grammar xmlns="${RNG}">\n<start><element name="domain">\n${'<group>'.repeat(k)}<empty/>${'</group>'.repeat(k)}</element></start></grammar>\n`);
    expect(message).to.equal(`${file}:3: Elements are nested more than 512 levels deep, the most a grammar file may nest`);
  });

  it('an element with more attributes than the limit', () => {
    const attributes = Array.from({ length: GRAMMAR_PARSE_LIMITS.maxAttributes + 1 }, (_, i) => ` x:a${i}=""`).join('');
    const { file, message } = loadError(`<grammar xmlns="${RNG}" xmlns:x="urn:x">\n<start>\n<element name="domain"${attributes}><empty/></element></start></grammar>\n`);
    expect(message).to.equal(`${file}:3: <element> has more than 1024 attributes, the most an element of a grammar file may have`);
  });
});
