// ESLint flat config. Besides the usual TypeScript rules it enforces the process boundaries
// described in docs/DESIGN.md: only the Electron glue and the preload may import `electron`,
// the core and the shared contract stay plain TypeScript, the renderer never reaches into main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const electronOnlyInGlue = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron: the core, the contract and the renderer must run without it.'
};
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'worker_threads', 'url', 'util', 'stream', 'zlib']
  .flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.cache/**', 'node_modules/**', 'bench/data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInGlue] }]
    }
  },
  {
    files: ['src/main/electron/**', 'src/preload/**', 'tests/e2e/electron*.ts', 'electron.vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // Raw IPC stays inside the two wrappers that derive it from the contract.
    files: ['src/main/electron/**', 'src/preload/**'],
    ignores: ['src/main/electron/ipc.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the contract wrappers (src/main/electron/ipc.ts, src/preload/index.ts), not raw IPC.' }]
      }]
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInGlue, ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is used by the renderer too: no Node built-ins.' }))],
        patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared depends on nothing but itself and pure libraries.' }]
      }]
    }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInGlue, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node built-ins.' }))],
        patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through the contract (src/shared/contract.ts).' }]
      }]
    }
  },
  {
    files: ['src/main/library/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInGlue],
        patterns: [{ group: ['**/electron/**', '**/renderer/**', '**/preload/**', '**/web/**', '**/cli/**'], message: 'The library core depends on nothing above it.' }]
      }]
    }
  }
);
