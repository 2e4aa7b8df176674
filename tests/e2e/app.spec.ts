// Browser mode as a user meets it: the printed address opens straight into the bundled briefing
// (a real first run, on an empty folder), the token leaves the address bar, and the API refuses
// anyone without the token or on a foreign Host — from Node and from another web page alike.
import { expect, test } from '@playwright/test';
import { openReader, rawRequest, type PageGlobals } from './support/page';
import { useWebApp } from './support/web-app';

const app = useWebApp({ firstRun: true });

test('the printed address opens straight into the bundled briefing', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: /Combating drug trafficking in the Andean region/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Introduction' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('The global supply of cocaine is at record levels');
});

test('the token leaves the address bar but survives a reload of the tab', async ({ page }) => {
  await openReader(page, app);
  const location = await page.evaluate(() => (globalThis as unknown as PageGlobals).location.href);
  expect(location).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Andean region');
});

test('a tab without the token says how to get in instead of showing a broken app', async ({ page }) => {
  await page.goto(`${app.origin}/`);
  await expect(page.getByRole('heading', { name: 'Briefing Reader cannot reach its library' })).toBeVisible();
  await expect(page.getByText('open the link printed by `npm run web`')).toBeVisible();
});

test('an API call without the token is refused with 401', async () => {
  const response = await rawRequest(app, { method: 'POST', path: '/api/listBriefings', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  expect(response.status).toBe(401);
  expect(response.body).not.toContain('Andean');
});

test('an API call with a wrong token is refused with 401', async () => {
  const response = await rawRequest(app, {
    method: 'POST',
    path: '/api/listBriefings',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': `${app.token.slice(0, -1)}x` },
    body: '{}'
  });
  expect(response.status).toBe(401);
});

test('an API call with the token but a foreign Host is refused with 403 (DNS rebinding)', async () => {
  const response = await rawRequest(app, {
    method: 'POST',
    path: '/api/listBriefings',
    headers: { Host: `evil.example:${app.port}`, 'Content-Type': 'application/json', 'X-Briefing-Token': app.token },
    body: '{}'
  });
  expect(response.status).toBe(403);
  expect(response.body).not.toContain('Andean');
});

test('another web page cannot read the API, even knowing the address', async ({ page }) => {
  // A page from another origin (here a data: URL, origin "null") tries a simple cross-origin call.
  await page.goto('data:text/html,<title>elsewhere</title>');
  const outcome = await page.evaluate(async (target) => {
    try {
      const response = await fetch(`${target}/api/listBriefings`, { method: 'POST', body: '{}' });
      return `read ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, app.origin);
  expect(outcome).toBe('blocked');
});

test('the page is served with the strict Content-Security-Policy', async () => {
  const response = await rawRequest(app, { path: '/' });
  expect(response.status).toBe(200);
  expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
});
