import fs from 'node:fs';
import path from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { stemOf } from '../../../src/main/library/search/stemming';
import { termsOf } from '../../../src/main/library/search/tokenizer';

const REPO = path.resolve(__dirname, '../../..');
const briefingFiles = [
  path.join(REPO, 'resources/briefings/andean-drug-trafficking.txt'),
  ...fs
    .readdirSync(path.join(REPO, 'tests/fixtures/samples'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(REPO, 'tests/fixtures/samples', name))
];

describe('English stemming', () => {
  it("gives Snowball's English (Porter2) stem for every word of the bundled and sample briefings", () => {
    const snowball = newStemmer('english');
    const terms = new Set(briefingFiles.flatMap((file) => termsOf(fs.readFileSync(file, 'utf8'))));
    expect(terms.size).toBeGreaterThan(4000);
    const differing = [...terms].filter((term) => stemOf(term, 'en') !== (term.length < 3 || /\d/.test(term) ? term : snowball.stem(term)));
    expect(differing).toEqual([]);
  });

  it('merges inflections and keeps unrelated words apart', () => {
    expect(stemOf('seizures')).toBe(stemOf('seizure'));
    expect(stemOf('trafficking')).toBe(stemOf('trafficked'));
    expect(stemOf('general')).not.toBe(stemOf('generate'));
  });

  it('still uses Snowball for other languages', () => {
    expect(stemOf('trafiquants', 'fr')).toBe(newStemmer('french').stem('trafiquants'));
  });
});
