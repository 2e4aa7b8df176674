/**
 * Small PDFs written byte by byte, for the importer's bad-input tests and the benchmark: pages of
 * Helvetica text, an image-only page, an /Encrypt dictionary, an /OpenAction script. The cross-
 * reference table is computed, so every file is well formed unless a test breaks it on purpose.
 */

export interface PdfOptions {
  /** One array of lines per page; a page with no lines has only a filled rectangle (a "scan"). */
  pages: string[][];
  /** Adds a standard security handler with a user password, so the file needs one to open. */
  encrypted?: boolean;
  /** A JavaScript action run when the document opens (in a reader that runs scripts). */
  openActionScript?: string;
  /** Page size in points. */
  size?: [number, number];
}

export function makePdf(options: PdfOptions): Uint8Array {
  const [width, height] = options.size ?? [595, 842];
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesRoot = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const lines of options.pages) {
    const stream =
      lines.length === 0
        ? '0.5 g 50 50 400 600 re f'
        : `BT /F1 11 Tf 14 TL 72 ${height - 72} Td ${lines.map((l) => `(${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj T*`).join(' ')} ET`;
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`)
    );
  }
  const script = options.openActionScript === undefined ? '' : ` /OpenAction << /S /JavaScript /JS (${options.openActionScript}) >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R${script} >>`;
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`) : 0;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encryption = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
