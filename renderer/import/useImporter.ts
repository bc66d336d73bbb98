import { useCallback, useRef, useState } from 'react';
import type { ImportedStorySummary } from '../../src/api/importExport';
import { call, errorMessage } from '../api';
import { rememberWarnings } from './checkThese';
import { readImportFiles } from './readImportFiles';

export type ImportProgress =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'importing'; total: number }
  | { phase: 'done'; stories: ImportedStorySummary[] }
  | { phase: 'failed'; message: string };

export interface Importer {
  progress: ImportProgress;
  /** Imports the files, all or none; ignored while another import runs. */
  importFiles(files: readonly File[]): Promise<void>;
  dismiss(): void;
}

/** File › Import and drops on the library: reads the files in the page, then one all-or-nothing importFiles call. */
export function useImporter(onImported: () => void): Importer {
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  // A ref, not state: a second drop arriving before React re-renders must still see the first.
  const running = useRef(false);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (running.current || !files.length) return;
      running.current = true;
      try {
        const read = await readImportFiles(files, (done, total) => setProgress({ phase: 'reading', done, total }));
        setProgress({ phase: 'importing', total: read.length });
        const stories = await call('importFiles', { files: read });
        for (const story of stories) rememberWarnings(story.id, story.warnings);
        setProgress({ phase: 'done', stories });
        onImported();
      } catch (failure) {
        setProgress({ phase: 'failed', message: errorMessage(failure) });
      } finally {
        running.current = false;
      }
    },
    [onImported],
  );

  return { progress, importFiles, dismiss: useCallback(() => setProgress({ phase: 'idle' }), []) };
}
