// The floor for the editor bench (bundled by tests/bench/editorBench.ts): a bare TipTap
// StarterKit editor, opened and closed by the location hash as Galley's story view is, on the
// document the bench puts in `window.bareDoc`. With `window.bareCollab` set, the same editor is
// bound by TipTap's Collaboration to a Y.Doc holding that document, as a story edited live is
// (tests/bench/collabTyping.ts).
import { Editor, getSchema, type JSONContent } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The document as a shared one (a bench page only: a real story is never rebuilt from JSON). */
function sharedDoc(content: JSONContent): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(getSchema([StarterKit]), content, doc.getXmlFragment('body'));
  return doc;
}

let editor: Editor | null = null;

function route(): void {
  editor?.destroy();
  editor = null;
  if (!location.hash.startsWith('#/story/')) return;
  const { bareDoc, bareCollab } = window as unknown as { bareDoc: JSONContent; bareCollab?: boolean };
  editor = new Editor({
    element: document.getElementById('editor')!,
    ...(bareCollab
      ? { extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ document: sharedDoc(bareDoc), field: 'body' })] }
      : { extensions: [StarterKit], content: bareDoc }),
    // The label the bench finds the body by, and Galley's class so its stylesheet lays it out alike.
    editorProps: { attributes: { 'aria-label': 'Story body', role: 'textbox', class: 'body-editor' } },
  });
}

window.addEventListener('hashchange', route);
