/**
 * Name classes (spec section 4.x / 7.3): interned so that identity can key memo tables, with the
 * `contains` test the derivatives need and the `overlap` test the section 7 restrictions need.
 */
import { type QName } from './api.js';

export type NameClass =
  | { readonly id: number; readonly k: 'name'; readonly ns: string; readonly local: string }
  | { readonly id: number; readonly k: 'anyName'; readonly except: NameClass | null }
  | { readonly id: number; readonly k: 'nsName'; readonly ns: string; readonly except: NameClass | null }
  | { readonly id: number; readonly k: 'choice'; readonly a: NameClass; readonly b: NameClass };

/** Interning table for name classes (one per compiled grammar / process; ids are stable within it). */
export class NameClassTable {
  private readonly byKey = new Map<string, NameClass>();
  readonly all: NameClass[] = [];

  private intern(key: string, make: (id: number) => NameClass): NameClass {
    let nc = this.byKey.get(key);
    if (!nc) {
      nc = make(this.all.length);
      this.all.push(nc);
      this.byKey.set(key, nc);
    }
    return nc;
  }

  name(ns: string, local: string): NameClass {
    return this.intern(`n${ns}\u0000${local}`, (id) => nameClass(id, 'name', ns, local, null, null, null));
  }
  anyName(except: NameClass | null): NameClass {
    return this.intern(`a${except ? except.id : ''}`, (id) => nameClass(id, 'anyName', '', '', except, null, null));
  }
  nsName(ns: string, except: NameClass | null): NameClass {
    return this.intern(`s${except ? except.id : ''}\u0000${ns}`, (id) => nameClass(id, 'nsName', ns, '', except, null, null));
  }
  choice(a: NameClass, b: NameClass): NameClass {
    if (a === b) return a;
    return this.intern(`c${a.id},${b.id}`, (id) => nameClass(id, 'choice', '', '', null, a, b));
  }
}

/**
 * Every kind of name class as objects of one shape (the fields of the others empty): ncContains
 * runs inlined in the validator's hottest functions, and a second shape met there after they
 * were optimised (a first choice of names) deoptimised them.
 */
function nameClass(id: number, k: NameClass['k'], ns: string, local: string, except: NameClass | null, a: NameClass | null, b: NameClass | null): NameClass {
  return { id, k, ns, local, except, a, b } as NameClass;
}

export function ncContains(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.k) {
    case 'name':
      return nc.ns === ns && nc.local === local;
    case 'anyName':
      return !nc.except || !ncContains(nc.except, ns, local);
    case 'nsName':
      return nc.ns === ns && (!nc.except || !ncContains(nc.except, ns, local));
    case 'choice':
      return ncContains(nc.a, ns, local) || ncContains(nc.b, ns, local);
  }
}

/** A namespace/local name that no real document uses: stands for "any other name" in overlap tests. */
const ILLEGAL = '\u0000illegal';

function representatives(nc: NameClass, out: QName[]): void {
  switch (nc.k) {
    case 'name':
      out.push({ ns: nc.ns, local: nc.local });
      break;
    case 'anyName':
      out.push({ ns: ILLEGAL, local: ILLEGAL });
      if (nc.except) representatives(nc.except, out);
      break;
    case 'nsName':
      out.push({ ns: nc.ns, local: ILLEGAL });
      if (nc.except) representatives(nc.except, out);
      break;
    case 'choice':
      representatives(nc.a, out);
      representatives(nc.b, out);
      break;
  }
}

/** True when some name belongs to both classes (spec 7.3, "overlap"). */
export function ncOverlap(a: NameClass, b: NameClass): boolean {
  const names: QName[] = [];
  representatives(a, names);
  representatives(b, names);
  return names.some((n) => ncContains(a, n.ns, n.local) && ncContains(b, n.ns, n.local));
}

/** True when the class contains infinitely many names (anyName / nsName somewhere). */
export function ncInfinite(nc: NameClass): boolean {
  switch (nc.k) {
    case 'name':
      return false;
    case 'anyName':
    case 'nsName':
      return true;
    case 'choice':
      return ncInfinite(nc.a) || ncInfinite(nc.b);
  }
}

/** The names a class offers, wildcards as `*` (for `Expected`). Excepts are not subtracted. */
export function ncNames(nc: NameClass, out: QName[]): void {
  switch (nc.k) {
    case 'name':
      out.push({ ns: nc.ns, local: nc.local });
      break;
    case 'anyName':
      out.push({ ns: '*', local: '*' });
      break;
    case 'nsName':
      out.push({ ns: nc.ns, local: '*' });
      break;
    case 'choice':
      ncNames(nc.a, out);
      ncNames(nc.b, out);
      break;
  }
}
