// @vitest-environment node
// Fails when a component shows text that does not come from the catalogue: letters written directly in JSX,
// or in attributes people read or hear (aria-label, title, placeholder, alt, and our components' label props).
import { describe, expect, it } from 'vitest';
import { sourceFiles, ts, visit, where } from './source-files.ts';

const readAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'hint',
  'error',
  'description',
  'text',
  'message',
  'caption',
]);

const hasLetters = (text: string) => /\p{L}/u.test(text);

function findHardCodedText(): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles().filter((f) => f.path.endsWith('.tsx'))) {
    visit(file.ast, (node) => {
      if (ts.isJsxText(node) && hasLetters(node.text)) {
        problems.push(`${where(file, node)} text "${node.text.trim()}"`);
      }
      if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
        const e = node.expression;
        if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && hasLetters(e.text)) {
          problems.push(`${where(file, node)} text {"${e.text}"}`);
        }
      }
      if (ts.isJsxAttribute(node) && readAttributes.has(node.name.getText())) {
        const init = node.initializer;
        const literal =
          init && ts.isStringLiteral(init)
            ? init
            : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
              ? init.expression
              : undefined;
        if (literal && hasLetters(literal.text)) {
          problems.push(`${where(file, node)} ${node.name.getText()}="${literal.text}"`);
        }
      }
    });
  }
  return problems;
}

describe('user-visible text', () => {
  it('comes from the message catalogue, never from a string in a component', () => {
    expect(findHardCodedText()).toEqual([]);
  });

  it('is detected by the scanner (self-check on a sample)', () => {
    const sample = ts.createSourceFile(
      'sample.tsx',
      'const a = <p title="Hello">Welcome {"back"}</p>;',
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const texts: string[] = [];
    visit(sample, (node) => {
      if (ts.isJsxText(node) && hasLetters(node.text)) texts.push(node.text.trim());
    });
    expect(texts).toEqual(['Welcome']);
  });
});
