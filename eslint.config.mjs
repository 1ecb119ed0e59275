// Lint, including the layering rules of CONVENTIONS.md "Layout": which runtime may import what.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream', 'zlib', 'util']
const banElectron = { name: 'electron', message: 'Only src-main/index.ts, src-main/shell/, src-main/transport/ipc.ts and the preload may import electron.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/migrations/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal from src-main/shell/safeOpenExternal.ts.' }
      ]
    }
  },
  {
    files: ['src-main/**/*.ts', 'scripts/**/*.mjs', 'tests/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}', '*.config.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['src-main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [banElectron], patterns: [{ group: ['**/src-renderer/**', '@renderer/*'], message: 'The main process never imports the renderer.' }] }] }
  },
  {
    files: ['src-main/index.ts', 'src-main/shell/**/*.ts', 'src-main/transport/ipc.ts', 'src-main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  { files: ['src-main/shell/safeOpenExternal.ts'], rules: { 'no-restricted-properties': 'off' } },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [banElectron],
          patterns: [
            { group: nodeBuiltins, message: 'src-shared is pure TypeScript: no Node modules.' },
            { group: ['**/src-main/**', '**/src-renderer/**', '@renderer/*'], message: 'src-shared imports neither side.' }
          ]
        }
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer']
    }
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [banElectron],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node modules.' },
            { group: ['**/src-main/**'], message: 'The renderer reaches the backend only through its api client.' }
          ]
        }
      ]
    }
  }
)
