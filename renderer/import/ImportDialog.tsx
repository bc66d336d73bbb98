import { Dialog } from '../common/Dialog';
import { ImportFileInput } from './ImportFileInput';

interface ImportDialogProps {
  onFiles(files: File[]): void;
  onClose(): void;
}

/**
 * What File › Import opens. A menu command is not a click in the page, and Chromium shows a file
 * chooser only in answer to one; so the menu opens this dialog and the user's click on
 * "Choose files…" opens the chooser. Files can also be dropped anywhere on the window.
 */
export function ImportDialog({ onFiles, onClose }: ImportDialogProps) {
  return (
    <Dialog title="Import stories" onClose={onClose}>
      <p>NITF, NewsML-G2 and ninjs files, agency copy as .txt or .md, or saved web pages (.html); choose the photos that came with them too (a saved page's NAME_files folder). Nothing is imported if one of the files cannot be read.</p>
      <label className="button-like">
        Choose files…
        <ImportFileInput
          onFiles={(files) => {
            onClose();
            onFiles(files);
          }}
        />
      </label>
    </Dialog>
  );
}
