import { mergeAttributes, Node } from '@tiptap/core';
import type { Selection } from '@tiptap/pm/state';
import { isAssetId } from './imageFile';

export interface FigureOptions {
  /** Attributes added to the rendered `<figure>`. Default `{}`. */
  HTMLAttributes: Record<string, unknown>;
}

export interface FigureAttributes {
  /** Asset id (SHA-256 of the image) in the library's asset folder; "" while the photo is missing. */
  src: string;
  alt?: string;
  credit?: string;
  /** Where the photo was seen (an address, a file name): inert text, never loaded or exported. */
  sourceNote?: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /**
       * Inserts a figure, with an optional caption, at `position`; without one, after the block
       * holding the selection (never splitting a sentence), or in place of an empty paragraph.
       */
      insertFigure: (attributes: FigureAttributes & { caption?: string }, position?: number) => ReturnType;
    };
  }
}

/**
 * A photo in the story (DESIGN.md): `src` is an asset id, never a URL or base64, so a figure
 * always points into the library's own asset folder; or "" when the copy carried a caption but
 * no photo (the editor says "photo missing", readiness blocks the send until it is added or the
 * figure removed). The caption is the node's content, so it
 * is edited like text; alt and credit are attributes. Modelled on TipTap's figure demo.
 */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  group: 'block',

  content: 'inline*',

  draggable: true,

  isolating: true,

  addAttributes() {
    return {
      src: { default: '', parseHTML: (element) => assetIdOf(element) ?? '', renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (element) => element.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
      credit: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-credit') ?? '',
        renderHTML: (attributes) => (attributes.credit ? { 'data-credit': attributes.credit } : {}),
      },
      sourceNote: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-source-note') ?? '',
        renderHTML: (attributes) => (attributes.sourceNote ? { 'data-source-note': attributes.sourceNote } : {}),
      },
    };
  },

  parseHTML() {
    // Only figures whose image is one of the library's assets: a web page's <figure> with a
    // remote image is not a Galley photo (its caption text survives as a paragraph).
    // A Galley figure still waiting for its photo says so with `data-photo-missing`.
    return [{ tag: 'figure', contentElement: 'figcaption', getAttrs: (element) => (assetIdOf(element) || element.hasAttribute('data-photo-missing') ? null : false) }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attributes = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes);
    if (!node.attrs.src) return ['figure', { ...attributes, 'data-photo-missing': '' }, ['figcaption', 0]];
    return ['figure', attributes, ['img', { 'data-asset-id': node.attrs.src, alt: node.attrs.alt }], ['figcaption', 0]];
  },

  addCommands() {
    return {
      insertFigure:
        ({ caption, ...attributes }, position) =>
        ({ commands, state }) =>
          commands.insertContentAt(position ?? besideSelection(state.selection), {
            type: this.name,
            attrs: { alt: '', credit: '', sourceNote: '', ...attributes },
            content: caption ? [{ type: 'text', text: caption }] : [],
          }),
    };
  },
});

/**
 * Where a photo goes when no place is named: after the story's block the selection ends in, so
 * the caret in mid-sentence does not split the paragraph. An empty paragraph is its place
 * (TipTap replaces an empty text block with the block inserted into it).
 */
function besideSelection({ $to, to }: Selection): number {
  if ($to.depth === 0) return to;
  if ($to.depth === 1 && $to.parent.isTextblock && $to.parent.content.size === 0) return to;
  return $to.after(1);
}

/** The asset id a pasted or copied `<figure>` carries on its image, if it is one. */
function assetIdOf(figure: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }): string | null {
  const image = figure.querySelector('img');
  const id = image?.getAttribute('data-asset-id') ?? null;
  return isAssetId(id) ? id : null;
}
