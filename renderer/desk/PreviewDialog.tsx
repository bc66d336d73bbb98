import { useEffect, useMemo, useState } from 'react';
import type { PreviewResult } from '../../src/desk/types';
import { FORMAT_INFO } from '../../src/wire/formats';
import { SENDABLE_FORMATS, type Destination, type SendableFormat } from '../../src/desk/destination';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { TabList } from '../common/TabList';
import { highlight } from './highlight';

const LANGUAGE: Record<SendableFormat, 'xml' | 'json' | 'text'> = { nitf: 'xml', newsml: 'xml', ninjs: 'json', iptc7901: 'text', anpa: 'text', html: 'xml', text: 'text' };

/**
 * Exactly what each format would send, with what the format loses listed above it. With a
 * destination chosen, the photos are named as a send there would name the files beside the story.
 */
export function PreviewDialog({ id, onClose }: { id: string; onClose(): void }) {
  const [format, setFormat] = useState<SendableFormat>('nitf');
  const [destinations, setDestinations] = useState<Destination[]>([]);
  const [destination, setDestination] = useState('');
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('listDestinations', {})
      .then((list) => {
        setDestinations(list);
        setDestination((chosen) => chosen || list[0]?.name || '');
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  useEffect(() => {
    let cancelled = false;
    setPreview(null);
    call('previewExport', { id, format, ...(destination ? { destination } : {}) })
      .then((result) => !cancelled && (setPreview(result), setError(null)))
      .catch((failure) => !cancelled && setError(errorMessage(failure)));
    return () => {
      cancelled = true;
    };
  }, [id, format, destination]);

  const tokens = useMemo(() => (preview ? highlight(preview.text, LANGUAGE[format]) : []), [preview, format]);

  return (
    <Dialog title="Preview" onClose={onClose} wide>
 {destinations.length > 0 && (
        <label>
          Destination{' '}
          <select value={destination} onChange={(e) => setDestination(e.target.value)}>
            {destinations.map((d) => (
              <option key={d.name} value={d.name}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <TabList label="Format" tabs={SENDABLE_FORMATS} selected={format} name={(f) => FORMAT_INFO[f].label} onSelect={setFormat} controls="preview-text" />
      {error && <p role="alert">{error}</p>}
      {preview && (
        <>
          <section aria-label="What this format loses" className="losses">
            {preview.losses.length === 0 ? <p>Nothing is lost in {FORMAT_INFO[format].label}.</p> : (
              <ul>
                {preview.losses.map((loss, i) => (
                  <li key={`${loss.code}-${i}`}>{loss.message}</li>
                ))}
              </ul>
            )}
            {preview.invalid.length > 0 && <p role="alert">This file fails its schema and would not be sent: {preview.invalid.join('; ')}</p>}
          </section>
          <pre id="preview-text" className="preview-text" aria-label={`${FORMAT_INFO[format].label} preview`} tabIndex={0}>
            {tokens.map((token, i) => (token.kind === 'plain' ? token.text : <span key={i} className={`tok-${token.kind}`}>{token.text}</span>))}
          </pre>
        </>
      )}
    </Dialog>
  );
}
