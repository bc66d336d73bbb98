import { useState } from 'react';
import { KillDialog } from './KillDialog';
import { PreviewDialog } from './PreviewDialog';
import { SendDialog } from './SendDialog';
import { SentLogDialog } from './SentLogDialog';

type Open = 'preview' | 'send' | 'kill' | 'log' | null;

interface StoryDeskBarProps {
  id: string;
  /** Saves pending edits first, so what is previewed and sent is what the editor shows. */
  flush(): Promise<void>;
  /** After a send or kill: the story's status and version changed in the library. */
  onChanged(): void;
}

/** The desk's actions on the open story: Preview, Send, Kill, Sent log. */
export function StoryDeskBar({ id, flush, onChanged }: StoryDeskBarProps) {
  const [open, setOpen] = useState<Open>(null);
  const show = (which: Open) => async () => {
    await flush();
    setOpen(which);
  };
  return (
    <span className="desk-actions">
      <button type="button" onClick={show('preview')}>
        Preview
      </button>
      <button type="button" onClick={show('send')}>
        Send…
      </button>
      <button type="button" onClick={show('kill')}>
        Kill…
      </button>
      <button type="button" onClick={show('log')}>
        Sent log
      </button>
      {open === 'preview' && <PreviewDialog id={id} onClose={() => setOpen(null)} />}
      {open === 'send' && <SendDialog ids={[id]} onClose={() => (setOpen(null), onChanged())} />}
      {open === 'kill' && <KillDialog id={id} onClose={(killed) => (setOpen(null), killed && onChanged())} />}
      {open === 'log' && <SentLogDialog storyId={id} onClose={() => setOpen(null)} />}
    </span>
  );
}
