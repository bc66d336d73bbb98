import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface ImageDropOptions {
  /** Called with files dropped or pasted into the body, and where a drop landed. Default: ignore them. */
  onFiles: (files: File[], position?: number) => void;
}

/**
 * Files dropped on or pasted into the body go to `onFiles` (which adds them as photos) instead
 * of ProseMirror's default, which would ignore them or paste a file name.
 */
export const ImageDrop = Extension.create<ImageDropOptions>({
  name: 'imageDrop',

  addOptions() {
    return { onFiles: () => undefined };
  },

  addProseMirrorPlugins() {
    const { onFiles } = this.options;
    return [
      new Plugin({
        key: new PluginKey('imageDrop'),
        props: {
          handleDrop: (view, event, _slice, moved) => {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            event.preventDefault();
            onFiles(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
            return true;
          },
          handlePaste: (_view, event) => {
            const files = Array.from(event.clipboardData?.files ?? []);
            // A copy from Word or a browser can carry a picture of the text beside the text
            // itself; the text wins. Only a clipboard holding just files is a photo paste.
            if (files.length === 0 || event.clipboardData?.getData('text/plain')) return false;
            onFiles(files);
            return true;
          },
        },
      }),
    ];
  },
});
