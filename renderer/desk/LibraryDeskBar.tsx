import { useState } from 'react';
import { SendDialog } from './SendDialog';
import { SentLogDialog } from './SentLogDialog';
import { SettingsDialog } from './SettingsDialog';

type Open = 'send' | 'log' | 'settings' | null;

interface LibraryDeskBarProps {
  /** The checked stories, in library order. */
  selected: readonly { id: string; slug: string; headline: string }[];
  /** After a send: statuses changed, so the list reloads and the selection clears. */
  onSent(): void;
}

/** The desk's actions in the library: send the selection, the sent log, settings. */
export function LibraryDeskBar({ selected, onSent }: LibraryDeskBarProps) {
  const [open, setOpen] = useState<Open>(null);
  return (
    <span className="desk-actions">
      <button type="button" disabled={selected.length === 0} onClick={() => setOpen('send')}>
        Send selected{selected.length > 0 && ` (${selected.length})`}
      </button>
      <button type="button" onClick={() => setOpen('log')}>
        Sent log
      </button>
      <button type="button" onClick={() => setOpen('settings')}>
        Settings
      </button>
      {open === 'send' && (
        <SendDialog ids={selected.map((s) => s.id)} names={new Map(selected.map((s) => [s.id, s.slug || s.headline]))} onClose={() => (setOpen(null), onSent())} />
      )}
      {open === 'log' && <SentLogDialog onClose={() => setOpen(null)} />}
      {open === 'settings' && <SettingsDialog onClose={() => setOpen(null)} />}
    </span>
  );
}
