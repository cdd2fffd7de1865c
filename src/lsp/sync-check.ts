/**
 * Checks of the document synchronisation notifications (`didOpen`, `didChange`) before the library's
 * TextDocuments applies them. It takes whatever arrives: a version of 1.5, "2" or 1e300 became the
 * document's version (and was echoed in diagnostics and workspace edits, where the editor expects an
 * integer), a text that is not a string broke every later request on the document, and a change range
 * at line 1.5 cut the text at NaN.
 */

import { clipped, sliceWhole } from '../quote-long.js';

/** The LSP `integer` type: -2^31 to 2^31 - 1. */
const isLspInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= -0x80000000 && (v as number) <= 0x7fffffff;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as JSON, cut short (a log line, not a copy of whatever the client sent). */
const shortly = (v: unknown): string => {
  const s = typeof v === 'string' ? JSON.stringify(sliceWhole(v, 0, 41)) : (JSON.stringify(v) ?? String(v));
  return clipped(s, 40);
};

const isPosition = (p: unknown): boolean => isObject(p) && isLspInteger(p.line) && isLspInteger(p.character);

/** Why a change event cannot be applied, or undefined. */
function changeProblem(change: unknown): string | undefined {
  if (!isObject(change) || typeof change.text !== 'string') return 'a content change without a text';
  if (change.range === undefined) return undefined;
  if (!isObject(change.range) || !isPosition(change.range.start) || !isPosition(change.range.end)) return 'a content change whose range is not two positions of integers';
  return undefined;
}

/**
 * Why a `didOpen`/`didChange` notification cannot be applied (undefined when it can, or for other
 * methods). The server then forgets the document rather than keep a text the editor no longer has.
 */
export function syncProblem(method: string, params: unknown): string | undefined {
  if (method !== 'textDocument/didOpen' && method !== 'textDocument/didChange') return undefined;
  const doc = isObject(params) ? params.textDocument : undefined;
  if (!isObject(doc) || typeof doc.uri !== 'string') return 'no textDocument.uri';
  if (!isLspInteger(doc.version)) return `the version ${shortly(doc.version)} is not an integer`;
  if (method === 'textDocument/didOpen') return typeof doc.text === 'string' ? undefined : 'the text is not a string';
  const changes = (params as Record<string, unknown>).contentChanges;
  if (!Array.isArray(changes)) return 'contentChanges is not a list';
  for (const change of changes) {
    const problem = changeProblem(change);
    if (problem) return problem;
  }
  return undefined;
}

/** The document's URI in a synchronisation notification, when it has one. */
export function syncUri(params: unknown): string | undefined {
  const doc = isObject(params) ? params.textDocument : undefined;
  return isObject(doc) && typeof doc.uri === 'string' ? doc.uri : undefined;
}

/**
 * Why another notification whose params the library reads cannot be taken (it is then dropped): it
 * reads `textDocument.uri` of didClose and didSave, `event` of didChangeWorkspaceFolders and `value`
 * of $/setTrace, and logged a TypeError for each one without them.
 */
export function notificationProblem(method: string, params: unknown): string | undefined {
  switch (method) {
    case 'textDocument/didClose':
    case 'textDocument/didSave':
      return syncUri(params) === undefined ? 'no textDocument.uri' : undefined;
    case 'workspace/didChangeWorkspaceFolders':
    case '$/setTrace':
      return isObject(params) ? undefined : 'params must be an object';
    default:
      return undefined;
  }
}
