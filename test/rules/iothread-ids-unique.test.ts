import rule from '../../rules/iothread-ids-unique.js';
import { edit, Q35, ruleTester } from './helpers.js';

const ids = (xml: string, count = 2): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <iothreads>${count}</iothreads><iothreadids>${xml}</iothreadids>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts distinct IOThread ids', code: ids("<iothread id='1'/><iothread id='3'/>") },
    { name: 'leaves IOThread pool bounds to iothread-pool-bounds', code: ids("<iothread id='1' thread_pool_min='5' thread_pool_max='4'/><iothread id='2' thread_pool_max='0'/>") },
  ],
  invalid: [
    {
      name: 'errs on IOThread id 0',
      code: ids("<iothread id='0'/><iothread id='1'/>"),
      errors: [{ severity: 'error', near: "<iothread id='|0'/>", message: /id 0 is not permitted/ }],
    },
    {
      name: 'errs on an id listed twice, at the second',
      code: ids("<iothread id='2'/><iothread id='1'/><iothread id='2'/>", 3),
      errors: [{ severity: 'error', near: "<iothread id='|2'/>", nth: 2, message: /line \d+/ }],
    },
  ],
});
