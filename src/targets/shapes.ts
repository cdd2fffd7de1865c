/**
 * Shapes: what a newer libvirt's schema relaxed without adding an element, attribute or value, so
 * that no item of the version table names it — a value range it widened, an attribute it made
 * optional, a child it lets repeat. They live in schemas/versions/shapes.json, each with its
 * release: `since` where libvirt's documentation gives it, else `after` → `by` from libvirt's own
 * schemas as the ladder has them, and `lackedFrom` where older releases' schemas took the shape and
 * a later one dropped it (a target before `lackedFrom` is never reported). The target check asks
 * `shapeFindings` for each element it walks.
 */
import fs from 'node:fs';
import type { Range } from '../types.js';
import type { XmlElement } from '../xml/tree.js';
import { compareVersions, parseVersion } from './target.js';

export const SHAPES_FILE = 'shapes.json';

export interface Shape {
  /** The element's key; `*` stands for one or more element steps (as in the version table). */
  readonly element: string;
  readonly description: string;
  readonly since?: string;
  readonly after?: string;
  readonly by?: string;
  readonly lackedFrom?: string;
  /** The shape is the element without this attribute. */
  readonly without?: string;
  /** The shape is one of these attributes with a whole number above `above`. */
  readonly attributes?: readonly string[];
  readonly above?: string;
  /** The shape is a second child element of this name. */
  readonly repeated?: string;
}

interface CompiledShape {
  readonly shape: Shape;
  readonly re: RegExp;
  /** The element's own name (the key's last step), a cheap first test; undefined for `*`. */
  readonly name: string | undefined;
  readonly since?: readonly number[];
  readonly after?: readonly number[];
  readonly lackedFrom?: readonly number[];
  readonly above?: bigint;
}

/** A shapes file with a wrong shape, reported with the file and the entry. */
export class ShapesError extends Error {}

const compileKey = (key: string): RegExp =>
  new RegExp(`^${key.split('/').map((s) => (s === '*' ? '(?:[^/@=]+/)*[^/@=]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);

function compile(s: Shape, where: string): CompiledShape {
  const version = (field: 'since' | 'after' | 'by' | 'lackedFrom'): readonly number[] | undefined => {
    const v = s[field];
    if (v === undefined) return undefined;
    const parts = typeof v === 'string' ? parseVersion(v) : undefined;
    if (!parts) throw new ShapesError(`${where}: ${field} must be a version such as "9.3.0"`);
    return parts;
  };
  if (typeof s.element !== 'string' || s.element === '' || typeof s.description !== 'string' || s.description.trim() === '') {
    throw new ShapesError(`${where}: needs an element key and a description`);
  }
  const tests = [s.without !== undefined, s.above !== undefined, s.repeated !== undefined].filter(Boolean).length;
  if (tests !== 1) throw new ShapesError(`${where}: give exactly one of without, above (with attributes) and repeated`);
  if (s.above !== undefined && (!/^[0-9]+$/.test(s.above) || !Array.isArray(s.attributes) || s.attributes.length === 0)) {
    throw new ShapesError(`${where}: above must be a whole number, with the attributes it applies to`);
  }
  if (s.since === undefined && (s.after === undefined || s.by === undefined)) throw new ShapesError(`${where}: give since, or after and by`);
  for (const k of Object.keys(s)) {
    if (!['element', 'description', 'since', 'after', 'by', 'lackedFrom', 'without', 'attributes', 'above', 'repeated'].includes(k)) throw new ShapesError(`${where}: unknown key '${k}'`);
  }
  const since = version('since');
  const after = version('after');
  const lackedFrom = version('lackedFrom');
  version('by');
  return {
    shape: s,
    re: compileKey(s.element),
    name: s.element.endsWith('/*') ? undefined : s.element.slice(s.element.lastIndexOf('/') + 1),
    ...(since ? { since } : {}),
    ...(after ? { after } : {}),
    ...(lackedFrom ? { lackedFrom } : {}),
    ...(s.above !== undefined ? { above: BigInt(s.above) } : {}),
  };
}

/** The shapes of a file (`{ "source", "shapes": [...] }`), or none when there is no such file. */
export function readShapes(file: string): Shapes {
  if (!fs.existsSync(file)) return new Shapes([]);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ShapesError(`${SHAPES_FILE}: ${(e as Error).message}`);
  }
  const list = (raw as { shapes?: unknown }).shapes;
  if (!Array.isArray(list)) throw new ShapesError(`${SHAPES_FILE}: expected { source, shapes: [...] }`);
  return new Shapes(list.map((s, i) => compile(s as Shape, `${SHAPES_FILE}: shapes[${i}]`)));
}

export interface ShapeFinding {
  readonly range: Range;
  /** What the document has, in words: "`<route>` without `address`". */
  readonly what: string;
  /** Why the target cannot take it: "needs libvirt ≥ 9.3.0" or "is not in libvirt 10.0.0's schema (it is in 11.3.0's)". */
  readonly why: string;
}

const quote = (v: string): string => (v.includes("'") ? `"${v}"` : `'${v}'`);

export class Shapes {
  constructor(private readonly list: readonly CompiledShape[]) {}

  get size(): number {
    return this.list.length;
  }

  /** Whether a libvirt target (its version's parts) cannot take the shape. */
  private blocked(s: CompiledShape, target: readonly number[]): boolean {
    if (s.lackedFrom && compareVersions(target, s.lackedFrom) < 0) return false;
    if (s.since) return compareVersions(s.since, target) > 0;
    return s.after !== undefined && compareVersions(target, s.after) <= 0;
  }

  /** The shapes an element of this key has that a libvirt target cannot take. */
  findings(key: string, el: XmlElement, target: readonly number[]): ShapeFinding[] {
    const out: ShapeFinding[] = [];
    for (const s of this.list) {
      if ((s.name !== undefined && s.name !== el.name) || !s.re.test(key) || !this.blocked(s, target)) continue;
      const why = s.shape.since ? `needs libvirt ≥ ${s.shape.since}` : `is not in libvirt ${s.shape.after}'s schema (it is in ${s.shape.by}'s)`;
      const { without, repeated, attributes } = s.shape;
      if (without !== undefined) {
        if (!el.attributes.some((a) => a.name === without)) out.push({ range: el.nameRange, what: `\`<${el.name}>\` without \`${without}\``, why });
      } else if (repeated !== undefined) {
        const second = el.children.filter((c) => c.name === repeated)[1];
        if (second) out.push({ range: second.nameRange, what: `a second \`<${repeated}>\` in \`<${el.name}>\``, why });
      } else if (s.above !== undefined) {
        for (const a of el.attributes) {
          if (!attributes?.includes(a.name) || !/^[0-9]+$/.test(a.value) || BigInt(a.value) <= s.above) continue;
          out.push({ range: a.range, what: `\`<${el.name} ${a.name}=${quote(a.value)}>\`, above ${s.shape.above},`, why });
        }
      }
    }
    return out;
  }
}
