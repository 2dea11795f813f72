import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noInnerHtml = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML/outerHTML: message texts and contact names are attacker-controlled (DESIGN §7).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML: build nodes and set textContent.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML (DESIGN §7).',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/stage/dist/**', 'test-results/**', 'test-results-*/**', 'bench-results/**', 'out/**', 'scripts/.*.mjs', 'tests/**/.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noInnerHtml],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['entrypoints/**/*.tsx', 'components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Content scripts never open IndexedDB: the database lives in the extension origin (DESIGN §1).
    files: ['entrypoints/whatsapp.content/**', 'utils/whatsapp/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'No Dexie in content scripts (DESIGN §1).' }], patterns: [{ group: ['**/utils/db/**', '@/utils/db/**'], message: 'Content scripts reach the database only through the background.' }] }],
    },
  },
);
