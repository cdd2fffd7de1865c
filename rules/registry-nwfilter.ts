import type { Rule } from '../src/rule.js';
import nwfilterConnlimitDecimal from './nwfilter-connlimit-decimal.js';
import nwfilterFilterrefSelf from './nwfilter-filterref-self.js';
import nwfilterIpAddress from './nwfilter-ip-address.js';
import nwfilterIpPortsProtocol from './nwfilter-ip-ports-protocol.js';
import nwfilterMask from './nwfilter-mask.js';
import nwfilterValueWhitespace from './nwfilter-value-whitespace.js';
import nwfilterVariable from './nwfilter-variable.js';

/** Rules for network filter `<filter>` documents (meta.document 'filter'): what libvirt 9.0's nwfilter-define refuses. */
export const NWFILTER_RULES: readonly Rule[] = [nwfilterConnlimitDecimal, nwfilterFilterrefSelf, nwfilterIpAddress, nwfilterIpPortsProtocol, nwfilterMask, nwfilterValueWhitespace, nwfilterVariable];
