import { useState } from 'react';
import { KillDialog } from './KillDialog';
import { PreviewDialog } from './PreviewDialog';
import { SendDialog } from './SendDialog';
import { SentLogDialog } from './SentLogDialog';
import type { StoryOnWire } from './useWireState';

type Open = 'preview' | 'send' | 'kill' | 'log' | null;

interface StoryDeskBarProps {
  id: string;
  /** The story's sent log and what it allows; null while it is read. */
  onWire: StoryOnWire | null;
  /** Saves pending edits first, so what is previewed and sent is what the editor shows. */
  flush(): Promise<void>;
  /** After a send or kill: the story's status and version changed in the library. */
  onChanged(): void;
}

/** The desk's actions on the open story: Preview, Send, Kill, Sent log. What cannot work is disabled, with the reason as its tooltip. */
export function StoryDeskBar({ id, onWire, flush, onChanged }: StoryDeskBarProps) {
  const [open, setOpen] = useState<Open>(null);
  const show = (which: Open) => async () => {
    await flush();
    setOpen(which);
  };
  const sendRefusal = onWire?.wire.sendRefusal ?? null;
  const killRefusal = onWire ? onWire.wire.killRefusal : 'Reading the sent log…';
  return (
    <span className="desk-actions">
      <button type="button" onClick={show('preview')}>
        Preview
      </button>
      <button type="button" onClick={show('send')} disabled={!!sendRefusal} title={sendRefusal ?? undefined}>
        Send…
      </button>
      <button type="button" onClick={show('kill')} disabled={!!killRefusal} title={killRefusal ?? undefined}>
        Kill…
      </button>
      <button type="button" onClick={show('log')}>
        Sent log
      </button>
      {open === 'preview' && <PreviewDialog id={id} onClose={() => setOpen(null)} />}
      {open === 'send' && <SendDialog ids={[id]} onClose={() => (setOpen(null), onChanged())} />}
      {open === 'kill' && onWire && <KillDialog id={id} log={onWire.log} onClose={(killed) => (setOpen(null), killed && onChanged())} />}
      {open === 'log' && <SentLogDialog storyId={id} onClose={() => setOpen(null)} />}
    </span>
  );
}
