import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface ReadmeSnippet {
  /** The fence's info string (`jsx`, `tsx`, `vue`, `svelte`, …). */
  lang: string;
  code: string;
}

/**
 * The first fenced code block under `### <heading>` in README.md's `## <section>`: the snippet a reader copies.
 * Throws when the section, the heading or its block is missing, so a renamed heading fails loudly.
 */
export function readmeSnippet(heading: string, section = 'Embed it', readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')): ReadmeSnippet {
  const lines = readme.split('\n');
  let inSection = false;
  let inHeading = false;
  // An open fence: a `# comment` inside any code block is never read as a heading.
  let fence: { marker: string; lang: string; start: number } | undefined;
  for (const [index, line] of lines.entries()) {
    if (fence) {
      if (line.trimEnd() !== fence.marker) continue;
      if (inHeading) return { lang: fence.lang, code: `${lines.slice(fence.start, index).join('\n')}\n` };
      fence = undefined;
      continue;
    }
    const opening = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, lang: opening[2] ?? '', start: index + 1 };
      continue;
    }
    const title = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (!title) continue;
    const level = title[1]!.length;
    if (level <= 2) {
      inSection = level === 2 && title[2] === section;
      inHeading = false;
    } else if (level === 3) {
      inHeading = inSection && title[2] === heading;
    }
  }
  throw new Error(`README.md has no fenced code block under "## ${section}" › "### ${heading}"`);
}
