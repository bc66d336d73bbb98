export * from './anchor';
export * from './reviewMarks';
export * from './reviewState';
export * from './attributionReport';
export * from './matchMarks';
export * from './shortenQuote';
export * from './quoteChange';
