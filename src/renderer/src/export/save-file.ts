/**
 * Saving a file the app made (exported notes, a reference) where the user chooses: a Blob behind
 * an `<a download>`. Browsers save it to Downloads or ask; Electron's default download handling
 * shows a save dialog. The same code in both, so the renderer never knows which it runs in.
 */

/** Offers `blob` for saving under `filename`. */
export function saveFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
