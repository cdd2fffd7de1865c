import rule from '../../rules/nwfilter-filterref-self.js';
import { filter, nwfilterRuleTester } from './nwfilter-helpers.js';

nwfilterRuleTester.run(rule, {
  valid: [
    { name: 'another filter', code: filter("<filterref filter='clean-traffic'/>") },
    { name: 'another filter with parameters', code: filter("<filterref filter='nwf15-other'>\n    <parameter name='IP' value='10.0.0.1'/>\n  </filterref>") },
    { name: 'a name that differs by white space', code: filter("<filterref filter=' nwf15-test'/>") },
    { name: 'no references', code: filter("<rule action='accept' direction='in'/>") },
  ],
  invalid: [
    {
      name: 'itself',
      code: filter("<filterref filter='nwf15-test'/>"),
      errors: [{ near: "filter='|nwf15-test'/>", message: "<filterref filter='nwf15-test'> includes the filter 'nwf15-test' in itself: libvirt refuses the loop. Reference another filter, or move the shared rules into one both can reference" }],
    },
    { name: 'itself among others, with parameters', code: filter("<filterref filter='clean-traffic'/>\n  <filterref filter='nwf15-test'>\n    <parameter name='IP' value='1.2.3.4'/>\n  </filterref>"), errors: [{ near: "filter='|nwf15-test'>" }] },
  ],
});
