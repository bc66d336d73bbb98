import { mergeAttributes, Node } from '@tiptap/core';

export interface PullQuoteOptions {
  /** Attributes added to the rendered `<figure>`. Default `{}`. */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current block into a pull quote (or wraps the selection's text in one). */
      setPullQuote: (attributes?: { attribution?: string }) => ReturnType;
      /** Sets who is quoted on the pull quote at the selection. */
      setPullQuoteAttribution: (attribution: string) => ReturnType;
    };
  }
}

/**
 * A pull quote: a line lifted from the story and set large, with who said it. Its text is the
 * node's content; the attribution is an attribute so it never mixes into the quoted words.
 * Rendered as `<figure class="pull-quote"><blockquote>…</blockquote><figcaption>…</figcaption></figure>`.
 */
export const PullQuote = Node.create<PullQuoteOptions>({
  name: 'pullQuote',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  group: 'block',

  content: 'inline*',

  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: '',
        parseHTML: (element) => element.querySelector('figcaption')?.textContent?.replace(/^[\s\u2014-]+/, '').trim() ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure.pull-quote', contentElement: 'blockquote' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? '');
    return ['figure', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { class: 'pull-quote' }), ['blockquote', 0], ['figcaption', attribution ? `\u2014 ${attribution}` : '']];
  },

  addCommands() {
    return {
      setPullQuote:
        (attributes = {}) =>
        ({ commands }) =>
          commands.setNode(this.name, attributes),
      setPullQuoteAttribution:
        (attribution) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { attribution }),
    };
  },
});
