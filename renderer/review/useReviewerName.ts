import { useCallback, useState } from 'react';

/** The reviewer's name is asked once per machine and remembered, like the smart-quotes choice. */
const REVIEWER_NAME_KEY = 'galley.reviewerName';

export function useReviewerName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => localStorage.getItem(REVIEWER_NAME_KEY) ?? '');
  const remember = useCallback((next: string) => {
    setName(next);
    localStorage.setItem(REVIEWER_NAME_KEY, next);
  }, []);
  return [name, remember];
}
