import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplatesIn } from '../../build/minify-lit-templates.js';

const minify = (source: string) => minifyTemplatesIn(source, 'view.ts');

test('css: comments go, whitespace shrinks around punctuation, values keep their spaces', () => {
  const source = "const s = css`\n  /* why */\n  .a > .b ,\n  .c:hover {\n    padding: 0 16px;\n    color: var(--x);\n  }\n`;";
  assert.equal(minify(source), 'const s = css`.a>.b,.c:hover{padding:0 16px;color:var(--x)}`;');
});

test('css: the space between an expression and the next value stays', () => {
  const source = 'const s = css`.a { padding: ${top} ${side}; }`;';
  assert.equal(minify(source), 'const s = css`.a{padding:${top} ${side}}`;');
});

test('html: a whitespace run across lines becomes one space; expressions and one-line text are untouched', () => {
  const source = 'const t = html`<div\n    class="a"\n    @click=${() => go(`x  y`)}>\n      ${label} ${more}\n    </div>`;';
  assert.equal(minify(source), 'const t = html`<div class="a" @click=${() => go(`x  y`)}> ${label} ${more} </div>`;');
});

test('nested templates are minified; other tags, plain strings and TypeScript types are left alone', () => {
  const source = [
    'const rows: Array<string> = items.map((item: string) => html`<li>\n  ${item}\n</li>`);',
    'const q = sql`SELECT *\n  FROM t`;',
    "const s = 'html`<p>\\n  x</p>`';",
  ].join('\n');
  assert.equal(
    minify(source),
    [
      'const rows: Array<string> = items.map((item: string) => html`<li> ${item} </li>`);',
      'const q = sql`SELECT *\n  FROM t`;',
      "const s = 'html`<p>\\n  x</p>`';",
    ].join('\n'),
  );
});

test('a file that does not parse is returned as it came', () => {
  const source = 'const t = html`<p>\n  x</p>` +;';
  assert.equal(minify(source), source);
});
