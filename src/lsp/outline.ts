/**
 * Registers the structure requests (document symbols, folding ranges) on a connection. They need
 * only the document's text, not a lint run, so they are answered straight from the open document.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges } from './folding.js';
import { documentSymbols } from './symbols.js';

/** `isLibvirt` keeps other XML alone, as diagnostics do. */
export function registerOutline(connection: Connection, documents: TextDocuments<TextDocument>, isLibvirt: (doc: TextDocument) => boolean): void {
  connection.onDocumentSymbol((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && isLibvirt(doc) ? documentSymbols(doc.getText()) : [];
  });
  connection.onFoldingRanges((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && isLibvirt(doc) ? foldingRanges(doc.getText()) : [];
  });
}
