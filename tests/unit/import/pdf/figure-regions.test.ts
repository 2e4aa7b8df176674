/**
 * Where the PDF importer finds each figure drawn on its page. The expected places come from looking
 * at the pages (`pdftoppm -png -r 50`): a region lies below its caption and above its source line,
 * in the caption's column, and is the size of the chart. The bands are given in fractions of the
 * page from its top-left (all three are A4 pages), the region is in points.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FigureRegion } from '../../../../src/shared/types';
import { parsePdf } from '../../../../src/main/library/import/pdf/parser';
import { makePdf } from '../../../helpers/make-pdf';
import { REPO, tempLibrary } from '../../../helpers/temp-library';

const FIXTURES = path.join(REPO, 'tests/fixtures/pdf');
const parse = (name: string) => parsePdf(new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))), name);

/** Checks that `region` is on `page`, within the band between `below` and `above` (fractions from the top), and at least `min` in size. */
function expectWithin(
  region: FigureRegion | undefined,
  page: number,
  band: { below: number; above: number; left: number; right: number },
  min: { width: number; height: number }
) {
  expect(region?.page).toBe(page);
  const [width, height] = [595.3, 841.9];
  const r = { x: region!.x / width, y: region!.y / height, width: region!.width / width, height: region!.height / height };
  expect(r.y).toBeGreaterThanOrEqual(band.below);
  expect(r.y + r.height).toBeLessThanOrEqual(band.above);
  expect(r.x).toBeGreaterThanOrEqual(band.left);
  expect(r.x + r.width).toBeLessThanOrEqual(band.right);
  expect(r.width).toBeGreaterThanOrEqual(min.width);
  expect(r.height).toBeGreaterThanOrEqual(min.height);
}

describe('figure regions in real briefings', () => {
  it('finds the chart beside the text in the right-hand column of the Brazil briefing, page 3', async () => {
    const pdf = await parse('eprs-bri-2023-brazilian-democracy-after-8-january.pdf');
    // The caption's two lines end about 13 % down the page, the source line begins about 34 % down;
    // the left column's text (with underlined links beside the chart) ends before 47 % across.
    expectWithin(pdf.figures[0]!.region, 3, { below: 0.12, above: 0.34, left: 0.46, right: 0.92 }, { width: 0.35, height: 0.15 });
  });

  it('finds the unnumbered pyramid of the AI act briefing on page 7, under its caption and over "Data source"', async () => {
    const pdf = await parse('eprs-bri-2024-artificial-intelligence-act.pdf');
    expectWithin(pdf.figures[0]!.region, 7, { below: 0.52, above: 0.9, left: 0.1, right: 0.9 }, { width: 0.6, height: 0.3 });
  });

  it('finds all twenty charts of the UNODC brief, two on page 7 one above the other', async () => {
    const pdf = await parse('unodc-data-matters-2021-global-prison-population.pdf');
    expect(pdf.figures.filter((f) => f.region).length).toBe(20);
    const [four, five] = [pdf.figures[3]!, pdf.figures[4]!];
    // Figure 4's caption is 18 % down page 7 and its source 48 %; figure 5's caption 51 %, its source 87 %.
    expectWithin(four.region, 7, { below: 0.18, above: 0.48, left: 0.12, right: 0.88 }, { width: 0.5, height: 0.25 });
    expectWithin(five.region, 7, { below: 0.51, above: 0.87, left: 0.12, right: 0.88 }, { width: 0.5, height: 0.3 });
  });

  it('stores the region with the figure and reads it back', async () => {
    const { library } = tempLibrary();
    const [outcome] = await library.importFiles([path.join(FIXTURES, 'eprs-bri-2023-brazilian-democracy-after-8-january.pdf')]);
    const doc = library.get((outcome as { id: string }).id);
    expect(doc.figures[0]!.region).toEqual(expect.objectContaining({ page: 3 }));
  });
});

describe('figure regions when there is nothing to cut', () => {
  it('records none for a figure with nothing drawn between its caption and its source', async () => {
    // Six empty lines: 84 points of blank page where a chart would be.
    const pages = [['A page of prose to open the file with enough text.'], ['Figure 1 – Nothing drawn here', ...Array<string>(6).fill(''), 'Source: nobody.']];
    const pdf = await parsePdf(makePdf({ pages }), 'empty-figure.pdf');
    expect(pdf.figures).toEqual([expect.objectContaining({ number: '1', source: 'nobody.' })]);
    expect(pdf.figures[0]!.region).toBeUndefined();
  });
});
