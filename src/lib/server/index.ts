// Server-only storage: the database, accounts and sessions, and the repositories routes call.
// Every repository function takes the database first (getDb() in the app, createDb(url) in tests).
export * from './db';
export * from './result';
export * from './clock';
export * from './headers';
export * from './rate-limit';
export * from './share-code';
export * from './auth/password';
export * from './auth/sessions';
export * from './auth/login';
export * from './repo/users';
export * from './repo/packs';
export * from './repo/sets';
export * from './repo/questions';
