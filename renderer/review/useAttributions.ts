import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Finding } from '../../src/attribution/index';
import { watchAttributions } from './watchAttributions';

export interface Attributions {
  text: string;
  findings: Finding[];
  /** Counts the checks that changed the words, so a test or bench can wait for the pane to catch up. */
  generation: number;
}

/**
 * The attribution findings of the body in `editor`, kept current as the user types (in idle time,
 * see watchAttributions). The pane re-renders only when the words changed, never per keystroke.
 */
export function useAttributions(editor: Editor | null): Attributions {
  const [state, setState] = useState<Attributions>({ text: '', findings: [], generation: 0 });
  useEffect(() => {
    if (!editor) return;
    return watchAttributions(editor, ({ text, findings }) => setState((previous) => ({ text, findings, generation: previous.generation + 1 })));
  }, [editor]);
  return state;
}
