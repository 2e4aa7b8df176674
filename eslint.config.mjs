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
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'worker_threads', 'url', 'util', 'stream', 'zlib'].flatMap((name) => [
  name,
  `node:${name}`
]);

/** The folders of docs/DESIGN.md's layer table, as gitignore-style import patterns. */
const LAYER = {
  // Matched against the import as written; inside src/main the siblings are reached as `../api/…`.
  library: '**/library/**',
  transport: '**/transport/**',
  api: '**/api/**',
  cli: '**/cli/**',
  web: '**/web/**',
  electron: '**/electron/**',
  main: '**/main/**',
  preload: '**/preload/**',
  renderer: '**/renderer/**'
};

/**
 * What each folder may not import, by the layer table: a pattern group per rule, with the reason
 * as the message. `nodeBuiltins` closes Node to code that also runs in the page.
 */
const BOUNDARIES = [
  {
    files: ['src/shared/**'],
    forbid: [LAYER.main, LAYER.preload, LAYER.renderer],
    node: true,
    message: 'src/shared runs in Node and in the page: it imports nothing but itself and pure libraries.'
  },
  {
    files: ['src/main/library/**'],
    forbid: [LAYER.transport, LAYER.api, LAYER.cli, LAYER.web, LAYER.electron, LAYER.preload, LAYER.renderer],
    message: 'The library core depends on nothing above it (only src/shared).'
  },
  {
    files: ['src/main/transport/**'],
    forbid: [LAYER.library, LAYER.api, LAYER.cli, LAYER.web, LAYER.electron, LAYER.preload, LAYER.renderer],
    message: 'src/main/transport is what Electron and browser mode share to serve the page; it depends on neither.'
  },
  {
    files: ['src/main/api/**'],
    forbid: [LAYER.transport, LAYER.cli, LAYER.web, LAYER.electron, LAYER.preload, LAYER.renderer],
    message: 'The contract handlers sit on the core only: no transport, CLI, browser mode or Electron.'
  },
  {
    files: ['src/main/cli/**'],
    forbid: [LAYER.transport, LAYER.api, LAYER.web, LAYER.electron, LAYER.preload, LAYER.renderer],
    message: 'The CLI works on the core only.'
  },
  {
    files: ['src/main/web/**'],
    forbid: [LAYER.cli, LAYER.electron, LAYER.preload, LAYER.renderer],
    message: 'Browser mode uses the api, the core and src/main/transport, never Electron or the CLI.'
  },
  {
    files: ['src/main/electron/**'],
    forbid: [LAYER.cli, LAYER.web, LAYER.preload, LAYER.renderer],
    message: 'The Electron glue shares with browser mode only through src/main/transport, src/main/api and the core.'
  },
  { files: ['src/preload/**'], forbid: [LAYER.main, LAYER.renderer], message: 'The sandboxed preload imports only electron and src/shared.' },
  {
    files: ['src/renderer/**'],
    forbid: [LAYER.main, LAYER.preload],
    node: true,
    message: 'The renderer is a sandboxed page: it talks to main only through the contract (src/shared/contract).'
  }
];

const IPC_WRAPPERS = ['src/main/electron/ipc.ts', 'src/preload/index.ts'];
const RAW_IPC = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the contract wrappers (src/main/electron/ipc.ts, src/preload/index.ts), not raw IPC.'
};

function layerBoundaries() {
  return BOUNDARIES.flatMap(({ files, forbid, node, message }) => {
    const glue = files[0] === 'src/main/electron/**' || files[0] === 'src/preload/**';
    const paths = [...(glue ? [] : [electronOnlyInGlue]), ...(node ? nodeBuiltins.map((name) => ({ name, message: `${message} No Node built-ins.` })) : [])];
    const patterns = [{ group: forbid, message }];
    const entry = { files, rules: { 'no-restricted-imports': ['error', { paths: glue ? [RAW_IPC] : paths, patterns }] } };
    // Raw IPC stays inside the two wrappers that derive it from the contract.
    const wrappers = {
      files: IPC_WRAPPERS.filter((file) => file.startsWith(files[0].slice(0, -2))),
      rules: { 'no-restricted-imports': ['error', { patterns }] }
    };
    return glue ? [entry, wrappers] : [entry];
  });
}

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
  ...layerBoundaries(),
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat.recommended.rules
  }
);
