/**
 * Adapter between names as typed in a document (`qemu:commandline`) and the grammar index's names
 * (`local`, or `{uri}local` for namespaced ones), using the namespace declarations the scanner saw.
 */
import type { ScannedElement } from './context.js';

/** Prefix → namespace URI declared on the chain of open elements (innermost wins). */
export function namespaceScope(path: readonly ScannedElement[]): Map<string, string> {
  const scope = new Map<string, string>();
  for (const el of path) addDeclarations(el, scope);
  return scope;
}

function addDeclarations(el: ScannedElement, scope: Map<string, string>): void {
  for (const [name, value] of el.attributes) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
}

function declares(el: ScannedElement): boolean {
  for (const name of el.attributes.keys()) if (name === 'xmlns' || name.startsWith('xmlns:')) return true;
  return false;
}

/**
 * namespaceScope of every prefix of the chain (`[i]` is the scope at `path[i]`) in one pass: an
 * element that declares nothing shares its parent's map. Asking namespaceScope per element is
 * quadratic, and `--max-depth` may allow chains 100,000 elements long.
 */
export function namespaceScopes(path: readonly ScannedElement[]): ReadonlyMap<string, string>[] {
  const out: ReadonlyMap<string, string>[] = [];
  let scope = new Map<string, string>();
  for (const el of path) {
    if (declares(el)) {
      scope = new Map(scope);
      addDeclarations(el, scope);
    }
    out.push(scope);
  }
  return out;
}

/** The grammar's name for a qualified name typed in the document. */
export function grammarName(qname: string, scope: ReadonlyMap<string, string>): string {
  const i = qname.indexOf(':');
  const prefix = i < 0 ? '' : qname.slice(0, i);
  const local = i < 0 ? qname : qname.slice(i + 1);
  const ns = scope.get(prefix) ?? '';
  return ns ? `{${ns}}${local}` : local;
}

/** Grammar names of a chain of open elements, each in the namespace scope of its own start tag. */
export function grammarPath(path: readonly ScannedElement[]): string[] {
  const scopes = namespaceScopes(path);
  return path.map((el, i) => grammarName(el.name, scopes[i] as ReadonlyMap<string, string>));
}

/**
 * How to write a grammar name in the document: its local name when it has no namespace, `prefix:local`
 * when a prefix for its namespace is in scope, and undefined when none is (offering it would produce
 * an element the grammar does not recognise).
 */
export function typedName(name: string, scope: ReadonlyMap<string, string>): string | undefined {
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  if (!m) return (scope.get('') ?? '') === '' ? name : undefined;
  const [, ns, local] = m;
  for (const [prefix, uri] of scope) if (uri === ns) return prefix ? `${prefix}:${local}` : local;
  return undefined;
}

/** Like typedName for attributes, which are in no namespace unless prefixed (the default namespace does not apply). */
export function typedAttributeName(name: string, scope: ReadonlyMap<string, string>): string | undefined {
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  if (!m) return name;
  const [, ns, local] = m;
  for (const [prefix, uri] of scope) if (prefix && uri === ns) return `${prefix}:${local}`;
  return undefined;
}
