import { IMPORT_FILE_TYPES } from '../../src/api/importExport';

interface ImportFileInputProps {
  ref: React.Ref<HTMLInputElement>;
  onFiles(files: File[]): void;
}

/**
 * The hidden file chooser behind File › Import and the library's Import… button. It lives in
 * the app shell, not the library, so the menu command works from any view.
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
