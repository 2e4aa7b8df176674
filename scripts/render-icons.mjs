// Renders the app icon (src/renderer/public/favicon.svg, the same mark the window shows) to the
// PNG sizes installers want — resources/icons/<size>x<size>.png, and resources/icon.png at
// 1024 px, from which electron-builder makes the .ico (Windows) and .icns (macOS) itself. Run after
// changing the mark: `node scripts/render-icons.mjs` (Debian's Chromium, as the tests use).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = fs.readFileSync(path.join(ROOT, 'src/renderer/public/favicon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  fs.mkdirSync(path.join(ROOT, 'resources/icons'), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    fs.writeFileSync(path.join(ROOT, `resources/icons/${size}x${size}.png`), png);
    if (size === 1024) fs.writeFileSync(path.join(ROOT, 'resources/icon.png'), png);
  }
} finally {
  await browser.close();
}
