/** "Save as PDF…" from the menu: the focused window's page, printed with its print stylesheet, to a file the user picks. */
import fs from 'node:fs/promises';
import { app, dialog, type BrowserWindow } from 'electron';
import { PDF_OPTIONS, suggestedPdfName } from './pdf-export';

export async function savePageAsPdf(window: BrowserWindow | null): Promise<void> {
  if (!window) return;
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: 'Save as PDF',
    defaultPath: suggestedPdfName(window.webContents.getTitle(), app.getName()),
    filters: [{ name: 'PDF', extensions: ['pdf'] }]
  });
  if (canceled || !filePath) return;
  try {
    const pdf = await window.webContents.printToPDF(PDF_OPTIONS);
    await fs.writeFile(filePath, pdf);
  } catch (error) {
    dialog.showErrorBox('Save as PDF', `The PDF could not be saved: ${error instanceof Error ? error.message : String(error)}`);
  }
}
