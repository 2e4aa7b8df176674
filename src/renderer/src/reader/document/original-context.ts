/**
 * The briefing whose original PDF the article's figures are cut from: set by the article of a PDF
 * briefing, null for every other format (whose figures have no region anyway).
 */
import { createContext } from 'react';

export interface OriginalSource {
  briefingId: string;
  edition: number;
}

export const OriginalContext = createContext<OriginalSource | null>(null);
