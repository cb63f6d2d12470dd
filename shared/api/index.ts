export * from './result';
export * from './contract';
export * from './events';
export * from './client';
export * from './ipc-channels';
