import { useEffect, useState } from 'react';
import type { CheckResult } from '../../src/desk/types';
import type { WireState } from '../../src/desk/wireState';
import type { ReadinessProblem } from '../../src/story/readiness';
import { call, errorMessage } from '../api';
import { useStoryChanges } from '../common/storyChanged';

interface ReadinessPanelProps {
  id: string;
  /** The saved version: the panel checks again whenever it changes (after each autosave). */
  version: number;
  /** What the wire has of the story: a killed story, or one sent and unchanged since, is not "ready to send". */
  wire: WireState | null;
  onGo(problem: ReadinessProblem): void;
}

/** The story's readiness problems; clicking one takes the cursor to the field or the place in the body. */
export function ReadinessPanel({ id, version, wire, onGo }: ReadinessPanelProps) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A sign-off, a return to the editor or a reviewer’s mark keeps the version: checked again when announced.
  const changes = useStoryChanges(id);

  useEffect(() => {
    let cancelled = false;
    // Checking a long story costs the library (the host, or Electron's main process) tens of
    // milliseconds of CPU: on two cores that slowed the story's first layout, so it waits for idle.
    const handle = window.requestIdleCallback(
      () => {
        call('checkStory', { id })
          .then((checked) => !cancelled && (setResult(checked), setError(null)))
          .catch((failure) => !cancelled && setError(errorMessage(failure)));
      },
      { timeout: 1_000 },
    );
    return () => {
      cancelled = true;
      window.cancelIdleCallback(handle);
    };
  }, [id, version, changes]);

  const errors = result?.problems.filter((p) => p.severity === 'error').length ?? 0;
  const onWireAsIs = !!wire?.copies.length && !wire.changedSince;
  const badge = wire?.sendRefusal ? 'Killed: never sent again' : !result ? null : !result.ready ? `${errors} ${errors === 1 ? 'problem blocks' : 'problems block'} sending` : onWireAsIs ? 'Sent; no changes since' : 'Ready to send';
  return (
    <section className="readiness" aria-label="Readiness">
      <h2>
        Readiness{' '}
        {badge && (
          <span className={result?.ready && !wire?.sendRefusal ? 'ready-badge ok' : 'ready-badge blocked'} data-ready={!!result?.ready && !wire?.sendRefusal}>
            {badge}
          </span>
        )}
      </h2>
      {error && <p className="readiness-error">Could not check the story: {error}</p>}
      {result && result.problems.length > 0 && (
        <ul className="problems">
          {result.problems.map((problem, i) => (
            <li key={`${problem.code}-${i}`} className={`problem problem-${problem.severity}`}>
              <button type="button" className="link-button" onClick={() => onGo(problem)}>
                <span className="severity">{problem.severity === 'error' ? 'Error' : 'Warning'}:</span> {problem.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
