import { useState } from 'react';
import { NewFromCopyDialog } from './NewFromCopyDialog';

interface LibraryImportActionsProps {
  /** Opens the file chooser (the same one as File › Import). */
  onImport(): void;
  onOpen(id: string): void;
}

/** The library toolbar's ways in from outside: Import… and New story from copy. */
export function LibraryImportActions({ onImport, onOpen }: LibraryImportActionsProps) {
  const [pasting, setPasting] = useState(false);
  return (
    <>
      <button type="button" onClick={onImport} title="Import NITF, NewsML-G2, ninjs, .txt or .md files, or saved web pages with their photos (Ctrl+O)">
        Import…
      </button>
      <button type="button" onClick={() => setPasting(true)}>
        New story from copy
      </button>
      {pasting && <NewFromCopyDialog onCreated={onOpen} onClose={() => setPasting(false)} />}
    </>
  );
}
