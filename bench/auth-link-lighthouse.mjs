// Lighthouse (mobile: its default Moto G Power profile, simulated slow 4G and 4× CPU) on the auth link of a
// fresh session on the real server: performance score, LCP, TBT, CLS, and the audits that failed.
// Pinned at lighthouse@12.2.3 (13 needs Node 22). It is not a dependency (too heavy for every CI install):
// `npm exec --yes lighthouse@12.2.3` fetches it into npm's cache on first use; without the registry this
// bench says so and skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCH, requireBuild, startHubServer } from './hub-server.js';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM_LAUNCH.executablePath;

requireBuild();
const server = await startHubServer();
const out = mkdtempSync(join(tmpdir(), 'connect-hub-lighthouse-'));
try {
  const session = await server.createSession({ origin_owner_id: 'bench-lighthouse' });
  const report = join(out, 'report.json');
  const run = spawnSync(
    'npm',
    [
      'exec', '--yes', `${LIGHTHOUSE}`, '--',
      session.auth_link_url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH }, encoding: 'utf8', timeout: 300_000 },
  );
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    const why = (run.error?.message ?? `${run.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ')) || `exit ${run.status}`;
    console.log(`lighthouse skipped: ${LIGHTHOUSE} could not be fetched or run (${why})`);
    process.exit(0);
  }
  const audit = (id) => result.audits[id];
  const seconds = (id) => `${(audit(id).numericValue / 1000).toFixed(2)} s`;
  console.log(`lighthouse ${result.lighthouseVersion} mobile (${result.configSettings.formFactor}, ${result.configSettings.throttlingMethod} throttling) on the auth link`);
  console.log(`  performance ${Math.round(result.categories.performance.score * 100)}`);
  console.log(`  LCP ${seconds('largest-contentful-paint')}, FCP ${seconds('first-contentful-paint')}, TBT ${Math.round(audit('total-blocking-time').numericValue)} ms, CLS ${audit('cumulative-layout-shift').numericValue.toFixed(3)}, Speed Index ${seconds('speed-index')}`);
  const failed = Object.values(result.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  console.log(`  audits below 90: ${failed.length ? failed.join('; ') : 'none'}`);
} finally {
  if (process.env.KEEP_REPORT) console.log(`  report kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
  await server.stop();
}
