/**
 * Deployment targets: `libvirt@8.0.0`, `qemu@6.2`. A target names the oldest release a definition
 * must run on; the version table says which release introduced each grammar item.
 */

export type TargetProduct = 'libvirt' | 'qemu';
export const TARGET_PRODUCTS: readonly TargetProduct[] = ['libvirt', 'qemu'];

export interface Target {
  readonly product: TargetProduct;
  /** As written (`8.0.0`, `6.2`), for messages. */
  readonly version: string;
  readonly parts: readonly number[];
}

/** A target string the user must fix (the CLI turns it into a usage error, the config into a config error). */
export class TargetError extends Error {}

const VERSION_RE = /^\d{1,4}(\.\d{1,4}){0,3}$/;

/** `1.2.3` → [1, 2, 3]; undefined for anything else. */
export function parseVersion(text: string): number[] | undefined {
  return VERSION_RE.test(text) ? text.split('.').map(Number) : undefined;
}

/** Compares dotted versions numerically; missing parts count as 0 (`6.2` = `6.2.0`). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Parses `product@version`; throws TargetError with a message that says what is expected. */
export function parseTarget(text: string): Target {
  const m = /^\s*([a-z]+)@(\S+)\s*$/.exec(text);
  const hint = 'expected libvirt@X.Y.Z or qemu@X.Y, e.g. libvirt@8.0.0';
  if (!m) throw new TargetError(`target '${text}': ${hint}`);
  const product = m[1] as string;
  const version = m[2] as string;
  if (!(TARGET_PRODUCTS as readonly string[]).includes(product)) throw new TargetError(`target '${text}': unknown product '${product}'; ${hint}`);
  const parts = parseVersion(version);
  if (!parts) throw new TargetError(`target '${text}': '${version}' is not a version number; ${hint}`);
  return { product: product as TargetProduct, version, parts };
}

/** Parses a list of targets (a single string counts as a list of one). */
export function parseTargets(value: unknown): Target[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!list || list.some((v) => typeof v !== 'string')) throw new TargetError('target: expected a string such as "libvirt@8.0.0" or an array of them');
  return (list as string[]).map(parseTarget);
}

/**
 * The binding target per product: with several targets of one product (hosts on 6.0 and 8.0), a
 * definition must run on the oldest, so that one decides.
 */
export function bindingTargets(targets: readonly Target[]): Map<TargetProduct, Target> {
  const out = new Map<TargetProduct, Target>();
  for (const t of targets) {
    const prev = out.get(t.product);
    if (!prev || compareVersions(t.parts, prev.parts) < 0) out.set(t.product, t);
  }
  return out;
}
