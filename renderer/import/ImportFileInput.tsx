import { IMPORT_FILE_TYPES } from '../../src/api/importExport';

interface ImportFileInputProps {
  ref?: React.Ref<HTMLInputElement>;
  onFiles(files: File[]): void;
}

/**
 * The hidden file chooser behind the library's Import… button and the Import dialog's
 * "Choose files…" label. The library's one lives in the app shell, so it works from any view.
 */
export function ImportFileInput({ ref, onFiles }: ImportFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      accept={IMPORT_FILE_TYPES}
      hidden
      aria-label="Files to import"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        // Cleared so choosing the same file again (after fixing it) fires change again.
        event.target.value = '';
        onFiles(files);
      }}
    />
  );
}
