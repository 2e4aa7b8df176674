/**
 * `npm run dev` serves the renderer from Vite's dev server, which needs what the built app must
 * never allow: an inline script (React Fast Refresh's preamble), inline styles (CSS injected as
 * <style> tags) and a WebSocket back to the server (hot reload). This plugin loosens the
 * Content-Security-Policy of index.html for that, and only when serving (`apply: 'serve'`): builds,
 * and so the app and browser mode, keep the policy exactly as index.html writes it.
 */
import type { Plugin } from 'vite';

const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/** `policy` with what the dev server needs added to its script, style and connect sources. */
export function devServerPolicy(policy: string): string {
  const extra: Record<string, string> = { 'script-src': "'unsafe-inline'", 'style-src': "'unsafe-inline'", 'connect-src': 'ws://localhost:* ws://127.0.0.1:*' };
  return policy
    .split(';')
    .map((directive) => {
      const trimmed = directive.trim();
      const name = trimmed.split(/\s+/)[0] ?? '';
      return extra[name] ? `${trimmed} ${extra[name]}` : trimmed;
    })
    .join('; ');
}

export function devServerCsp(): Plugin {
  return {
    name: 'briefing-reader:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!POLICY.test(html)) throw new Error('dev-server CSP: index.html has no Content-Security-Policy meta tag to loosen');
      return html.replace(POLICY, (_match, open: string, policy: string, close: string) => `${open}${devServerPolicy(policy)}${close}`);
    }
  };
}
