/**
 * Drawings: the bounding boxes of what a page paints other than text — images and filled or
 * stroked paths — read from pdf.js's operator list. A chart or map is made of them, so they say
 * where a figure is drawn more exactly than the text around it (figure-regions.ts).
 *
 * Only the operator list is walked: the current transformation matrix is followed through
 * save/restore, `cm` and form XObjects, and each path's box (which pdf.js computes as it parses
 * the path) or image's unit square is mapped to page space. Clipping paths, which paint nothing,
 * are left out.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A box in PDF points, y upwards as the page's user space has it. */
export interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

type Matrix = [number, number, number, number, number, number];
type Ops = typeof PdfJsModule.OPS;
interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The boxes of the images and painted paths in `list`, in page space. */
export function readDrawings(list: OperatorList, OPS: Ops): Box[] {
  const boxes: Box[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  list.fnArray.forEach((fn, k) => {
    const args = list.argsArray[k] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (args[0]) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.constructPath: {
        const [paint, , minMax] = args as [number, unknown, ArrayLike<number> | null];
        // endPath after a path is a clip (or nothing): it paints no pixels.
        if (paint !== OPS.endPath && minMax && Number.isFinite(minMax[0])) boxes.push(mapBox(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!));
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask:
        boxes.push(mapBox(ctm, 0, 0, 1, 1));
        break;
    }
  });
  return boxes;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  // The PDF order: n applies first, then m (a `cm` operand is premultiplied onto the CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5]
  ];
}

function mapBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1]
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) };
}
