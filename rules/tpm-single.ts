import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'tpm-single',
    description: 'more than one <tpm> other than a spapr-tpm-proxy, or more than one spapr-tpm-proxy',
    defaultSeverity: 'error',
    libvirtMessages: ['only a single TPM non-proxy device is supported', 'only a single TPM Proxy device is supported'],
  },
  check(domain, context) {
    // A pSeries guest may pair one TPM with one spapr-tpm-proxy; each kind is counted alone.
    const first = new Map<boolean, number>();
    for (const tpm of domain.devices.tpms) {
      const proxy = tpm.model?.value === 'spapr-tpm-proxy';
      const line = first.get(proxy);
      if (line === undefined) {
        first.set(proxy, tpm.range.start.line);
        continue;
      }
      context.report({
        range: tpm.nameRange,
        message: `a second ${proxy ? 'TPM proxy' : 'TPM'}: the domain already has the <tpm> on line ${line}, and libvirt supports only one: libvirt refuses this domain. Remove one of them`,
      });
    }
  },
});
