/** Builds what browser mode serves (renderer, when stale) and runs (the server bundle), once per run. */
export default async function globalSetup(): Promise<void> {
  // A dynamic import: Playwright compiles specs to CommonJS, and the build script is an ES module.
  const { ensureWebBuilt } = await import('../../../scripts/build-web.mjs');
  await ensureWebBuilt();
}
