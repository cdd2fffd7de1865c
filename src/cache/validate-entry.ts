/** Shape checks for result-cache entries read from disk (a file anyone may have written). */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

function isPosition(v: unknown): boolean {
  return isObject(v) && isCount(v.line) && isCount(v.column) && isCount(v.offset);
}

function isFix(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.description === 'string' &&
    Array.isArray(v.edits) &&
    v.edits.every((e) => isObject(e) && isCount(e.start) && isCount(e.end) && (e.start as number) <= (e.end as number) && typeof e.text === 'string')
  );
}

export function isValidDiagnostic(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.ruleId === 'string' &&
    (v.severity === 'error' || v.severity === 'warning') &&
    typeof v.message === 'string' &&
    isObject(v.range) &&
    isPosition(v.range.start) &&
    isPosition(v.range.end) &&
    (v.fix === undefined || isFix(v.fix))
  );
}

const KINDS = new Set(['domain', 'network', 'pool', 'volume', 'domainsnapshot', 'domaincheckpoint', 'filter', 'secret', 'interface']);

/** Whether `v` has the shape of a cache entry (key, content hash, diagnostics, notes, kind, mac). */
export function isValidEntryPayload(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.key === 'string' &&
    typeof v.content === 'string' &&
    typeof v.mac === 'string' &&
    Array.isArray(v.diagnostics) &&
    v.diagnostics.every(isValidDiagnostic) &&
    Array.isArray(v.notes) &&
    v.notes.every((n) => typeof n === 'string') &&
    (v.kind === undefined || (typeof v.kind === 'string' && KINDS.has(v.kind)))
  );
}
