import type { Editor } from '@tiptap/core';
import { imageProblem } from '../../src/editor/figure';
import { call, errorMessage } from '../api';

/** The file's bytes as base64, read natively (a data: URL) rather than byte by byte in JS. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/**
 * Adds image files to the library and inserts a figure for each at `position` (default: the
 * selection). Too large or not an image: refused here before any upload, with the reason.
 * Returns the problems, one message per refused file; the others are inserted.
 */
export async function insertImageFiles(editor: Editor, files: readonly File[], position?: number): Promise<string[]> {
  const problems: string[] = [];
  let at = position;
  for (const file of files) {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const problem = imageProblem(file.name, file.size, head);
    if (problem) {
      problems.push(problem);
      continue;
    }
    try {
      const asset = await call('addAsset', { name: file.name, dataBase64: await readBase64(file) });
      if (editor.isDestroyed) break;
      editor.chain().focus().insertFigure({ src: asset.id }, at).run();
      at = undefined;
    } catch (failure) {
      problems.push(`“${file.name}” was not added: ${errorMessage(failure)}`);
    }
  }
  return problems;
}
