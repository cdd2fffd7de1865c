'use strict';
// `require('virtlint')` from CommonJS. virtlint is an ES module (its WebAssembly XML engine loads
// with top-level await, which require() cannot wait for), so the functions that are async anyway are
// forwarded to it, and anything else says how to get it.
const load = () => import('./dist/src/index.js');

const forwarded = {
  /** The whole ES module: `const virtlint = await require('virtlint').load()`. */
  load,
  lintText: async (...args) => (await load()).lintText(...args),
  lintFiles: async (...args) => (await load()).lintFiles(...args),
};

module.exports = new Proxy(forwarded, {
  get(target, name) {
    if (name in target || typeof name === 'symbol' || name === 'then' || name === '__esModule') return target[name];
    throw new Error(
      `virtlint: '${String(name)}' is not available through require(): virtlint is an ES module. ` +
        `Use \`import { ${String(name)} } from 'virtlint'\`, or from CommonJS \`const { ${String(name)} } = await import('virtlint')\` ` +
        "(require('virtlint') offers lintText, lintFiles and load())",
    );
  },
});
