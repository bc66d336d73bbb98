export * from './story';
export * from './body';
export * from './counts';
export * from './dateline';
export * from './derived';
