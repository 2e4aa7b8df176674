import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServerCsp, devServerPolicy } from '../../../scripts/vite-dev-csp';
import { REPO } from '../../helpers/temp-library';

const INDEX = fs.readFileSync(path.join(REPO, 'src/renderer/index.html'), 'utf8');
const policyOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;

describe('the dev-server Content-Security-Policy', () => {
  it('lets Vite run its inline preamble, inject styles and open its hot-reload socket', () => {
    const policy = devServerPolicy(policyOf(INDEX));
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    expect(policy).toContain("default-src 'none'");
  });

  it('applies only when serving, so a build keeps index.html’s strict policy', () => {
    const plugin = devServerCsp();
    expect(plugin.apply).toBe('serve');
    const transform = plugin.transformIndexHtml as (html: string) => string;
    expect(policyOf(transform(INDEX))).toBe(devServerPolicy(policyOf(INDEX)));
    expect(policyOf(INDEX)).not.toContain('unsafe-inline');
  });
});
