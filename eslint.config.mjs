// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import i18next from 'eslint-plugin-i18next'
import tseslint from 'typescript-eslint'

/**
 * Import layers (as VS Code's code-layering rule): core -> shared; main and server -> core,
 * shared; renderer and preload -> shared only. A forbidden import is a lint error.
 */
const NODE_BUILTINS = {
  regex: '^(node:.*|fs|fs/promises|path|os|child_process|crypto|http|https|net|url|util|worker_threads|stream)$',
  message: 'This layer runs in the page: no Node built-ins (talk to the core through the contract).',
}
const layer = (name) => ({
  regex: `(^|/)(src/)?${name}(/|$)`,
  message: `This layer may not import src/${name} (see docs/architecture.md, "Layers").`,
})
const ELECTRON = { regex: '^electron(/.*)?$', message: 'Electron belongs to src/main and src/preload only.' }
const DATABASE = { regex: '^better-sqlite3$', message: 'The database belongs to src/core.' }

/**
 * People see words from the message catalogue only (src/shared/i18n/messages): no literal text
 * in JSX or in the attributes people read (labels, placeholders, titles). The allow-list is
 * attributes that are never shown and "words" made only of punctuation, digits or symbols.
 */
const NO_LITERAL_UI_TEXT = {
  'i18next/no-literal-string': [
    'error',
    {
      mode: 'jsx-only',
      'should-validate-template': true,
      'jsx-attributes': {
        exclude: [
          'className', 'style', 'type', 'key', 'id', 'htmlFor', 'role', 'href', 'name', 'value', 'accept', 'autoComplete',
          'lang', 'dateTime', 'data-.*', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-activedescendant',
          'aria-orientation', 'aria-autocomplete', 'aria-live', 'aria-keyshortcuts', 'aria-current', 'aria-sort',
          'aria-multiselectable', 'aria-hidden', 'aria-selected', 'aria-expanded', 'list', 'download', 'inputMode', 'vocab',
          'field', 'path', 'kind', 'target', 'rel', 'dir', 'min', 'max', 'step', 'size', 'describedBy',
        ],
      },
      // Arguments of calls and keys of objects are codes (`labels.vocab('stance', s)`, `{ view: 'essay' }`),
      // except the calls that draw JSX: a row drawn by `.map()` or a memoised element is read by people.
      callees: { include: ['[\\s\\S]*\\.(?:map|flatMap)', 'useMemo', 'useCallback', 'createPortal', 'forwardRef', 'memo'], exclude: ['[\\s\\S]*'] },
      'object-properties': { exclude: ['.*'] },
      words: { exclude: ['[\\s0-9·—–×•…:;,.!?()\\[\\]/*+=|#%&@"“”‘’«»¶☐☑▲▼←→↑↓-]*', '[A-Z][A-Z0-9_-]*', 'CSL-JSON'] },
    },
  ],
}

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', '.bench/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...NO_LITERAL_UI_TEXT,
      ...restrict(layer('core'), layer('main'), layer('server'), layer('preload'), ELECTRON, DATABASE, NODE_BUILTINS),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(layer('core'), layer('main'), layer('server'), layer('renderer'), DATABASE, NODE_BUILTINS),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(layer('core'), layer('main'), layer('server'), layer('renderer'), layer('preload'), ELECTRON, DATABASE, {
      ...NODE_BUILTINS,
      message: 'src/shared is pure TypeScript: no Node built-ins.',
    }),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(layer('main'), layer('server'), layer('renderer'), layer('preload'), ELECTRON),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: restrict(layer('main'), layer('renderer'), layer('preload'), ELECTRON),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(layer('server'), layer('renderer'), layer('preload')),
  },
)
