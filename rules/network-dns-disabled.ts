import { defineNetworkRule } from '../src/rule.js';

export default defineNetworkRule({
  meta: {
    id: 'network-dns-disabled',
    description: "<dns enable='no'> with forwarders or records (<forwarder>, <host>, <srv>, <txt>) in it",
    defaultSeverity: 'error',
    reportsOn: ['network/dns', 'network/dns@enable'],
    libvirtMessages: ["Extra data in disabled network '%s'"],
  },
  check(network, context) {
    const dns = network.dns;
    if (dns?.enable?.value !== 'no') return;
    // libvirt names none of them; the first in document order is where to look.
    const pieces = [...dns.forwarders, ...dns.hosts, ...dns.srvs, ...dns.txts];
    if (pieces.length === 0) return;
    const first = pieces.reduce((a, b) => (b.range.start.offset < a.range.start.offset ? b : a));
    const what = pieces.length === 1 ? `a <${first.tag}>` : `${pieces.length} forwarders and records (the first a <${first.tag}>)`;
    context.report({
      range: dns.enable.range,
      message: `enable='no' turns the network's DNS server off, yet this <dns> holds ${what}: libvirt refuses the network rather than ignore them. Remove enable='no', or the <dns> element's children`,
    });
  },
});
