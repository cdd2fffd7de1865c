import type { FirmwareFeature } from '../src/model/os.js';
import { defineRule } from '../src/rule.js';

/** The first `<feature name>` of that name (a loop here, not a closure and a find made per document). */
function featureNamed(features: readonly FirmwareFeature[], name: string): FirmwareFeature | undefined {
  for (const f of features) if (f.name?.value === name) return f;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'firmware-autoselection-settings',
    description: "firmware autoselection (<os firmware>) together with settings it decides itself (loader path, type, readonly, secure='no'; nvram template), <firmware><feature> without autoselection, enrolled-keys with secure-boot disabled",
    defaultSeverity: 'error',
    libvirtMessages: [
      "loader attribute '%s' cannot be specified when firmware autoselection is enabled",
      "nvram attribute '%s' cannot be specified when firmware autoselection is enabled",
      'cannot use feature-based firmware autoselection when firmware autoselection is disabled',
      "firmware feature '%s' cannot be enabled when firmware feature '%s' is disabled",
    ],
  },
  check(domain, context) {
    const os = domain.os;
    if (!os) return;
    const firmware = os.firmware;
    if (firmware) {
      // libvirt 9.0 picks the loader and the NVRAM template from the firmware descriptors: written values would contradict the pick.
      // A function: most documents with firmware= report nothing, and the line costs a range to find.
      const picked = (): string => `<os firmware='${firmware.value}'> lets libvirt pick the firmware from the installed descriptors (line ${firmware.range.start.line})`;
      const fix = "Remove it, or remove firmware= and configure the loader by hand";
      const loader = os.loader;
      for (const a of [loader?.readonly, loader?.type, loader?.secure?.value === 'no' ? loader.secure : undefined]) {
        if (a) context.report({ range: a.attributeRange, message: `<loader ${a.name}='${a.value}'>: ${picked()}, so the loader's ${a.name} cannot be written: libvirt refuses this domain. ${fix}` });
      }
      if (loader?.path && loader.path.value !== '' && !loader.type) {
        context.report({ range: loader.path.range, message: `<loader> names a firmware file, but ${picked()}: libvirt refuses this domain. ${fix}` });
      }
      const template = os.nvram?.template;
      if (template) context.report({ range: template.attributeRange, message: `<nvram template>: ${picked()}, including the variable-store template: libvirt refuses this domain. ${fix}` });
    } else if (os.firmwareElement && os.firmwareFeatures.length > 0) {
      context.report({
        range: os.firmwareElement.nameRange,
        message: "<firmware><feature> states requirements for firmware autoselection, but <os> has no firmware= attribute, so nothing is selected: libvirt refuses this domain. Add firmware='efi' to <os>, or remove <firmware>",
      });
    }
    if (os.firmwareFeatures.length === 0) return; // most documents: nothing more to look at
    const enrolled = featureNamed(os.firmwareFeatures, 'enrolled-keys');
    const secureBoot = featureNamed(os.firmwareFeatures, 'secure-boot');
    if (enrolled?.enabled?.value === 'yes' && secureBoot?.enabled?.value === 'no') {
      context.report({
        range: enrolled.enabled.range,
        message: `enrolled-keys is enabled but secure-boot is disabled on line ${secureBoot.range.start.line}: pre-enrolled Secure Boot keys only exist in Secure Boot firmware, so libvirt refuses this domain. Enable secure-boot or disable enrolled-keys`,
      });
    }
  },
});
