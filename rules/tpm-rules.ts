import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'tpm-rules',
    description: 'more than one <tpm> other than a spapr-tpm-proxy, or more than one spapr-tpm-proxy; a TPM 1.2 on the CRB interface',
    defaultSeverity: 'error',
    libvirtMessages: ['only a single TPM non-proxy device is supported', 'only a single TPM Proxy device is supported', "Unsupported interface '%s' for TPM 1.2"],
  },
  check(domain, context) {
    // A pSeries guest may pair one TPM with one spapr-tpm-proxy; each kind is counted alone.
    const first = new Map<boolean, number>();
    for (let i = 0, list = domain.devices.tpms; i < list.length; i++) {
      const tpm = list[i]!;
      if (tpm.backendVersion?.value === '1.2' && tpm.model?.value === 'tpm-crb') {
        context.report({ range: tpm.backendVersion.range, message: "the CRB interface (model='tpm-crb') exists only for TPM 2.0, not version 1.2: libvirt refuses this domain. Use version='2.0', or model='tpm-tis' for a TPM 1.2" });
      }
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
