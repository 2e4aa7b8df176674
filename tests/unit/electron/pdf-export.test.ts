import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS, suggestedPdfName } from '../../../src/main/electron/pdf-export';

describe('suggestedPdfName', () => {
  it("names the PDF after the briefing, without the app's name from the window title", () => {
    expect(suggestedPdfName('Combating drug trafficking in the Andean region — Briefing Reader', 'Briefing Reader')).toBe(
      'Combating drug trafficking in the Andean region.pdf'
    );
  });

  it('replaces characters no file system accepts and trims a trailing dot', () => {
    expect(suggestedPdfName('EU/US: trade? "Yes"...', 'Briefing Reader')).toBe('EU US trade Yes.pdf');
  });

  it("falls back to the app's name for a window without a title of its own", () => {
    expect(suggestedPdfName('Briefing Reader', 'Briefing Reader')).toBe('Briefing Reader.pdf');
    expect(suggestedPdfName('   ', 'Briefing Reader')).toBe('Briefing Reader.pdf');
  });

  it('keeps long titles to a length every file system takes', () => {
    expect(suggestedPdfName('A'.repeat(400), 'Briefing Reader').length).toBeLessThanOrEqual(124);
  });
});

describe('PDF_OPTIONS', () => {
  it('prints backgrounds (the highlights) on the page size the print stylesheet sets', () => {
    expect(PDF_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true });
  });
});
