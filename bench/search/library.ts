/**
 * Generated libraries for the search benchmark, cached under bench/data/ (git-ignored): a library
 * of N generated briefings with their content rows and no index. Each engine works on its own
 * copy, so sizes and build times are measured on the same data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Library } from '../../src/main/library/library';
import { insertBriefing, newBriefingId } from '../../src/main/library/store/briefings';
import { buildVocabulary, generateBriefing } from './corpus';

/** Benchmarks run from the repository root (npm run bench:search). */
export const DATA_DIR = path.resolve(process.cwd(), 'bench/data');
/** Bump when the generator changes, so cached libraries are made again. */
const CORPUS_VERSION = 1;

export function contentDir(size: number): string {
  return path.join(DATA_DIR, `search-${size}`, 'content');
}

/** The library of `size` generated briefings, generated if not cached. Returns its folder. */
export function ensureContent(size: number, log: (line: string) => void): string {
  const dir = contentDir(size);
  const marker = path.join(dir, `corpus-v${CORPUS_VERSION}`);
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const library = Library.open(dir);
  const db = library.db;
  db.pragma('synchronous = OFF');
  const vocab = buildVocabulary();
  let words = 0;
  let sections = 0;
  let blocks = 0;
  for (let from = 0; from < size; from += 100) {
    db.transaction(() => {
      for (let i = from; i < Math.min(size, from + 100); i++) {
        const parsed = generateBriefing(vocab, i);
        sections += parsed.sections.length;
        blocks += parsed.blocks.length;
        for (const b of parsed.blocks) words += b.text.split(' ').length;
        insertBriefing(db, parsed, {
          id: `b${String(i).padStart(6, '0')}${newBriefingId().slice(0, 2)}`,
          contentHash: `bench-${i}`,
          sourceName: `bench-${i}.txt`,
          parser: 'bench',
          now: '2026-11-28T00:00:00.000Z'
        });
      }
    })();
    if (from % 1000 === 0 && from > 0) log(`  generated ${from} briefings…`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  library.close();
  fs.writeFileSync(path.join(dir, 'stats.json'), JSON.stringify({ briefings: size, sections, blocks, words }));
  fs.writeFileSync(marker, '');
  log(
    `  generated ${size} briefings (${sections} sections, ${blocks} blocks, ${(words / 1e6).toFixed(1)} M words) in ${((performance.now() - started) / 1000).toFixed(1)} s`
  );
  return dir;
}

export interface CorpusStats {
  briefings: number;
  sections: number;
  blocks: number;
  words: number;
}

export function corpusStats(size: number): CorpusStats {
  return JSON.parse(fs.readFileSync(path.join(contentDir(size), 'stats.json'), 'utf8')) as CorpusStats;
}

/** A fresh copy of the content library in `bench/data/search-N/<name>`, for one engine. */
export function copyContent(size: number, name: string): string {
  const dir = path.join(DATA_DIR, `search-${size}`, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(contentDir(size), 'library.sqlite'), path.join(dir, 'library.sqlite'));
  return dir;
}

export function engineDir(size: number, name: string): string {
  return path.join(DATA_DIR, `search-${size}`, name);
}
