// How every headless Chromium here is launched (Playwright, web-test-runner, benches, screenshots): the
// Debian package (or CHROME_PATH), since Playwright's own browser download cannot run on these machines.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
