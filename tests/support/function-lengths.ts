/**
 * The length of every function in the sources (TypeScript modules and the scripts of Svelte
 * components), read with TypeScript's own parser, so a review rule — no function longer than
 * 60 lines — can be a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => join(root, dir, f)),
  );
}

/** A Svelte component's <script> blocks, with blank lines where the markup was, so line numbers hold. */
function scriptOf(text: string): string {
  return text.replace(/<script[^>]*>([\s\S]*?)<\/script>|[^\n]/g, (all, script: string | undefined) => (script !== undefined ? ' '.repeat(all.indexOf('>') + 1) + script + '         ' : ''));
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  return '(anonymous)';
}

export function functionLengths(root: string, dirs: readonly string[]): FunctionLength[] {
  const out: FunctionLength[] = [];
  for (const path of sourceFiles(root, dirs)) {
    const raw = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, path.endsWith('.svelte') ? scriptOf(raw) : raw, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: relative(root, path), name: nameOf(node, source), line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
