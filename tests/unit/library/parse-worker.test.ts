/**
 * Parsing on a worker thread, as Electron and browser mode import: the same briefing as parsing in
 * the process, a bad file refused with the same one-line message, and a new edition parsed there
 * too. Real files, a real worker thread (bundled from source, see tests/helpers/worker-bundles.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryError } from '../../../src/main/library/errors';
import { listFacts } from '../../../src/main/library/facts/service';
import { prepareBriefingFacts } from '../../../src/main/library/facts/store';
import { WorkerParser } from '../../../src/main/library/import/worker-parser';
import { parseInProcess } from '../../../src/main/library/import/registry';
import { openLibrary, type LibraryServices } from '../../../src/main/library/open';
import { BUNDLED_BRIEFING, REPO, SAMPLES_DIR, tempDir } from '../../helpers/temp-library';
import { parseWorkerScript } from '../../helpers/worker-bundles';

const PDF = path.join(REPO, 'tests/fixtures/pdf/eprs-bri-2024-artificial-intelligence-act.pdf');
const HTML = path.join(REPO, 'tests/fixtures/formats/saved-article.html');
const MARKDOWN = path.join(REPO, 'tests/fixtures/formats/critical-raw-materials.md');
const read = (file: string) => new Uint8Array(fs.readFileSync(file));

const open: LibraryServices[] = [];
afterEach(() => {
  for (const services of open.splice(0)) services.close();
});

function workerLibrary(): LibraryServices {
  const services = openLibrary(tempDir(), { parsing: 'worker', parseWorkerScript: parseWorkerScript() });
  open.push(services);
  return services;
}

describe('WorkerParser', () => {
  it.each([PDF, HTML, MARKDOWN, BUNDLED_BRIEFING].map((file) => [path.basename(file), file]))(
    'parses %s exactly as the process does, with its facts',
    async (name, file) => {
      const parser = new WorkerParser(parseWorkerScript());
      try {
        const inProcess = await parseInProcess(read(file), name);
        expect(await parser.parse(read(file), name)).toEqual({ ...inProcess, facts: prepareBriefingFacts(inProcess.parsed) });
      } finally {
        await parser.close();
      }
    }
  );

  // A damaged PDF fails as pdf.js reads it; bad front matter fails before any await.
  const BAD_FILES: Array<[string, Uint8Array]> = [
    ['truncated.pdf', read(PDF).subarray(0, 4000)],
    ['broken.md', new TextEncoder().encode('---\ntitle: [unclosed\n---\nText.\n')]
  ];

  it.each(BAD_FILES)('refuses %s with the one-line LibraryError the process would give, and parses the next file', async (name, bytes) => {
    const parser = new WorkerParser(parseWorkerScript());
    try {
      const inProcess = await parseInProcess(bytes, name).catch((error: unknown) => error);
      const onWorker = await parser.parse(bytes, name).catch((error: unknown) => error);
      expect(inProcess).toBeInstanceOf(LibraryError);
      expect(onWorker).toBeInstanceOf(LibraryError);
      expect(onWorker).toMatchObject({ message: (inProcess as LibraryError).message, code: (inProcess as LibraryError).code });
      // The worker is still there for the next file.
      expect((await parser.parse(read(MARKDOWN), 'notes.md')).parser).toBe('markdown');
    } finally {
      await parser.close();
    }
  });

  it('says where its bundle should be when there is none', () => {
    expect(() => new WorkerParser().parse(read(MARKDOWN), 'notes.md')).toThrow(
      /^Import: no worker bundle \(parse-worker\.js or parse-worker\.mjs\) in .*import; build the app first, or pass parseWorkerScript$/
    );
  });

  it('answers a file sent after close with an error, not a hang', async () => {
    const parser = new WorkerParser(parseWorkerScript());
    await parser.close();
    await expect(parser.parse(read(MARKDOWN), 'notes.md')).rejects.toThrow('Import: the library is closed');
  });
});

describe('a library that parses on a worker thread', () => {
  it('imports many files in one batch, reporting each as the in-process import does', async () => {
    const { library } = workerLibrary();
    const samples = fs.readdirSync(SAMPLES_DIR).map((name) => path.join(SAMPLES_DIR, name));
    const empty = path.join(tempDir(), 'empty.pdf');
    fs.writeFileSync(empty, '');
    const outcomes = await library.importFiles([PDF, HTML, ...samples, empty, PDF]);
    expect(outcomes.slice(0, -2).every((o) => 'id' in o)).toBe(true);
    expect(outcomes.at(-2)).toMatchObject({ error: expect.stringMatching(/^Import: "empty\.pdf" is empty/) });
    expect(outcomes.at(-1)).toMatchObject({ duplicateOf: (outcomes[0] as { id: string }).id });
    expect(library.list()).toHaveLength(2 + samples.length);
    const pdf = library.get((outcomes[0] as { id: string }).id);
    expect(pdf.metadata.sourceFormat).toBe('pdf');
    expect(pdf.sections.length).toBeGreaterThan(3);
  });

  it('stores the facts the worker found, the same as a library parsing in process', async () => {
    const { library } = workerLibrary();
    const inProcess = openLibrary(tempDir());
    open.push(inProcess);
    for (const lib of [library, inProcess.library]) await lib.importFiles([BUNDLED_BRIEFING, PDF]);
    const facts = (lib: typeof library) => listFacts(lib).map(({ id: _id, briefingId: _briefing, ...fact }) => fact);
    expect(facts(library).length).toBeGreaterThan(50);
    expect(facts(library)).toEqual(facts(inProcess.library));
  });

  it('parses a new edition there too, keeping the briefing when the new file is damaged', async () => {
    const { library } = workerLibrary();
    const [first] = await library.importFiles([MARKDOWN]);
    const id = (first as { id: string }).id;
    const before = library.get(id);
    await expect(library.updateFromBytes(id, read(PDF).subarray(0, 4000), 'damaged.pdf')).rejects.toBeInstanceOf(LibraryError);
    expect(library.get(id)).toEqual(before);
    const update = await library.updateFromBytes(id, read(HTML), 'saved-article.html');
    expect(update).toMatchObject({ id });
    expect(library.get(id).metadata.sourceFormat).toBe('html');
  });
});
