/**
 * Registers the structure requests (document symbols, folding ranges) on a connection. They need
 * only the document's text, not a lint run, so they are answered straight from the open document.
 * Editors ask for both after each change: the parse of the last version asked about is kept for the
 * second request.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ParsedDocument, parseXml } from '../xml/parse.js';
import { foldingRangesOf } from './folding.js';
import { documentSymbolsOf } from './symbols.js';

/** `isLibvirt` keeps other XML alone, as diagnostics do. */
export function registerOutline(connection: Connection, documents: TextDocuments<TextDocument>, isLibvirt: (doc: TextDocument) => boolean): void {
  let last: { uri: string; version: number; parsed: ParsedDocument | undefined } | undefined;
  /** The parsed document (undefined when not libvirt XML or not well-formed). */
  const parsedFor = (uri: string): ParsedDocument | undefined => {
    const doc = documents.get(uri);
    if (!doc || !isLibvirt(doc)) return undefined;
    if (last?.uri !== uri || last.version !== doc.version) {
      const outcome = parseXml(doc.getText());
      last = { uri, version: doc.version, parsed: outcome.ok ? outcome.document : undefined };
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
    return parsed ? foldingRangesOf(parsed) : [];
  });
}
