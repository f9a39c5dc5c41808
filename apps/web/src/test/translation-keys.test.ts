// @vitest-environment node
// Every translation key the source mentions exists in the English catalogue (and so, by messages.test.ts,
// in every language). Complements the typed `t()` in tsc: this also catches keys built at run time from a
// static prefix and validation codes written into zod schemas.
import { messages } from '@citydesk/i18n';
import { describe, expect, it } from 'vitest';
import { sourceFiles, ts, visit, where } from './source-files.ts';

type Tree = { [key: string]: string | Tree };
const en = messages.en as unknown as Tree;

function lookup(path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, key) => {
    return node && typeof node === 'object' ? node[key] : undefined;
  }, en);
}

const namespaces = new Set(Object.keys(en));
const looksLikeKey = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/;
const validationCodes = new Set(Object.keys(messages.en.validation));
const zodMethods = new Set(['min', 'max', 'length', 'regex', 'refine', 'email', 'nonempty']);

interface Findings {
  keys: string[];
  missing: string[];
  prefixes: string[];
  badPrefixes: string[];
  codes: string[];
  badCodes: string[];
}

function scan(): Findings {
  const found: Findings = { keys: [], missing: [], prefixes: [], badPrefixes: [], codes: [], badCodes: [] };
  for (const file of sourceFiles()) {
    visit(file.ast, (node) => {
      // 'requestStatus.NEW' anywhere: a leaf of the catalogue.
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const text = node.text;
        if (looksLikeKey.test(text) && namespaces.has(text.split('.')[0]!)) {
          found.keys.push(text);
          if (typeof lookup(text) !== 'string') found.missing.push(`${where(file, node)} ${text}`);
        }
      }
      // t(`requestStatus.${status}`): the static prefix names a group of the catalogue.
      if (ts.isTemplateExpression(node) && looksLikeKey.test(`${node.head.text}x`)) {
        const prefix = node.head.text.replace(/\.$/, '');
        if (namespaces.has(prefix.split('.')[0]!)) {
          found.prefixes.push(prefix);
          if (typeof lookup(prefix) !== 'object') found.badPrefixes.push(`${where(file, node)} ${prefix}`);
        }
      }
      // z.string().min(1, 'required') and ctx.addIssue({ message: 'location_required' }): validation codes.
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        if (zodMethods.has(node.expression.name.text)) {
          for (const arg of node.arguments.slice(1)) {
            if (ts.isStringLiteral(arg)) {
              found.codes.push(arg.text);
              if (!validationCodes.has(arg.text)) found.badCodes.push(`${where(file, arg)} ${arg.text}`);
            }
          }
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText() === 'message' &&
        ts.isStringLiteral(node.initializer)
      ) {
        found.codes.push(node.initializer.text);
        if (!validationCodes.has(node.initializer.text)) {
          found.badCodes.push(`${where(file, node)} ${node.initializer.text}`);
        }
      }
    });
  }
  return found;
}

describe('translation keys used in the source', () => {
  const found = scan();

  it('finds the keys (the scanner works)', () => {
    expect(found.keys.length).toBeGreaterThan(100);
    expect(found.prefixes).toContain('requestStatus');
    expect(found.codes).toContain('required');
  });

  it('all exist in the English catalogue', () => {
    expect(found.missing).toEqual([]);
  });

  it('build dynamic keys only from catalogue groups', () => {
    expect(found.badPrefixes).toEqual([]);
  });

  it('use only validation codes the catalogue translates', () => {
    expect(found.badCodes).toEqual([]);
  });
});
