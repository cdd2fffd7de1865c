/**
 * The version table: which libvirt release introduced each element, attribute and enumerated value
 * of the bundled domain grammar, with a one-line description. It lives next to the grammar, in
 * schemas/versions/*.json (one file per grammar area, see schemas/versions/README.md), keyed by
 * document path:
 *
 *   domain/devices/disk/driver                 the element
 *   domain/devices/disk/driver/@ioeventfd      an attribute
 *   domain/devices/disk/target/@bus=virtio     an enumerated attribute value
 *   domain/on_crash=coredump-destroy           an enumerated text value
 *   domain/devices/ * /address/@type=ccw       a shared definition: `*` is one or more steps (no spaces)
 *
 * Namespaced names use the prefixes of NAMESPACE_PREFIXES (`qemu:commandline`). An attribute or
 * element entry may list `values` that arrived together with it; they take its version.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableKeyOf } from './embedded-domains.js';
import { type Ladder, LADDER_FILE, type LadderBound, readLadder } from './ladder.js';
import { readShapes, type Shapes, SHAPES_FILE } from './shapes.js';
import { compareVersions, parseVersion } from './target.js';

export const BUNDLED_VERSIONS_DIR = fileURLToPath(new URL('../../../schemas/versions/', import.meta.url));

/**
 * Short prefixes for the extension namespaces of the domain, network and storage pool formats, as
 * libvirt's docs write them (`network/dnsmasq:options`, `pool/fs:mount_opts`).
 */
export const NAMESPACE_PREFIXES: Readonly<Record<string, string>> = {
  'http://libvirt.org/schemas/domain/qemu/1.0': 'qemu',
  'http://libvirt.org/schemas/domain/lxc/1.0': 'lxc',
  'http://libvirt.org/schemas/domain/bhyve/1.0': 'bhyve',
  'http://libvirt.org/schemas/domain/xen/1.0': 'xen',
  'http://libvirt.org/schemas/domain/vmware/1.0': 'vmware',
  'http://libvirt.org/schemas/network/dnsmasq/1.0': 'dnsmasq',
  'http://libvirt.org/schemas/storagepool/fs/1.0': 'fs',
  'http://libvirt.org/schemas/storagepool/rbd/1.0': 'rbd',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** One item's facts, as written in a table file. */
export interface VersionEntry {
  /**
   * The libvirt release that introduced the item, where libvirt's documentation or release notes
   * say; absent for an item written down for its description only (its release undocumented).
   */
  readonly since?: string;
  /** One line in virtlint's words. */
  readonly description: string;
  /** Values of this attribute (or element text) that arrived together with it. */
  readonly values?: readonly string[];
  /** The QEMU release the item needs, when libvirt's docs name one. */
  readonly qemu?: string;
}

export interface ResolvedEntry extends VersionEntry {
  /** The table key that matched (a `*` key for shared definitions). */
  readonly key: string;
  readonly sinceParts?: readonly number[];
  readonly qemuParts?: readonly number[];
}

export interface TableFile {
  readonly file: string;
  readonly area: string;
  readonly source: string;
  readonly items: Readonly<Record<string, VersionEntry>>;
}

/** A table file with a wrong shape: reported with the file and key, so the fix is obvious. */
export class VersionTableError extends Error {}

/** A key split into its element steps and its tail (`@attr`, `@attr=value`, `=value` or ''). */
export function splitKey(key: string): { steps: string[]; tail: string } {
  const at = key.indexOf('/@');
  const eq = key.indexOf('=');
  let cut = key.length;
  if (at >= 0) cut = at;
  else if (eq >= 0) cut = eq;
  const steps = key.slice(0, cut).split('/');
  const tail = at >= 0 ? key.slice(at + 1) : key.slice(cut);
  return { steps, tail: tail && !tail.startsWith('=') ? `/${tail}` : tail };
}

function checkEntry(file: string, key: string, e: unknown): VersionEntry {
  const where = `${file}: "${key}"`;
  if (typeof e !== 'object' || e === null) throw new VersionTableError(`${where}: expected an object with a description (and since)`);
  const o = e as Record<string, unknown>;
  if (o.since !== undefined && (typeof o.since !== 'string' || !parseVersion(o.since))) throw new VersionTableError(`${where}: since must be a version such as "0.9.3"`);
  if (typeof o.description !== 'string' || o.description.trim() === '') throw new VersionTableError(`${where}: description must be a non-empty string`);
  if (o.values !== undefined && (!Array.isArray(o.values) || o.values.some((v) => typeof v !== 'string'))) {
    throw new VersionTableError(`${where}: values must be an array of strings`);
  }
  if (o.qemu !== undefined && (typeof o.qemu !== 'string' || !parseVersion(o.qemu))) throw new VersionTableError(`${where}: qemu must be a version such as "5.0"`);
  for (const k of Object.keys(o)) {
    if (!['since', 'description', 'values', 'qemu'].includes(k)) throw new VersionTableError(`${where}: unknown key '${k}'`);
  }
  return o as unknown as VersionEntry;
}

/** Reads every table file of a directory (sorted by name, so a duplicate key is reported the same way each time). */
export function readTableFiles(dir: string): TableFile[] {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== LADDER_FILE && n !== SHAPES_FILE).sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new VersionTableError(`${name}: ${(e as Error).message}`);
    }
    const o = raw as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || typeof o.items !== 'object' || o.items === null) throw new VersionTableError(`${name}: expected { area, source, items }`);
    if (typeof o.area !== 'string' || typeof o.source !== 'string') throw new VersionTableError(`${name}: area and source must be strings`);
    const items: Record<string, VersionEntry> = {};
    for (const [key, e] of Object.entries(o.items as Record<string, unknown>)) items[key] = checkEntry(name, key, e);
    return { file: name, area: o.area, source: o.source, items };
  });
}

/** A key with `*` steps, compiled: `*` stands for one or more element steps. */
interface PatternEntry {
  readonly re: RegExp;
  /** Characters that are not `*`: the more, the more specific (it wins over a less specific one). */
  readonly specificity: number;
  readonly entry: ResolvedEntry;
}

function compilePattern(key: string): RegExp {
  const { steps, tail } = splitKey(key);
  const body = steps.map((s) => (s === '*' ? '(?:[^/@=]+/)*[^/@=]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${body}${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export class VersionTable {
  private readonly exact = new Map<string, ResolvedEntry>();
  /** Entries whose key has `*` steps (shared definitions such as a device's `<address>`). */
  private readonly patterns: PatternEntry[] = [];

  /**
   * `ladder`: bounds from libvirt's own schemas for the items without a documented release;
   * `shapes`: what newer schemas relaxed without a new item (shapes.ts).
   */
  constructor(
    readonly files: readonly TableFile[],
    readonly ladder?: Ladder,
    readonly shapes?: Shapes,
  ) {
    const seen = new Map<string, string>();
    for (const f of files) {
      for (const [key, e] of Object.entries(f.items)) {
        if (seen.has(key)) throw new VersionTableError(`${f.file}: "${key}" is also in another table file`);
        seen.set(key, f.file);
        const resolved: ResolvedEntry = {
          ...e,
          key,
          ...(e.since ? { sinceParts: parseVersion(e.since) as number[] } : {}),
          ...(e.qemu ? { qemuParts: parseVersion(e.qemu) as number[] } : {}),
        };
        if (splitKey(key).steps.includes('*')) this.patterns.push({ re: compilePattern(key), specificity: key.replace(/\*/g, '').length, entry: resolved });
        else this.exact.set(key, resolved);
      }
    }
    this.patterns.sort((a, b) => b.specificity - a.specificity);
  }

  get size(): number {
    return this.exact.size + this.patterns.length;
  }

  /** Pattern answers by key: documents repeat the same paths, and a pattern scan is linear. */
  private readonly patternMemo = new Map<string, ResolvedEntry | null>();

  /** The entry written for exactly this key, else the most specific `*` key that matches it. */
  private lookup(key: string): ResolvedEntry | undefined {
    const hit = this.exact.get(key);
    if (hit) return hit;
    let found = this.patternMemo.get(key);
    if (found === undefined) {
      found = this.patterns.find((p) => p.re.test(key))?.entry ?? null;
      // Bounded: a hostile document may invent any number of distinct paths.
      if (this.patternMemo.size >= 50_000) this.patternMemo.clear();
      this.patternMemo.set(key, found);
    }
    return found ?? undefined;
  }

  /**
   * The facts for a key. A value key (`…/@bus=virtio`, `…/on_crash=destroy`) without its own entry
   * takes the entry of its attribute or element when that lists the value among `values`. What a
   * snapshot's or checkpoint's embedded domain holds has the domain's facts (tableKeyOf).
   */
  entry(documentKey: string): ResolvedEntry | undefined {
    const key = tableKeyOf(documentKey);
    const own = this.lookup(key);
    if (own) return own;
    const { steps, tail } = splitKey(key);
    const eq = tail.indexOf('=');
    if (eq < 0) return undefined;
    const owner = this.lookup(steps.join('/') + tail.slice(0, eq));
    return owner?.values?.includes(tail.slice(eq + 1)) ? owner : undefined;
  }

  /**
   * The ladder's bound for a key whose entry gives no release (a documented `since` always wins),
   * or undefined.
   */
  bound(documentKey: string): LadderBound | undefined {
    const key = tableKeyOf(documentKey);
    if (this.entry(key)?.since) return undefined;
    return this.ladder?.bound(key);
  }
}

let bundled: VersionTable | undefined;

/** The bundled table, read once per process. Throws VersionTableError for a broken table file. */
export function bundledVersionTable(): VersionTable {
  bundled ??= new VersionTable(
    readTableFiles(BUNDLED_VERSIONS_DIR),
    readLadder(path.join(BUNDLED_VERSIONS_DIR, LADDER_FILE)),
    readShapes(path.join(BUNDLED_VERSIONS_DIR, SHAPES_FILE)),
  );
  return bundled;
}

/** Whether `since` is newer than a target version. */
export const newerThan = (since: readonly number[], target: readonly number[]): boolean => compareVersions(since, target) > 0;
