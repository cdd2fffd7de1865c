/**
 * The shape of the params of the requests the server answers, checked before their handlers run. The
 * handlers read `params.textDocument.uri`, `params.position`, `params.context.diagnostics` as the
 * protocol types them; without these checks, a client sending none (or a number) got an internal
 * error (a TypeError's message) rather than InvalidParams. Only the shape is required: positions and
 * ranges of any values inside are answered (clamped to the document), as before.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isRange = (v: unknown): boolean => isObject(v) && isObject(v.start) && isObject(v.end);

const DOCUMENT_REQUESTS = new Set(['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange']);

/** Why the params of a request cannot be answered (undefined when they can, or for other methods). */
export function requestProblem(method: string, params: unknown): string | undefined {
  if (method === 'initialize') return initializeProblem(params);
  if (!DOCUMENT_REQUESTS.has(method)) return undefined;
  if (!isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== 'string') return 'params.textDocument.uri must be a string';
  if ((method === 'textDocument/hover' || method === 'textDocument/completion') && !isObject(params.position)) return 'params.position must be an object';
  if (method === 'textDocument/completion' && params.context !== undefined && !isObject(params.context)) return 'params.context must be an object';
  if (method !== 'textDocument/codeAction') return undefined;
  if (!isRange(params.range)) return 'params.range must be a range (start and end positions)';
  const context = params.context;
  if (!isObject(context) || !Array.isArray(context.diagnostics)) return 'params.context.diagnostics must be a list';
  // Not their ranges: Neovim 0.7 sends diagnostics without them (code-actions.ts passes those over).
  if (!context.diagnostics.every(isObject)) return 'params.context.diagnostics must be a list of objects';
  if (context.only !== undefined && !(Array.isArray(context.only) && context.only.every((k) => typeof k === 'string'))) return 'params.context.only must be a list of strings';
  return undefined;
}

/** What the library and the server read of initialize's params before anything else. */
function initializeProblem(params: unknown): string | undefined {
  if (!isObject(params)) return 'params must be an object';
  if (!isObject(params.capabilities)) return 'params.capabilities must be an object';
  const folders = params.workspaceFolders;
  if (folders !== undefined && folders !== null && !Array.isArray(folders)) return 'params.workspaceFolders must be a list or null';
  return undefined;
}
