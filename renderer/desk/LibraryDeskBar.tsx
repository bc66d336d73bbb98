import { useState } from 'react';
import { SentLogDialog } from './SentLogDialog';
import { SettingsDialog } from './SettingsDialog';

type Open = 'log' | 'settings' | null;

/** The desk's actions in the library: the sent log, settings. (Send is the selection's: library/SelectionBar.tsx.) */
export function LibraryDeskBar() {
  const [open, setOpen] = useState<Open>(null);
  return (
    <span className="desk-actions">
      <button type="button" onClick={() => setOpen('log')}>
        Sent log
      </button>
      <button type="button" onClick={() => setOpen('settings')}>
        Settings
      </button>
      {open === 'log' && <SentLogDialog onClose={() => setOpen(null)} />}
      {open === 'settings' && <SettingsDialog onClose={() => setOpen(null)} />}
    </span>
  );
}
