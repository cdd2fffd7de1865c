import type { Attr } from '../src/model/located.js';
import { defineVolumeRule, type RuleContext } from '../src/rule.js';

/**
 * Reports each attribute (of the element named with it) whose value has white space around it, with a
 * fix: the grammar compares these names as tokens, white space aside; libvirt compares them exactly and
 * refuses the `document` (also used by secret-value-whitespace).
 */
export function reportWhitespaceAround(values: readonly (readonly [string, Attr | undefined])[], document: string, context: RuleContext): void {
  for (const [element, attr] of values) {
    const trimmed = attr?.value.trim();
    if (!attr || !trimmed || trimmed === attr.value) continue;
    context.report({
      range: attr.range,
      message: `<${element} ${attr.name}='${attr.value}'> has white space around '${trimmed}': libvirt compares the value exactly and refuses the ${document}. Write ${attr.name}='${trimmed}'`,
      fix: { description: `Write ${attr.name}='${trimmed}'`, edits: [{ start: attr.range.start.offset, end: attr.range.end.offset, text: trimmed }] },
    });
  }
}

export default defineVolumeRule({
  meta: {
    id: 'volume-value-whitespace',
    description: "white space around a volume's type, format, encryption format or engine, or encryption secret type, which libvirt compares exactly",
    defaultSeverity: 'error',
    fixable: true,
    libvirtMessages: ["unknown volume type '%s'", 'unknown volume format type %s', 'unknown volume encryption format type %s', "Invalid value for attribute '%s' in element '%s': '%s'.", 'unknown volume encryption secret type %s'],
  },
  check(volume, context) {
    const encryption = volume.target?.encryption;
    const values: (readonly [string, Attr | undefined])[] = [
      ['volume', volume.type],
      ['format', volume.target?.format?.type],
      ['format', volume.backingStore?.format?.type],
      ['encryption', encryption?.format],
      ['encryption', encryption?.engine],
      ...(encryption?.secrets ?? []).map((s) => ['secret', s.type] as const),
    ];
    reportWhitespaceAround(values, 'volume', context);
  },
});
