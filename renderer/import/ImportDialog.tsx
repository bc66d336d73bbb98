import { Dialog } from '../common/Dialog';
import { IMPORT_FILE_TYPES } from '../../src/api/importExport';

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
      <p>NITF, NewsML-G2 and ninjs files, or agency copy as .txt or .md. Nothing is imported if one of the files cannot be read.</p>
      <label className="button-like">
        Choose files…
        <input
          type="file"
          multiple
          accept={IMPORT_FILE_TYPES}
          className="visually-hidden"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            onClose();
            onFiles(files);
          }}
        />
      </label>
    </Dialog>
  );
}
