/**
 * Helpers the specs share: opening the app, reaching the reader's scroll container, calling the
 * API directly. The test project is compiled without DOM types (src/shared must not see them), so
 * what the page-side callbacks touch is declared in `PageGlobals`.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPO, type WebApp } from './web-app';

/** The page globals the specs read inside `page.evaluate`. */
export interface PageGlobals {
  CSS: { highlights: { get(name: string): { size: number; values(): Iterable<PageRange> } | undefined } };
  innerHeight: number;
  sessionStorage: { getItem(key: string): string | null };
  location: { hash: string; href: string };
  document: { documentElement: { dataset: Record<string, string> } };
}

interface PageRange {
  toString(): string;
  getBoundingClientRect(): { top: number; bottom: number };
}

/**
 * Opens the printed address, then the bundled briefing (the app itself reopens the briefing read
 * last, which another test may have changed), and waits for its reading view.
 */
export async function openReader(page: Page, app: WebApp): Promise<void> {
  const briefings = await callApi<Array<{ id: string; title: string }>>(app, 'listBriefings');
  const bundled = briefings.find((b) => b.title.includes('Andean region'));
  if (!bundled) throw new Error('the bundled briefing is not in the library');
  await page.goto(app.url);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.goto(`${app.origin}/#/read/${bundled.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Combating drug trafficking in the Andean region/ })).toBeVisible();
}

/** Imports a real EPRS PDF (5 pages, tests/fixtures/pdf), opens it and presses Original. */
export async function openOriginalOfPdf(page: Page, app: WebApp): Promise<void> {
  const pdf = fs.readFileSync(path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2023-brazilian-democracy-after-8-january.pdf'));
  const [imported] = await callApi<Array<{ id: string }>>(app, 'importFiles', { files: [{ name: 'brazil.pdf', data: pdf.toString('base64') }] });
  await page.goto(app.url);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.goto(`${app.origin}/#/read/${imported!.id}`);
  await page.getByRole('button', { name: 'Original', exact: true }).click();
}

/** The reader's scroll container. */
export function readerScroll(page: Page): Locator {
  return page.getByTestId('reader-scroll');
}

export async function scrollTop(page: Page): Promise<number> {
  return readerScroll(page).evaluate((element) => element.scrollTop);
}

/** The TOC entry currently marked as the reading location. */
export function currentTocEntry(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current="location"]');
}

/** Number of ranges in a CSS custom highlight (find and search matches are drawn with these). */
export async function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (globalThis as unknown as PageGlobals).CSS.highlights.get(n)?.size ?? 0, name);
}

/** The text of each range of a CSS custom highlight, and whether the first one is on screen. */
export async function highlighted(page: Page, name: string): Promise<{ texts: string[]; firstOnScreen: boolean }> {
  return page.evaluate((n) => {
    const win = globalThis as unknown as PageGlobals;
    const ranges = [...(win.CSS.highlights.get(n)?.values() ?? [])];
    const box = ranges[0]?.getBoundingClientRect();
    return { texts: ranges.map((range) => range.toString()), firstOnScreen: Boolean(box && box.top >= 0 && box.bottom <= win.innerHeight) };
  }, name);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request straight to the server, headers exactly as given (Host included). */
export function rawRequest(app: WebApp, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: app.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${app.port}`, ...options.headers }
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      }
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A contract call with the token, as the page makes it. */
export async function callApi<T>(app: WebApp, method: string, input: unknown = {}): Promise<T> {
  const response = await rawRequest(app, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': app.token },
    body: JSON.stringify(input)
  });
  const reply = JSON.parse(response.body) as { ok: true; value: T } | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
