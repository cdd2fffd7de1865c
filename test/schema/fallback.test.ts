import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { schemaEngineFor } from '../../src/schema/check.js';
import { engineDiagnostics } from '../../src/schema/map-issues.js';
import { parseXml } from '../../src/xml/parse.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * Without a grammar index (a schema set virtlint cannot index), the engine's own report is mapped:
 * positions stay exact where libxml2 names the element, and cascades on ancestors are dropped.
 */
describe('schema diagnostics without the grammar index (engine report only)', () => {
  function engineOnly(file: string): { text: string; diags: ReturnType<typeof engineDiagnostics> } {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error(parsed.diagnostic.message);
    const outcome = schemaEngineFor(undefined).validate(text, 'network');
    if (outcome.status !== 'checked') throw new Error(`bundled network grammar unusable: ${outcome.status}`);
    expect(outcome.issues.length, 'libxml2 rejects the fixture').to.be.greaterThan(0);
    return { text, diags: engineDiagnostics(parsed.document, outcome.issues) };
  }

  it('an attribute libxml2 rejects is reported on that attribute, once', () => {
    const { text, diags } = engineOnly('test/fixtures/grammar/network/invalid-ip-via.xml');
    expect(diags).to.have.length(1);
    expect(text.slice(diags[0]!.range.start.offset, diags[0]!.range.end.offset)).to.match(/^via=["'][^"']+["']$/);
    expect(diags[0]!.message).to.include("'via'").and.include('<ip>');
  });

  it('a bad enumerated value is reported on its element, not on every ancestor', () => {
    const { text, diags } = engineOnly('test/fixtures/grammar/network/invalid-forward-mode.xml');
    expect(diags).to.have.length(1);
    const line = text.split('\n')[diags[0]!.range.start.line - 1]!;
    expect(line).to.include('<forward');
  });
});
