// The contract's types are written as `z.infer<typeof Schema>` over zod/mini schemas, so tsc's declarations
// import `zod/mini`, which the browser package does not depend on (the hub checks responses with the
// contract's generated JSON Schemas, not zod). This rewrites those declaration files into plain types: each
// `export type X = z.infer<…>` becomes the object type it resolves to, and the schema constants (values the
// package's entries never export) and the zod import go. It runs TypeScript 5.9's checker (TypeScript 7 has
// no JavaScript API), the copy installed for @custom-elements-manifest/analyzer (root package.json `overrides`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'));
const ts = require('typescript');

const ZOD = /^zod(\/|$)/;

/** Rewrites every declaration file under `typesDir` that imports zod; returns the files it changed. */
export function flattenContractTypes(typesDir) {
  const files = readdirSync(typesDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => join(typesDir, f))
    .filter((f) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(f, 'utf8')));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const flags =
    ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseStructuralFallback | ts.TypeFormatFlags.MultilineObjectLiterals;
  const changed = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const importsZod = source.statements.some((s) => ts.isImportDeclaration(s) && ZOD.test(s.moduleSpecifier.text));
    if (!importsZod) continue;
    const zodNames = new Set();
    for (const s of source.statements) {
      if (!ts.isImportDeclaration(s) || !ZOD.test(s.moduleSpecifier.text)) continue;
      const bindings = s.importClause?.namedBindings;
      if (s.importClause?.name) zodNames.add(s.importClause.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) zodNames.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) zodNames.add(e.name.text);
    }
    const mentionsZod = (node) => {
      let found = false;
      const visit = (n) => {
        if (found) return;
        if (ts.isIdentifier(n) && zodNames.has(n.text)) found = true;
        else ts.forEachChild(n, visit);
      };
      visit(node);
      return found;
    };
    const text = source.getFullText();
    let out = '';
    let cursor = 0;
    for (const s of source.statements) {
      const start = s.getFullStart();
      out += text.slice(cursor, start);
      cursor = s.getEnd();
      const original = text.slice(start, cursor);
      if (ts.isImportDeclaration(s) && ZOD.test(s.moduleSpecifier.text)) continue;
      if (!mentionsZod(s)) {
        out += original;
        continue;
      }
      if (ts.isVariableStatement(s)) continue; // a schema constant: a value no entry exports
      if (ts.isTypeAliasDeclaration(s) && !s.typeParameters) {
        const type = checker.getTypeAtLocation(s.name);
        const printed = checker.typeToString(type, undefined, flags);
        if (/\bz\.|zod|\$strip|ZodMini/.test(printed)) throw new Error(`${file}: ${s.name.text} still names zod: ${printed.slice(0, 200)}`);
        const leading = original.slice(0, s.getStart() - start);
        const exported = s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ? 'export ' : '';
        out += `${leading}${exported}type ${s.name.text} = ${printed};`;
        continue;
      }
      throw new Error(`${file}: cannot flatten a declaration that uses zod: ${original.trim().slice(0, 200)}`);
    }
    out += text.slice(cursor);
    writeFileSync(file, out);
    changed.push(file);
  }
  return changed;
}
