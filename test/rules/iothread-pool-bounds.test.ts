import rule from '../../rules/iothread-pool-bounds.js';
import { edit, Q35, ruleTester } from './helpers.js';

const ids = (xml: string, count = 2): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <iothreads>${count}</iothreads><iothreadids>${xml}</iothreadids>`]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts pool bounds min = max, a maximum alone, and a default pool with both', code: edit(ids("<iothread id='1' thread_pool_min='4' thread_pool_max='4'/><iothread id='2' thread_pool_max='2'/>"), ['</iothreadids>', "</iothreadids><defaultiothread thread_pool_min='1' thread_pool_max='8'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a pool minimum alone (0 too), above the maximum, and a maximum of 0',
      code: edit(ids("<iothread id='1' thread_pool_min='0'/><iothread id='2' thread_pool_min='5' thread_pool_max='4'/>"), ['</iothreadids>', "</iothreadids><defaultiothread thread_pool_max='0'/>"]),
      errors: [
        { severity: 'error', near: "<iothread id='1' |thread_pool_min='0'", message: /needs thread_pool_max beside it on this IOThread/ },
        { severity: 'error', near: "thread_pool_min='|5'", message: /above thread_pool_max='4'/ },
        { severity: 'error', near: "<defaultiothread thread_pool_max='|0'", message: /leaves <defaultiothread> no worker thread/ },
      ],
    },
  ],
});
