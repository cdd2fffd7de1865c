import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'prebuilt/', 'node_modules/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The rule boundary: a rule reads the typed model and reports through the rule API; the XML tree,
    // the pipeline and everything else stay out of reach, so rules (and plugin rules) cannot depend on them.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./src/(?!rule\\.js$|model/(?!read\\.js$)|caps/(view|rule-support|qemu-devices)\\.js$)',
              message: 'Rules may import only the rule API (src/rule.js), the model (src/model/, not its builders) and the capability view (src/caps/view.js, rule-support.js, qemu-devices.js).',
            },
            { regex: '^(?!\\.\\./src/|\\./)', message: 'Rules may import only the rule API, the model, the capability view and other rule modules.' },
          ],
        },
      ],
    },
  },
  {
    // One registry entry point: the rest of virtlint reaches the rules only through rules/index.ts.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)rules/(?!index\\.js$)', message: 'Import rules through rules/index.js (the one registry entry point).' }] },
      ],
    },
  },
  {
    // The RelaxNG engine is generic: it knows XML (src/xml, the scanner and namespace reader) and
    // nothing of libvirt, the pipeline, rules or models. (Repeats the rules/ pattern above: a later
    // block's no-restricted-imports replaces an earlier one's for the same files.)
    files: ['src/relaxng/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)rules/(?!index\\.js$)', message: 'Import rules through rules/index.js (the one registry entry point).' },
            {
              regex: '^\\.\\./(?!xml/[^/]+\\.js$|(own-copy|diagnostic-ids|types|quote-long)\\.js$)',
              message: 'src/relaxng may import only its own modules, src/xml and the generic helpers (own-copy, diagnostic-ids, types, quote-long): the engine knows nothing of libvirt.',
            },
            { regex: '^(?!\\.\\./|\\./|node:)', message: 'src/relaxng has no runtime dependencies outside virtlint (and Node built-ins).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
