/**
 * Side boxes that interrupt a list. A box printed beside a bulleted list comes out of the page
 * as its title line and its own list, wedged between two items of the surrounding list:
 *
 *     - first measure…;                       ← the list
 *     The key EU requirements for…            ← box title
 *     - human agency and oversight            ← the box's list, tight lines
 *     - accountability
 *                                             ← blank line
 *     - a machine cannot be in full control…  ← the list goes on
 *
 * A section heading is never followed by the rest of the list above it, so a title line between
 * list items, whose own tight list is followed by more items of the interrupted list, is a side
 * box. The box is moved after the interrupted list so that the list reads in one piece.
 */
import type { BlockUnit, Unit } from './units';

/** Finds boxes wedged into lists and moves each after the list it interrupted. */
export function liftListBoxes(units: readonly Unit[], newBoxId: () => number): Unit[] {
  const out = [...units];
  for (let i = 1; i < out.length - 2; i++) {
    const title = out[i]!;
    if (title.type !== 'heading' || title.listed || !isListItem(out[i - 1])) continue;
    let end = i + 1;
    while (isListItem(out[end]) && (end === i + 1 || (out[end] as BlockUnit).line.gapBefore === 0)) end++;
    if (end === i + 1 || !isListItem(out[end])) continue;
    let resumeEnd = end;
    while (isListItem(out[resumeEnd])) resumeEnd++;
    const boxId = newBoxId();
    const box: Unit[] = [
      { type: 'block', kind: 'box-title', content: title.title, line: title.line, boxId },
      ...out.slice(i + 1, end).map((unit) => ({ ...(unit as BlockUnit), boxId }))
    ];
    out.splice(i, resumeEnd - i, ...out.slice(end, resumeEnd), ...box);
    i = resumeEnd - 1;
  }
  return out;
}

function isListItem(unit: Unit | undefined): unit is BlockUnit {
  return unit?.type === 'block' && unit.kind === 'list-item' && unit.boxId === undefined;
}
