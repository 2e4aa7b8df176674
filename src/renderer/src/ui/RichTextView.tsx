/** Styled runs of text (a citation from the CSL processor) rendered as elements and text nodes — never as HTML. */
import type { ReactNode } from 'react';
import type { RichRun, RichText } from '../../../shared/types';

function styled(run: RichRun): ReactNode {
  let node: ReactNode = run.text;
  if (run.smallCaps) node = <span style={{ fontVariant: 'small-caps' }}>{node}</span>;
  if (run.underline) node = <u>{node}</u>;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.position === 'sup') node = <sup>{node}</sup>;
  if (run.position === 'sub') node = <sub>{node}</sub>;
  return node;
}

export function RichTextView({ runs }: { runs: RichText }) {
  return (
    <>
      {runs.map((run, i) => (
        <span key={i}>{styled(run)}</span>
      ))}
    </>
  );
}
