import { DIAGNOSTIC_IDS } from './diagnostic-ids.js';
import { editDistanceAtMost } from './edit-distance.js';
import { kindOfRoot, SUPPORTED_ROOTS } from './schema/kinds.js';
import type { Diagnostic, DocumentKind } from './types.js';
import type { XmlElement } from './xml/tree.js';

/**
 * Is this XML a libvirt document? Repositories hold other XML too (logo.svg, pom.xml, IDE files),
 * and a hook with `types: [xml]` passes them all. Three answers:
 * - a libvirt kind virtlint checks (root element name, no namespace);
 * - a near miss — a libvirt root in a namespace, or one typo away from one (`<domian>`): an error,
 *   since that file was surely meant to be a libvirt document;
 * - anything else: not libvirt, skipped (reported only when `schema/unknown-root` is enabled).
 */
export type RootVerdict =
  | { readonly kind: DocumentKind }
  | { readonly nearMiss: Diagnostic }
  | { readonly notLibvirt: Diagnostic };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The libvirt root a name is a typo of: one edit for short names, two for long ones (domainsnapshot); plurals are not typos. */
function typoOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const root of SUPPORTED_ROOTS) {
    if (lower === root) return root; // <Domain>: XML names are case-sensitive
    if (lower === `${root}s`) continue; // <domains>, <interfaces>: a list of them, another format
    if (editDistanceAtMost(lower, root, root.length >= 9 ? 2 : 1) !== undefined) return root;
  }
  return undefined;
}

/**
 * From the root element's name alone (as an editor sees it before parsing): a libvirt kind, a prefixed
 * one or a typo of one. The language server lints only these; other XML gets no diagnostics at all.
 */
export function mayBeLibvirtRoot(name: string): boolean {
  return kindOfRoot(localName(name)) !== undefined || (!name.includes(':') && typoOf(name) !== undefined);
}

const defaultNamespace = (el: XmlElement): string | undefined => el.attributes.find((a) => a.name === 'xmlns')?.value;

export function classifyRoot(root: XmlElement): RootVerdict {
  const ns = defaultNamespace(root);
  const prefixed = root.name.includes(':');
  const local = localName(root.name);
  const kind = kindOfRoot(local);
  if (kind && !prefixed && !ns) return { kind };
  const at = root.nameRange;
  if (kind) {
    const where = prefixed ? `the prefix '${root.name.slice(0, root.name.indexOf(':'))}'` : `the namespace '${ns ?? ''}'`;
    return {
      nearMiss: {
        ruleId: DIAGNOSTIC_IDS.schemaRootNamespace,
        severity: 'error',
        message: `<${root.name}> names a libvirt <${local}> document but is in ${where}; libvirt documents have no namespace, and libvirt would not recognise this one`,
        range: at,
      },
    };
  }
  const typo = prefixed || ns ? undefined : typoOf(root.name);
  if (typo) {
    return {
      nearMiss: {
        ruleId: DIAGNOSTIC_IDS.schemaMisspelledRoot,
        severity: 'error',
        message: `<${root.name}> is not a libvirt document kind; did you mean <${typo}>?`,
        range: at,
      },
    };
  }
  return {
    notLibvirt: {
      ruleId: DIAGNOSTIC_IDS.schemaUnknownRoot,
      severity: 'error',
      message: `<${root.name}> is not a libvirt document virtlint knows; expected one of ${SUPPORTED_ROOTS.map((r) => `<${r}>`).join(', ')}`,
      range: at,
    },
  };
}
