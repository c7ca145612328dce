// web-test-runner runs these files with mocha's globals; @types/mocha is not installed, so declare the few we use.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => Promise<void> | void): void;
