import { parseSync, Visitor, type Plugin } from 'vite';

/**
 * Minifies the static text of Lit `html` and `css` tagged templates in our own sources at build time.
 * Only the literal parts (quasis) change, never the `${…}` expressions, and each change keeps what the
 * browser sees: in HTML a whitespace run that spans lines becomes one space (HTML renders any run as one
 * space, and our templates keep no multi-line text in `<pre>`/`<textarea>`); in CSS comments go and
 * whitespace shrinks around punctuation where CSS ignores it.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'connect-hub:minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\/src\/.*\.ts$/, exclude: /node_modules/ } },
      handler(source, id) {
        if (!/\b(?:html|css)`/.test(source)) return null;
        const minified = minifyTemplatesIn(source, id);
        return minified === source ? null : { code: minified, map: null };
      },
    },
  };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function minifyTemplatesIn(source: string, fileName: string): string {
  const { program, errors } = parseSync(fileName, source, { lang: 'ts', sourceType: 'module' });
  if (errors.length > 0) return source;
  const edits: Edit[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
      if (tag !== 'html' && tag !== 'css') return;
      const quasis = node.quasi.quasis;
      quasis.forEach((quasi, index) => {
        const raw = quasi.value.raw;
        // oxc's span includes the opening delimiter (a backtick or the `}` closing an expression); edit
        // nothing if the raw text is not right after it.
        const start = quasi.start + 1;
        if (!source.startsWith(raw, start) || start + raw.length > quasi.end) return;
        const position = { first: index === 0, last: index === quasis.length - 1 };
        const text = tag === 'css' ? minifyCss(raw, position) : minifyHtml(raw);
        if (text !== raw) edits.push({ start, end: start + raw.length, text });
      });
    },
  }).visit(program);
  let output = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return output;
}

function minifyHtml(raw: string): string {
  return raw.replace(/<!--(?!\?lit)[^]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

function minifyCss(raw: string, position: { first: boolean; last: boolean }): string {
  let text = raw
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  if (position.first) text = text.replace(/^ /, '');
  if (position.last) text = text.replace(/ $/, '');
  return text;
}
