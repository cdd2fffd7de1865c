import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_DIAGNOSTICS_PER_RULE } from '../../src/linter/limits.js';
import { validateTree } from '../../src/schema/feed.js';
import { walkFindings } from '../../src/schema/findings.js';
import { grammarFor } from '../../src/schema/grammars.js';
import type { Diagnostic } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * Without a grammar index (a schema set virtlint cannot index, a page whose model could not be
 * loaded), the engine's errors alone are worded: positions stay exact (the engine names the node at
 * fault) and nothing lands on ancestors. Through the schema step's findings (findings.ts, which the
 * command line's step and the page's share) with a loader that has no index, bound as lintText
 * bounds it.
 */
describe('schema diagnostics without the grammar index (engine errors only)', () => {
  async function engineOnly(file: string): Promise<{ text: string; diags: Diagnostic[] }> {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error(parsed.diagnostic.message);
    const grammar = grammarFor(undefined, 'network');
    if (grammar.status !== 'ok') throw new Error(`bundled network grammar unusable: ${grammar.status}`);
    const result = validateTree(grammar.grammar, parsed.document.root, text);
    expect(result.errors.length, 'the engine rejects the fixture').to.be.greaterThan(0);
    const bound = { keepPerRule: MAX_DIAGNOSTICS_PER_RULE + 1, omitted: new Map<string, number>() };
    return { text, diags: await walkFindings(parsed.document, result, () => () => undefined, bound) };
  }

  it('an attribute the engine rejects is reported on that attribute, once', async () => {
    const { text, diags } = await engineOnly('test/fixtures/grammar/network/invalid-ip-via.xml');
    expect(diags).to.have.length(1);
    // On the attribute's name (the value is not what is wrong).
    expect(text.slice(diags[0]!.range.start.offset, diags[0]!.range.end.offset)).to.equal('via');
    expect(diags[0]!.message).to.include("'via'").and.include('<ip>');
  });

  it('a bad enumerated value is reported on its element, not on every ancestor', async () => {
    const { text, diags } = await engineOnly('test/fixtures/grammar/network/invalid-forward-mode.xml');
    expect(diags).to.have.length(1);
    const line = text.split('\n')[diags[0]!.range.start.line - 1]!;
    expect(line).to.include('<forward');
  });
});
