import { defineVolumeRule } from '../src/rule.js';

export default defineVolumeRule({
  meta: {
    id: 'volume-size-whitespace',
    description: "a volume's <capacity>, <allocation> or <clusterSize> with white space after its number, which libvirt cannot read",
    defaultSeverity: 'error',
    fixable: true,
    libvirtMessages: ['malformed capacity element', "Invalid value '%s' for element or attribute '%s'"],
  },
  check(volume, context) {
    for (const size of [volume.capacity, volume.allocation, volume.target?.clusterSize]) {
      // libvirt reads the number with strtoull: white space before it is skipped, anything after it is not.
      if (!size || !/^[0-9]+$/.test(size.amount.value) || !/\s$/.test(size.written)) continue;
      const { range, contentRange } = size.amount;
      const after = context.sourceText.slice(range.end.offset, contentRange.end.offset);
      // The fix removes what follows the number when the text is written plainly (no entities, comments or CDATA).
      const fix = range.end.offset < contentRange.end.offset && /^\s+$/.test(after) ? { description: `Remove the white space after ${size.amount.value}`, edits: [{ start: range.end.offset, end: contentRange.end.offset, text: '' }] } : undefined;
      context.report({
        range,
        message: `<${size.tag}> has white space after its number ${size.amount.value}: libvirt cannot read the size and refuses the volume (white space before the number is fine). Write <${size.tag}>${size.amount.value}</${size.tag}>`,
        ...(fix ? { fix } : {}),
      });
    }
  },
});
