import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure';
import { PullQuote } from './pullQuote';
import { isSafeHref } from './sanitizeBody';

/**
 * The story body's schema: StarterKit cut to news style. One headline per story (a field), so
 * only H2/H3 in the body; no underline, strike or code. Links only to the web and email, so a
 * pasted `javascript:` or `data:` link is dropped by the schema itself. Photos are `figure`
 * nodes and pull quotes a node of their own (src/editor/figure, src/editor/pullQuote).
 * `undoRedo: false` leaves out ProseMirror's history for an editor bound to a shared document.
 */
export function storyExtensions({ undoRedo = true }: { undoRedo?: boolean } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // A story edited live undoes with Collaboration's own undo manager: only this person's typing.
      ...(undoRedo ? {} : { undoRedo: false }),
      heading: { levels: [2, 3] },
      underline: false,
      strike: false,
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeHref(url),
        shouldAutoLink: (url) => isSafeHref(url.includes(':') ? url : `https://${url}`),
      },
    }),
    Figure,
    PullQuote,
  ];
}
