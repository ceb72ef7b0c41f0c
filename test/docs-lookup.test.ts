// The "Error messages" page (docs/error-messages.mdx) must list every message the simulator can
// raise, each quoted exactly and linked to a Troubleshooting section that quotes it too. The
// messages are read from the engine's source (every `new SimError(type, message)` in the layers
// that raise them: paths/, rules/, server/, client/, host/ and sdk/, and the server's message
// table), so a new message without a row fails here.
// The fix shown first in a section (a ```diff block) is applied to its Try it scenario's
// starting code and must reach the scenario's goal.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attemptScenario, scenarios } from 'playground-engine';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = readFileSync(path.join(ROOT, 'docs/troubleshooting.mdx'), 'utf8');
const MESSAGES_PAGE = readFileSync(path.join(ROOT, 'docs/error-messages.mdx'), 'utf8');
/** How a row links a Troubleshooting section: a relative doc link the site build checks. */
const SECTION_LINK = /^\.\/troubleshooting\.mdx(#[\w-]+)$/;
const ENGINE_DIRS = ['paths', 'rules', 'server', 'client', 'host', 'sdk'].map((d) =>
  path.join(ROOT, 'playground-engine/src', d),
);

// ---------------------------------------------------------------- the page

/** Code spans of a markdown line, CommonMark style (`` `a` `` or ``` `` a `b` `` ```). */
function codeSpans(line: string): string[] {
  const spans: string[] = [];
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  for (const m of line.matchAll(re)) {
    let text = m[2];
    if (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') text = text.slice(1, -1);
    spans.push(text);
  }
  return spans;
}

interface Row {
  line: number;
  quoted: string[];
  /** The link as written. */
  href: string;
  target: string;
  simulatorWording: boolean;
}

/**
 * The rows of the "If you see | Go to" table: quoted messages and the link of each. A link to a
 * Troubleshooting section (`./troubleshooting.mdx#id`) is kept as `#id`; other links as written.
 */
function lookupRows(page: string): Row[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => /^\|\s*If you see\s*\|/.test(l));
  if (start === -1) throw new Error('error-messages.mdx has no "| If you see |" table');
  const rows: Row[] = [];
  for (let i = start + 1; i < lines.length && lines[i].startsWith('|'); i++) {
    const l = lines[i];
    if (/^\|\s*-{3,}/.test(l)) continue;
    const cells = l.split(/(?<!\\)\|/).slice(1, -1);
    if (cells.length !== 2) throw new Error(`line ${i + 1}: a row needs two cells: ${l}`);
    const href = /\]\(([^)]*)\)/.exec(cells[1])?.[1] ?? '';
    rows.push({
      line: i + 1,
      quoted: codeSpans(cells[0]),
      href,
      target: SECTION_LINK.exec(href)?.[1] ?? href,
      simulatorWording: cells[0].includes('<SimWording'),
    });
  }
  return rows;
}

/** Heading ids written as `{#id}`, with the text of each section (up to the next heading). */
function sections(page: string): Map<string, string> {
  const out = new Map<string, string>();
  const noFences = page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, (m) =>
    m.replace(/^#/gm, ' #'),
  );
  const lines = page.split('\n');
  const headings = [...noFences.matchAll(/^#{2,6} .*\{#([\w-]+)\}\s*$/gm)];
  for (const [i, h] of headings.entries()) {
    const from = noFences.slice(0, h.index).split('\n').length - 1;
    const next = headings[i + 1];
    const to = next ? noFences.slice(0, next.index).split('\n').length - 1 : lines.length;
    out.set(h[1], lines.slice(from, to).join('\n'));
  }
  return out;
}

// ---------------------------------------------------------------- the engine

interface EngineMessage {
  where: string;
  pyType?: string;
  /** The fixed text around each `${...}` of the message, in order. */
  chunks: string[];
  /** Written in serverMessages.ts below the UNVERIFIED marker: the simulator's own wording. */
  unverified: boolean;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) && e.name !== 'testkit.ts'
      ? [full]
      : [];
  });
}

/** The fixed parts of a message expression, or undefined when it is not written in place. */
function literalChunks(node: ts.Node): string[] | undefined {
  if (ts.isParenthesizedExpression(node)) return literalChunks(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  }
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return literalChunks(node.body);
  return undefined;
}

function pyTypeOf(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isIdentifier(node)) {
    const known: Record<string, string> = {
      COMM: 'wandb.errors.CommError',
      USAGE: 'wandb.errors.UsageError',
      NOT_LOGGED: 'wandb.errors.ArtifactNotLoggedError',
    };
    return known[node.text];
  }
  return undefined;
}

function engineMessages(): EngineMessage[] {
  const out: EngineMessage[] = [];
  for (const file of ENGINE_DIRS.flatMap(tsFiles)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = path.relative(ROOT, file);
    const unverifiedFrom = text.indexOf('UNVERIFIED: the simulator');
    const visit = (node: ts.Node) => {
      // new SimError(type, message, hint?) with the message written in place.
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'SimError'
      ) {
        const chunks = node.arguments?.[1] && literalChunks(node.arguments[1]);
        if (chunks) {
          out.push({
            where: `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
            pyType: pyTypeOf(node.arguments?.[0]),
            chunks,
            unverified: false,
          });
        }
      }
      // The server's message table: `export const msg = { name: 'text' | (..) => `text` }`.
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'msg' &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer)
      ) {
        for (const p of node.initializer.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const chunks = literalChunks(p.initializer);
          if (!chunks) continue;
          out.push({
            where: `${rel} msg.${p.name.getText(sf)}`,
            chunks,
            unverified: unverifiedFrom !== -1 && p.getStart() > unverifiedFrom,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message matches a quote when its fixed parts appear in it, in order, from its start. */
function quoteMatches(message: EngineMessage, quote: string): boolean {
  const fixed = message.chunks.map(squash);
  if (fixed.join('').trim() === '') {
    return message.pyType !== undefined && quote === message.pyType.split('.').pop();
  }
  const re = new RegExp(`^${fixed.map(escapeRe).join('[\\s\\S]*?')}$`);
  return re.test(squash(quote));
}

// ---------------------------------------------------------------- the tests

const rows = lookupRows(MESSAGES_PAGE);
const messages = engineMessages();
const sectionText = sections(PAGE);

describe('the helpers', () => {
  it('reads code spans, double-backtick ones too', () => {
    expect(codeSpans('`a` and `` b `c` d ``')).toEqual(['a', 'b `c` d']);
  });

  it('matches a quote with placeholders, in order, whole', () => {
    const m: EngineMessage = {
      where: 'x',
      chunks: ['Invalid artifact path: ', ''],
      unverified: false,
    };
    expect(quoteMatches(m, "Invalid artifact path: '...'")).toBe(true);
    expect(quoteMatches(m, 'Invalid path: x')).toBe(false);
    expect(quoteMatches(m, "HTTP 400: Invalid artifact path: 'x'")).toBe(false);
  });

  it('finds the engine messages, the server table and its UNVERIFIED part included', () => {
    expect(messages.length).toBeGreaterThan(30);
    const texts = messages.map((m) => m.chunks.join('…'));
    expect(texts).toContain('Invalid artifact path: …');
    expect(texts).toContain('Entity name is required to resolve org entity name.');
    const roleText = messages.find((m) => m.where.endsWith('msg.insufficientRole'));
    expect(roleText?.unverified).toBe(true);
    expect(messages.find((m) => m.where.endsWith('msg.personalEntityLink'))?.unverified).toBe(
      false,
    );
  });
});

describe('"Error messages" lists every message the simulator can raise', () => {
  it.each(messages.map((m) => [m.where, m] as const))('%s has a row', (_where, m) => {
    const row = rows.find((r) => r.quoted.some((q) => quoteMatches(m, q)));
    expect(
      row,
      `no row quotes "${m.chunks.join('...')}"; add one to docs/error-messages.mdx`,
    ).toBeDefined();
    if (m.unverified) {
      expect(row?.simulatorWording, `row at line ${row?.line} needs <SimWording />`).toBe(true);
    }
  });
});

describe('the two pages', () => {
  it('each row links a doc file with an anchor, which the site build checks', () => {
    expect(rows.length).toBeGreaterThan(40);
    const loose = rows.filter((r) => !/^\.\/[\w-]+\.mdx#[\w-]+$/.test(r.href));
    expect(loose.map((r) => `line ${r.line}: ${r.href}`)).toEqual([]);
  });

  it('Troubleshooting keeps its old #lookup anchor, leading to Error messages', () => {
    expect(sectionText.get('lookup')).toMatch(/\]\(\.\/error-messages\.mdx\)/);
  });
});

describe('no row quotes a message the simulator no longer raises', () => {
  // Rows for texts outside the engine: older SDK versions, Python's NameError, the runtime page.
  const notEngine = [
    '#client-not-initialized',
    '#older-org-messages',
    '#returns-none',
    '#undefined-name',
    '#org-name-collision', // not an error: a name shape
    '#confirm-exact-path',
    '#reinit-value', // pydantic's and _str_as_bool's texts, raised by python/wandb/settings.ts
  ];
  // Warnings the SDK prints (termwarn in sdk/), not SimError messages this scan reads.
  const warnings = [
    'WARNING Skipping non-alias updates due to insufficient permissions on the source artifact.', // sdk/artifactUpdate.ts
  ];
  it.each(rows.map((r) => [r.line, r] as const))('row at line %s', (_line, r) => {
    if (notEngine.includes(r.target) || !r.target.startsWith('#')) return;
    if (r.quoted.every((q) => warnings.includes(q))) return;
    const quotesAnEngineMessage = r.quoted.some((q) => messages.some((m) => quoteMatches(m, q)));
    expect(quotesAnEngineMessage, `row at line ${r.line}: ${r.quoted[0]}`).toBe(true);
  });
});

describe('each row leads to a section that has the message', () => {
  it.each(rows.map((r) => [r.line, r] as const))('row at line %s', (_line, r) => {
    expect(r.quoted.length, 'a row quotes its message in `code`').toBeGreaterThan(0);
    if (!r.target.startsWith('#')) return; // another page, checked by the site build
    const anchor = r.target.slice(1);
    const text = sectionText.get(anchor);
    expect(text, `no heading {#${anchor}}`).toBeDefined();
    // The section quotes (a concrete instance of) one of the row's engine messages.
    const rowMessages = messages.filter((m) => r.quoted.some((q) => quoteMatches(m, q)));
    if (rowMessages.length === 0) return; // older SDKs, NameError: not engine messages
    const stripType = (l: string) => l.replace(/^(\w+\.)*\w+: /, '');
    // One message per line of a ```text block, or one message over the rest of the block
    // (a multi-line message comes last), or an inline code span.
    const blocks = [...text!.matchAll(/```text\n([\s\S]*?)\n```/g)].map((b) => b[1].split('\n'));
    const quotedInSection = [
      ...blocks.flatMap((b) => b.map((_, i) => stripType(b.slice(i).join('\n')))),
      ...blocks.flat().map(stripType),
      ...codeSpans(text!),
    ];
    expect(
      rowMessages.some((m) => quotedInSection.some((q) => quoteMatches(m, q))),
      `section #${anchor} does not quote ${rowMessages[0].chunks.join('...')}`,
    ).toBe(true);
  });
});

describe('the fix shown first solves the scenario', () => {
  const withDiff = scenarios.filter((s) => /```diff\n/.test(sectionText.get(s.docs) ?? ''));

  it('most scenario sections open with a diff', () => {
    expect(withDiff.length).toBeGreaterThanOrEqual(12);
  });

  it.each(withDiff.map((s) => [s.id, s] as const))('%s', async (_id, s) => {
    const diff = /```diff\n([\s\S]*?)\n```/.exec(sectionText.get(s.docs)!)![1].split('\n');
    const before = diff.filter((l) => !l.startsWith('+')).map((l) => l.slice(1));
    const after = diff.filter((l) => !l.startsWith('-')).map((l) => l.slice(1));
    const code = s.code.split('\n');
    const at = code.findIndex((_, i) => before.every((l, k) => code[i + k] === l));
    expect(
      at,
      `the diff's old lines are not in the scenario's code:\n${before.join('\n')}`,
    ).not.toBe(-1);
    const fixed = [...code.slice(0, at), ...after, ...code.slice(at + before.length)].join('\n');
    const { result, verdict } = await attemptScenario(s, fixed);
    expect(result.error?.message).toBeUndefined();
    expect(verdict).toEqual({ ok: true });
  });
});
