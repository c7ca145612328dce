// Mocha's hooks used by the dashboard tests (see ../mocha-globals.d.ts for why they are declared by hand).
declare function before(body: () => Promise<void> | void): void;
declare function afterEach(body: () => Promise<void> | void): void;
declare function beforeEach(body: () => Promise<void> | void): void;
