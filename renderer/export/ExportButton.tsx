import { useEffect, useState } from 'react';
import { ExportDialog } from './ExportDialog';

interface ExportButtonProps {
  storyId: string;
  flush(): Promise<void>;
}

/** The story view's Export…: a toolbar button and File › Export, both opening the export dialog. */
export function ExportButton({ storyId, flush }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => window.galley.onMenuCommand((command) => command === 'export' && setOpen(true)), []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Export (Ctrl+E)">
        Export…
      </button>
      {open && <ExportDialog storyId={storyId} flush={flush} onClose={() => setOpen(false)} />}
    </>
  );
}
