export { findAttributions } from './findAttributions';
export type { Finding, FindingKind, Span } from './types';
