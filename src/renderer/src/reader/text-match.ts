/** A range of a block's text, in UTF-16 units of `BlockInfo.text`: a find match, a search hit's word. */
export interface TextMatch {
  blockId: number;
  start: number;
  end: number;
}
