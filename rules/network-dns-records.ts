import { defineNetworkRule } from '../src/rule.js';

/** The characters libvirt takes in an SRV record's service name ('.' separates the record's fields). */
const SERVICE = /^[A-Za-z0-9_\-+/*]*$/;

export default defineNetworkRule({
  meta: {
    id: 'network-dns-records',
    description: "DNS records and forwarders libvirt refuses that the schema lets through: an <srv> with port, priority or weight but no target, with port='0' or a service name with characters other than letters, digits and _-+/*; a <forwarder> with neither addr nor domain",
    defaultSeverity: 'error',
    reportsOn: [
      'dns/forwarder',
      'dns/forwarder@addr',
      'dns/forwarder@domain',
      'dns/srv',
      'dns/srv@service',
      'dns/srv@protocol',
      'dns/srv@target',
      'dns/srv@port',
      'dns/srv@priority',
      'dns/srv@weight',
    ],
    libvirtMessages: [
      "DNS SRV port attribute not permitted without target for service '%s' in network '%s'",
      "DNS SRV priority attribute not permitted without target for service '%s' in network '%s'",
      "DNS SRV weight attribute not permitted without target for service '%s' in network '%s'",
      "invalid DNS SRV port attribute for service '%s' in network '%s'",
      "invalid character in service attribute '%s' in DNS SRV record of network '%s'",
      'Invalid forwarder element, must contain at least one of addr or domain',
    ],
  },
  check(network, context) {
    const dns = network.dns;
    if (!dns) return;
    for (const srv of dns.srvs) {
      const service = srv.service?.value;
      if (srv.service && !SERVICE.test(service!)) {
        context.report({ range: srv.service.range, message: `SRV service name '${service}' has characters libvirt does not take ('.' would split the record's fields): it refuses the network. Use letters, digits and _-+/* only` });
      }
      if (!srv.target) {
        for (const a of [srv.port, srv.priority, srv.weight]) {
          if (!a) continue;
          context.report({ range: a.attributeRange, message: `${a.name} on an SRV record without a target: the port, priority and weight describe the target host, so libvirt refuses the network. Add target='host.example.com', or remove ${a.name}` });
        }
      }
      if (srv.port && /^\s*0+\s*$/.test(srv.port.value)) {
        context.report({ range: srv.port.range, message: "port='0' on an SRV record: libvirt takes ports 1 to 65535 and refuses the network. Write the service's port" });
      }
    }
    for (const f of dns.forwarders) {
      if (!f.addr && !f.domain) {
        context.report({ range: f.nameRange, message: "a <forwarder> with neither addr nor domain forwards nothing: libvirt refuses the network. Add addr='…' (the server to ask), domain='…' (the queries to send it), or both" });
      }
    }
  },
});
