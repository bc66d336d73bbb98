export { PullQuote, type PullQuoteOptions } from './pullQuote';
