import { useState } from 'react';
import { Notice } from '../common/Notice';
import { forgetWarnings, warningsFor } from './checkThese';

/** In the story view: what the importer was unsure of in this story, until the user dismisses it. */
export function CheckTheseNotice({ storyId }: { storyId: string }) {
  const [warnings, setWarnings] = useState(() => warningsFor(storyId));
  if (!warnings.length) return null;
  const dismiss = () => {
    forgetWarnings(storyId);
    setWarnings([]);
  };
  return (
    <Notice tone="warning" message="Check these: the importer was not sure of them, and kept the text as it found it." onDismiss={dismiss}>
      <ul className="check-these" aria-label="Check these">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </Notice>
  );
}
