import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'tpm-rules',
    description: 'more than one <tpm> other than a spapr-tpm-proxy, or more than one spapr-tpm-proxy; a TPM 1.2 on the CRB interface or with active PCR banks',
    defaultSeverity: 'error',
    libvirtMessages: ['only a single TPM non-proxy device is supported', 'only a single TPM Proxy device is supported', "Unsupported interface '%s' for TPM 1.2", "<active_pcr_banks/> requires TPM version '2.0'"],
  },
  check(domain, context) {
    // A pSeries guest may pair one TPM with one spapr-tpm-proxy; each kind is counted alone.
    const first = new Map<boolean, number>();
    for (let i = 0, list = domain.devices.tpms; i < list.length; i++) {
      const tpm = list[i]!;
      if (tpm.backendVersion?.value === '1.2' && tpm.model?.value === 'tpm-crb') {
        context.report({ range: tpm.backendVersion.range, message: "the CRB interface (model='tpm-crb') exists only for TPM 2.0, not version 1.2: libvirt refuses this domain. Use version='2.0', or model='tpm-tis' for a TPM 1.2" });
      }
      // An emulated TPM without version= is 1.2 unless its interface exists only for 2.0 (libvirt 9.0).
      const banks = tpm.activePcrBanks;
      const version = tpm.backendVersion?.value ?? (tpm.model?.value === 'tpm-crb' || tpm.model?.value === 'tpm-spapr' ? '2.0' : '1.2');
      if (banks && banks.count > 0 && tpm.backendType?.value === 'emulator' && version === '1.2') {
        context.report({ range: banks.nameRange, message: "PCR banks are a TPM 2.0 feature, and this emulated TPM is version 1.2: libvirt refuses this domain. Use version='2.0' or remove <active_pcr_banks>" });
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
