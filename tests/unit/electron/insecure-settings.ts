/**
 * Patterns of insecure Electron settings, for the static checks in static-security.test.ts and
 * tests/e2e/electron.spec.ts. Each matches the source form and the minified form (`!0`, `!1`).
 */

export interface InsecurePattern {
  name: string;
  pattern: RegExp;
  /** A line the pattern must catch, so a broken pattern fails its own test. */
  example: string;
}

const TRUE = String.raw`\s*:\s*(?:true|!0)\b`;
const FALSE = String.raw`\s*:\s*(?:false|!1)\b`;

export const INSECURE_PATTERNS: readonly InsecurePattern[] = [
  { name: 'nodeIntegration: true', pattern: new RegExp(`nodeIntegration(?:InWorker|InSubFrames)?${TRUE}`), example: 'nodeIntegration: !0' },
  { name: 'contextIsolation: false', pattern: new RegExp(`contextIsolation${FALSE}`), example: 'contextIsolation: false' },
  { name: 'sandbox: false', pattern: new RegExp(`\\bsandbox${FALSE}`), example: '{ sandbox: !1 }' },
  { name: 'webSecurity: false', pattern: new RegExp(`webSecurity${FALSE}`), example: 'webSecurity: false' },
  { name: 'allowRunningInsecureContent: true', pattern: new RegExp(`allowRunningInsecureContent${TRUE}`), example: 'allowRunningInsecureContent: true' },
  { name: 'experimentalFeatures', pattern: /experimentalFeatures\s*:/, example: 'experimentalFeatures: false' },
  { name: 'enableBlinkFeatures', pattern: /enableBlinkFeatures\s*:/, example: "enableBlinkFeatures: 'CSSVariables'" },
  { name: 'webviewTag: true', pattern: new RegExp(`webviewTag${TRUE}`), example: 'webviewTag: true' },
  { name: 'allowpopups', pattern: /allowpopups/i, example: '<webview allowpopups>' },
  { name: 'new windows allowed', pattern: /action\s*:\s*["']allow["']/, example: "({ action: 'allow' })" },
  { name: 'a file:// page', pattern: /\.loadFile\(|loadURL\(\s*["'`]file:/, example: "win.loadFile('index.html')" },
  {
    name: 'a weakening command-line switch',
    pattern: /appendSwitch\(\s*["'](?:no-sandbox|disable-web-security|ignore-certificate-errors|disable-site-isolation-trials)/,
    example: "app.commandLine.appendSwitch('no-sandbox')"
  },
  { name: 'security warnings silenced', pattern: /ELECTRON_DISABLE_SECURITY_WARNINGS/, example: "process.env.ELECTRON_DISABLE_SECURITY_WARNINGS = 'true'" }
];

/** The names of the insecure settings found in `code`. */
export function insecureSettings(code: string): string[] {
  return INSECURE_PATTERNS.filter(({ pattern }) => pattern.test(code)).map(({ name }) => name);
}
