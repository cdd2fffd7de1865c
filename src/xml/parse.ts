import type { Diagnostic } from '../types.js';
import { LineIndex } from './positions.js';
import { ScanStop, XmlScanner } from './scan.js';
import type { XmlComment, XmlElement } from './tree.js';

export interface ParseLimits {
  /** Maximum element nesting depth (default 256). */
  readonly maxDepth: number;
  /**
   * Maximum attributes on one element (default 1024; libvirt's busiest elements have a few dozen).
   * Bounds the per-attribute work of every later step on a hostile start tag.
   */
  readonly maxAttributes: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 256, maxAttributes: 1024 };

export interface ParsedDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly root: XmlElement;
  readonly comments: readonly XmlComment[];
}

export type ParseOutcome =
  | { readonly ok: true; readonly document: ParsedDocument }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * Parses XML text safely with virtlint's own scanner (src/xml/scan.ts). A DOCTYPE (and so any
 * entity declaration) is refused before anything in it is interpreted: only the five predefined
 * entities and character references are ever resolved, and nothing is read from files or the
 * network. Every element and attribute keeps its exact source ranges.
 */
export function parseXml(text: string, given: Partial<ParseLimits> = {}): ParseOutcome {
  const limits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...given };
  const lines = new LineIndex(text);
  try {
    const { root, comments } = new XmlScanner(text, lines, limits).scan();
    return { ok: true, document: { text, lines, root, comments } };
  } catch (e) {
    if (e instanceof ScanStop) return { ok: false, diagnostic: e.diagnostic };
    throw e;
  }
}
