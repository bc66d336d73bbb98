import type { Editor } from '@tiptap/core';
import { imageProblem } from '../../src/editor/figure';
import { call, errorMessage } from '../api';
import { readBase64 } from '../common/readBase64';

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
