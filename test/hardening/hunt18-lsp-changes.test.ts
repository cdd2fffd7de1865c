import { expect } from 'chai';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { changedText, updateDocument } from '../../src/lsp/document-update.js';
import { TestLspClient } from '../lsp/client.js';

/**
 * Hunt 18: one didChange carrying many content changes. The library's TextDocument.update spliced
 * the whole text once per change: 10,000 one-line insertions (a "replace all" sends one change per
 * match) in a 2 MB document held the server 34 s, 40,000 held it 158 s, with no request answered
 * meanwhile (a 64 MB message holds ~700,000). src/lsp/document-update.ts applies them line-wise.
 */

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('hunt 18: didChange with many content changes', function () {
  this.timeout(120000);

  it('the text is what the library makes of the same changes, one at a time (4,000 random batches: CR, LF, CRLF, positions past the ends, negative, reversed, whole-text changes)', () => {
    const rnd = random(18);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const bits = ['a', 'bc', '\n', '\r', '\r\n', '<x/>', '', 'é', '\n\r', 'line\r\nline'];
    const text = (n: number): string => Array.from({ length: n }, () => pick(bits)).join('');
    const coordinate = (max: number): number => pick([-1, 0, 1, 2, Math.floor(rnd() * (max + 2)), max, max + 3, 2 ** 31 - 1, -(2 ** 31)]);
    for (let round = 0; round < 4000; round++) {
      const start = text(Math.floor(rnd() * 12));
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let k = 0, n = 1 + Math.floor(rnd() * 6); k < n; k++) {
        if (rnd() < 0.05) changes.push({ text: text(3) });
        else changes.push({ range: { start: { line: coordinate(4), character: coordinate(6) }, end: { line: coordinate(4), character: coordinate(6) } }, text: text(Math.floor(rnd() * 3)) });
      }
      // Each change on a document made afresh from the text before it: the library's update of one
      // document by several changes keeps a line table that a position past the end corrupts (a hole,
      // then NaN offsets), so it is the meaning of one change at a time that is compared.
      const expected = changes.reduce((before, change) => TextDocument.update(TextDocument.create('file:///x.xml', 'xml', 1, before), [change], 2).getText(), start);
      expect(changedText(start, changes), JSON.stringify({ start, changes })).to.equal(expected);
    }
  });

  it('one document changed again and again, one or two changes at a time: the same text (was: a change past the last line left holes in the line table, and later changes went to the wrong places)', () => {
    const rnd = random(1818);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const bits = ['a', '\n', '\r', '\r\n', '<x/>', ''];
    for (let round = 0; round < 300; round++) {
      let doc = TextDocument.create('file:///x.xml', 'xml', 1, '<a>\n</a>');
      let expected = doc.getText();
      for (let step = 0; step < 20; step++) {
        const lines = doc.lineCount;
        const coordinate = (): number => pick([0, 1, Math.floor(rnd() * lines), lines - 1, lines, lines + 2, -1]);
        const changes: TextDocumentContentChangeEvent[] = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => ({
          range: { start: { line: coordinate(), character: pick([0, 1, 3, 50]) }, end: { line: coordinate(), character: pick([0, 2, 50]) } },
          text: pick(bits) + pick(bits),
        }));
        expected = changes.reduce((before, change) => TextDocument.update(TextDocument.create('file:///x.xml', 'xml', 1, before), [change], 2).getText(), expected);
        doc = updateDocument(doc, changes, step + 2);
        expect(doc.getText(), JSON.stringify(changes)).to.equal(expected);
        expect(doc.version).to.equal(step + 2);
      }
    }
  });

  it('the server after a change past the last line and then a change inside: diagnostics for the editor’s text (was: xml/not-well-formed, its copy holding the document twice)', async () => {
    const { client } = await TestLspClient.start({ debounceMs: 0 });
    try {
      const uri = 'file:///tmp/hunt18-changes/filter.xml';
      const codes = (p: { diagnostics: { code?: unknown }[] }): unknown[] => p.diagnostics.map((d) => d.code);
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, "<filter name='hunt18' chain=' root '>\n</filter>");
      expect(codes(await opened)).to.deep.equal(['nwfilter-value-whitespace']);
      for (const [version, range, text] of [
        [2, { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, '\n'],
        [3, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, '<!--x-->'],
      ] as const) {
        const linted = client.nextDiagnostics(uri, (p) => p.version === version);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
        expect(codes(await linted), `version ${version}`).to.deep.equal(['nwfilter-value-whitespace']);
      }
    } finally {
      client.kill();
    }
  });

  it('10,000 insertions in one didChange on a 2 MB document: hover answered within 5 s (was 34 s), the text right', async () => {
    const { client } = await TestLspClient.start({ debounceMs: 0 });
    try {
      const uri = 'file:///tmp/hunt18-changes/big.xml';
      const body = `${'z'.repeat(79)}\n`.repeat(25000);
      const text = `<domain type='kvm'>\n<name>x</name>\n<description>${body}</description>\n</domain>\n`;
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, text);
      await opened;
      const changes = Array.from({ length: 10000 }, () => ({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'a\n' }));
      const t0 = performance.now();
      const linted = client.nextDiagnostics(uri, (p) => p.version === 2, 100000);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
      // Answered once the change is applied (the server takes messages in order).
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      const ms = performance.now() - t0;
      expect(ms, `hover answered after ${ms.toFixed(0)} ms`).to.be.below(5000);
      await linted;
      // The text is right: the symbols still find the domain, and the 10,000 lines are there.
      const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; endLine: number }[];
      expect(folds.some((f) => f.startLine === 0 && f.endLine >= 35000)).to.equal(true);
    } finally {
      client.kill();
    }
  });
});
