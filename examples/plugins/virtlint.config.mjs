// A configuration that loads a plugin: it is code, so it must be .mjs (or .js); JSON cannot load plugins.
import acme from './acme-plugin/index.mjs';

export default [
  {
    plugins: { acme },
    rules: {
      'acme/interface-model': ['error', { allow: ['virtio', 'virtio-non-transitional'] }],
      'acme/disk-io-native': 'warn',
    },
  },
];
