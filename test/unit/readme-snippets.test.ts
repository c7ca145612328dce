import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readmeSnippet } from '../e2e/support/readme-snippets.js';

// The framework-hosts e2e embeds README.md's snippets by heading; a wrong pick would test the wrong code.
const README = [
  '# Title',
  '## Embed it',
  '### React',
  'Some words.',
  '```tsx',
  'export const react = 1;',
  '```',
  '```tsx',
  'export const second = 2;',
  '```',
  '### Vue',
  '```sh',
  '# a comment, not a heading',
  '### Svelte',
  '```',
  '### Angular',
  'no block here',
  '## Other',
  '### Svelte',
  '```svelte',
  '<p>outside the section</p>',
  '```',
].join('\n');

test('the first block under the heading, with its language', () => {
  assert.deepEqual(readmeSnippet('React', 'Embed it', README), { lang: 'tsx', code: 'export const react = 1;\n' });
});

test('a heading-like line inside a code block is code, not a heading', () => {
  assert.deepEqual(readmeSnippet('Vue', 'Embed it', README), { lang: 'sh', code: '# a comment, not a heading\n### Svelte\n' });
  assert.throws(() => readmeSnippet('Svelte', 'Embed it', README), /no fenced code block under "## Embed it" › "### Svelte"/);
});

test('a heading without a block, or under another section, is an error', () => {
  assert.throws(() => readmeSnippet('Angular', 'Embed it', README), /"### Angular"/);
  assert.deepEqual(readmeSnippet('Svelte', 'Other', README).code, '<p>outside the section</p>\n');
});

test("README.md's own React, Vue and Svelte snippets are there", () => {
  for (const heading of ['React', 'Vue', 'Svelte']) assert.match(readmeSnippet(heading).code, /<connect-link-button/);
});
