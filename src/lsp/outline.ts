/**
 * Registers the structure requests (document symbols, folding ranges) on a connection. They need
 * only the document's text, not a lint run, so they are answered straight from the open document.
 * Editors ask for both after each change: the parse of the last version asked about is kept for the
 * second request. The document is parsed with the server's `maxDepth`, as linting parses it: a
 * document the linter accepts has an outline and folds too.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ParsedDocument, parseXml } from '../xml/parse.js';
import { DEFAULT_FOLDING_RANGE_LIMIT, foldingRangesOf } from './folding.js';
import { documentSymbolsOf } from './symbols.js';

/** What the structure requests depend on, known once the editor has initialized the server. */
export interface OutlineSettings {
  /** The server's `maxDepth` (initialization option); the parser's default when undefined. */
  readonly maxDepth?: number | undefined;
  /** The editor's `foldingRange.rangeLimit` capability: most folding ranges it wants. */
  readonly rangeLimit?: number | undefined;
}

/** `isLibvirt` keeps other XML alone, as diagnostics do. `settings` is read on each request. */
export function registerOutline(connection: Connection, documents: TextDocuments<TextDocument>, isLibvirt: (doc: TextDocument) => boolean, settings: () => OutlineSettings): void {
  /** Keyed by the text too: a client may open a document again, or change it, without a new version. */
  let last: { uri: string; version: number; text: string; parsed: ParsedDocument | undefined } | undefined;
  /** The parsed document (undefined when not libvirt XML or not well-formed). */
  const parsedFor = (uri: string): ParsedDocument | undefined => {
    const doc = documents.get(uri);
    if (!doc || !isLibvirt(doc)) return undefined;
    const text = doc.getText();
    if (last?.uri !== uri || last.version !== doc.version || last.text !== text) {
      const { maxDepth } = settings();
      const outcome = parseXml(text, maxDepth ? { maxDepth } : {});
      last = { uri, version: doc.version, text, parsed: outcome.ok ? outcome.document : undefined };
    }
    return last.parsed;
  };
  documents.onDidClose(({ document }) => {
    if (last?.uri === document.uri) last = undefined;
  });
  connection.onDocumentSymbol((params) => {
    const parsed = parsedFor(params.textDocument.uri);
    return parsed ? documentSymbolsOf(parsed) : [];
  });
  connection.onFoldingRanges((params) => {
    const parsed = parsedFor(params.textDocument.uri);
    const { rangeLimit } = settings();
    return parsed ? foldingRangesOf(parsed, rangeLimit !== undefined && Number.isSafeInteger(rangeLimit) && rangeLimit >= 0 ? rangeLimit : DEFAULT_FOLDING_RANGE_LIMIT) : [];
  });
}
