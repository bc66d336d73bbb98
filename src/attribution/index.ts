export { findAttributions } from './findAttributions';
export { agenciesNamedIn, captionHasCredit, checkAgencyCredit, checkCredits, checkPhotoCredits } from './credits';
export type { CreditFinding, CreditedStory } from './credits';
export type { Finding, FindingKind, Span } from './types';
