// The review's contract methods (issue 6) over the store. The checker itself is pure
// (src/attribution); what the reviewer decides lives in the library.
import type { StorePort } from '../store/storePort';
import type { ServiceHandlers } from './services';

export type ReviewMethod = 'listReviewMarks' | 'setReviewMark' | 'deleteReviewMark' | 'signOff' | 'returnToEditor';

export function createReviewServices(store: StorePort): Pick<ServiceHandlers, ReviewMethod> {
  return {
    listReviewMarks: ({ id }) => store.listReviewMarks(id),
    setReviewMark: (input) => store.setReviewMark(input),
    deleteReviewMark: (input) => store.deleteReviewMark(input),
    signOff: (input) => store.signOff(input),
    returnToEditor: (input) => store.returnToEditor(input),
  };
}
