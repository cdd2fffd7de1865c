import { defineVolumeRule, type RuleContext } from '../src/rule.js';
import type { Text } from '../src/model/located.js';

/** Reports a number (the trimmed `value`) whose text as `written` has white space after it, with a fix when the text is written plainly. */
function check(value: Text | undefined, written: string | undefined, context: RuleContext, number: RegExp): void {
  // libvirt reads these numbers with strtoull/strtol: white space before the number is skipped, anything after it is not.
  if (!value || written === undefined || !number.test(value.value) || !/\s$/.test(written)) return;
  const { range, contentRange } = value;
  const after = context.sourceText.slice(range.end.offset, contentRange.end.offset);
  // The fix removes what follows the number when the text is written plainly (no entities, comments or CDATA).
  const fix = range.end.offset < contentRange.end.offset && /^\s+$/.test(after) ? { description: `Remove the white space after ${value.value}`, edits: [{ start: range.end.offset, end: contentRange.end.offset, text: '' }] } : undefined;
  context.report({
    range,
    message: `<${value.tag}> has white space after its number ${value.value}: libvirt cannot read it and refuses the volume (white space before the number is fine). Write <${value.tag}>${value.value}</${value.tag}>`,
    ...(fix ? { fix } : {}),
  });
}

export default defineVolumeRule({
  meta: {
    id: 'volume-number-whitespace',
    description: "a volume's size (<capacity>, <allocation>, <clusterSize>) or permissions number (<mode>, <owner>, <group>) with white space after it, which libvirt cannot read",
    defaultSeverity: 'error',
    reportsOn: ['volume/capacity', 'volume/allocation', 'target/clusterSize', 'permissions/mode', 'permissions/owner', 'permissions/group'],
    fixable: true,
    libvirtMessages: ['malformed capacity element', "Invalid value '%s' for element or attribute '%s'", 'malformed octal mode', 'malformed owner element', 'malformed group element'],
  },
  check(volume, context) {
    for (const size of [volume.capacity, volume.allocation, volume.target?.clusterSize]) if (size) check(size.amount, size.written, context, /^[0-9]+$/);
    for (const permissions of [volume.target?.permissions, volume.backingStore?.permissions]) {
      if (!permissions) continue;
      check(permissions.mode, permissions.written.mode, context, /^[0-7]+$/);
      check(permissions.owner, permissions.written.owner, context, /^(?:[0-9]+|-1)$/);
      check(permissions.group, permissions.written.group, context, /^(?:[0-9]+|-1)$/);
    }
  },
});
