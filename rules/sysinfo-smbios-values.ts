import { defineRule } from '../src/rule.js';

/** libvirt's check of the SMBIOS BIOS date: mm/dd/yy or mm/dd/yyyy, with a year of 1900 or later when it has 4 digits. */
function validBiosDate(date: string): boolean {
  const m = /^([+-]?\d+)\/([+-]?\d+)\/([+-]?\d+)$/.exec(date);
  if (!m) return false;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 0 && !(year >= 100 && year < 1900);
}

/** A UUID as libvirt compares it: hex digits only (dashes and case do not matter). */
const uuidKey = (u: string): string => u.replace(/-/g, '').toLowerCase();

export default defineRule({
  meta: {
    id: 'sysinfo-smbios-values',
    description: "<sysinfo> SMBIOS values libvirt refuses: a system UUID different from the domain's <uuid>, a BIOS date not in mm/dd/yy or mm/dd/yyyy form",
    defaultSeverity: 'error',
    libvirtMessages: ['UUID mismatch between <uuid> and <sysinfo>', "Invalid BIOS 'date' format"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.sysinfos; i < list.length; i++) {
      const s = list[i]!;
      const uuid = s.systemUuid;
      if (uuid && domain.uuid && uuid.value !== '' && domain.uuid.value !== '' && uuidKey(uuid.value) !== uuidKey(domain.uuid.value)) {
        context.report({
          range: uuid.range,
          message: `the SMBIOS system UUID ${uuid.value} differs from the domain's <uuid> ${domain.uuid.value} (line ${domain.uuid.range.start.line}): libvirt refuses this domain. Use the same UUID, or leave the entry out (libvirt fills in the domain's)`,
        });
      }
      const date = s.biosDate;
      if (date && !validBiosDate(date.value)) {
        context.report({ range: date.range, message: `SMBIOS BIOS date '${date.value}' is not in mm/dd/yy or mm/dd/yyyy form (e.g. 01/31/2024): libvirt refuses this domain` });
      }
    }
  },
});
