import { useState } from 'react';
import { isHttpUrl, type RelatedLink } from '../../src/story/story';

interface RelatedLinksProps {
  links: RelatedLink[];
  /** Called with the rows that can be saved: those whose URL is http(s), and titles still waiting for their address. */
  onChange(links: RelatedLink[]): void;
}

/** The rows with the one at `from` moved to `to`. */
function move<T>(rows: readonly T[], from: number, to: number): T[] {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
}

/** Related links: title + URL rows. A row with a URL that is not http(s) stays on screen, marked, and is not saved until fixed. */
export function RelatedLinks({ links, onChange }: RelatedLinksProps) {
  const [rows, setRows] = useState<RelatedLink[]>(links);

  const update = (next: RelatedLink[]) => {
    setRows(next);
    // A title with no address yet is kept (readiness asks for the address); a half-typed address is not saved.
    onChange(next.filter((row) => isHttpUrl(row.url) || (row.url === '' && row.title.trim() !== '')));
  };

  return (
    <fieldset className="related">
      <legend>Related links</legend>
      {rows.map((row, index) => {
        const invalid = row.url !== '' && !isHttpUrl(row.url);
        return (
          <div className="related-row" key={index}>
            <input aria-label={`Related link ${index + 1} title`} placeholder="Title" value={row.title} onChange={(e) => update(rows.map((r, i) => (i === index ? { ...r, title: e.target.value } : r)))} />
            <input
              aria-label={`Related link ${index + 1} URL`}
              placeholder="https://"
              value={row.url}
              aria-invalid={invalid}
              onChange={(e) => update(rows.map((r, i) => (i === index ? { ...r, url: e.target.value.trim() } : r)))}
            />
            <span className="related-actions">
              <button type="button" aria-label={`Move related link ${index + 1} up`} title="Move up" disabled={index === 0} onClick={() => update(move(rows, index, index - 1))}>
                ↑
              </button>
              <button type="button" aria-label={`Move related link ${index + 1} down`} title="Move down" disabled={index === rows.length - 1} onClick={() => update(move(rows, index, index + 1))}>
                ↓
              </button>
              <button type="button" aria-label={`Remove related link ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
                Remove
              </button>
            </span>
            {invalid && (
              <p className="field-error" role="alert">
                Not saved: a related link must start with http:// or https://.
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => setRows([...rows, { title: '', url: '' }])}>
        Add related link
      </button>
    </fieldset>
  );
}
