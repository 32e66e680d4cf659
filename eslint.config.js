import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['directory', 'status', 'chat-members', 'install'];

export default tseslint.config(
  { ignores: ['dist', 'dist-package', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only src/b24/ talks to the SDK; everything else speaks our own types.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@bitrix24/b24jssdk'], message: 'Only src/b24/ may import the Bitrix24 SDK.' }] },
      ],
    },
  },
  { files: ['src/b24/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  // Features never import each other; src/app/ wires them together.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@bitrix24/b24jssdk'], message: 'Only src/b24/ may import the Bitrix24 SDK.' },
            {
              group: FEATURES.filter((other) => other !== feature).flatMap((other) => [
                `**/features/${other}`,
                `**/features/${other}/**`,
                `../${other}`,
                `../${other}/**`,
              ]),
              message: 'Features never import each other; wire them in src/app/.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
