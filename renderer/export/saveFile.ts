import type { ExportedFile } from '../../src/api/importExport';

/**
 * Saves an exported file through the browser's download: a Blob and an <a download>. The same
 * path works in Electron (which shows its save dialog or uses the downloads folder) and in the
 * test browser, and needs no file-system access in the page.
 */
export function saveFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // Revoked on the next turn: the click has handed the URL to the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
