// The floor for the editor bench (bundled by tests/bench/editorBench.ts): a bare TipTap
// StarterKit editor, opened and closed by the location hash as Galley's story view is, on the
// document the bench puts in `window.bareDoc`.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

let editor: Editor | null = null;

function route(): void {
  editor?.destroy();
  editor = null;
  if (!location.hash.startsWith('#/story/')) return;
  editor = new Editor({
    element: document.getElementById('editor')!,
    extensions: [StarterKit],
    content: (window as unknown as { bareDoc: JSONContent }).bareDoc,
    // The label the bench finds the body by, and Galley's class so its stylesheet lays it out alike.
    editorProps: { attributes: { 'aria-label': 'Story body', role: 'textbox', class: 'body-editor' } },
  });
}

window.addEventListener('hashchange', route);
