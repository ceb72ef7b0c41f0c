// Runs every ```python block in docs/ against the simulator and checks the outcome its meta
// declares (`world=<seed id> expect=ok|<ErrorType>`), so the docs cannot drift from the engine.
// Blocks of one page share one world per world id, in page order, as they do in the browser.
// Every block runs three times: in the docs' names, and under "Use my names" with two sets of
// a reader's names (one where the team has the org's name, so ORG_ENTITY_NAME gets a suffix),
// rewritten and with worlds built exactly as the pages do it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as engine from 'playground-engine';
import { createWorld, runSnippet, worldSeeds } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { type MyNames, namesProblem, rewriteCode } from '../src/playground/myNames';
import { namesWorldProblem, seedInNames } from '../src/playground/namesWorld';

const DOCS_DIR = fileURLToPath(new URL('../docs', import.meta.url));

interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  meta: Record<string, string>;
  code: string;
  /** 1-based line of the heading the block sits under (0 before any heading). */
  section: number;
}

/** Reads `key=value`, `key="quoted value"` and bare `flag` tokens from a fence's info string. */
function parseMeta(info: string): Record<string, string> {
  const meta: Record<string, string> = {};
  const token = /([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (const m of info.matchAll(token)) {
    meta[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return meta;
}

/**
 * CommonMark-style fenced code blocks: an opening run of 3+ backticks or tildes (indented at
 * most 3 spaces), closed by a run of the same character at least as long. An unclosed fence is
 * an error rather than a silently swallowed page.
 */
function parseFencedBlocks(source: string, fileLabel = '<input>'): FencedBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  const opening = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
  let section = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^#{1,6} /.test(lines[i])) section = i + 1;
    const open = opening.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, info] = open;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j])) {
      // Content lines lose at most the opening fence's indentation.
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
      j++;
    }
    if (j >= lines.length) {
      throw new Error(`${fileLabel}:${i + 1}: code fence ${fence} is never closed`);
    }
    blocks.push({ line: i + 1, lang, meta: parseMeta(info), code: body.join('\n'), section });
    i = j;
  }
  return blocks;
}

/**
 * The texts a section quotes (its ```text blocks before `block`), one per line, each cut at a
 * trailing `...` the docs use to elide the rest. Compared ignoring case: the older-SDK sections
 * quote one form and say in prose where a version lowers its first letter.
 */
function quotedTexts(blocks: FencedBlock[], block: FencedBlock): string[] {
  return blocks
    .filter((b) => b.lang === 'text' && b.section === block.section && b.line < block.line)
    .flatMap((b) => b.code.split('\n'))
    .map((l) =>
      l
        .replace(/\s*\.\.\.\s*$/, '')
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

/** `CommError` matches `wandb.errors.CommError`; a dotted expectation must match exactly. */
function errorTypeMatches(actual: string, expected: string): boolean {
  if (actual === expected) return true;
  return !expected.includes('.') && actual.split('.').at(-1) === expected;
}

/** The problem with a python block's meta, or undefined when it is runnable as declared. */
function metaProblem(meta: Record<string, string>, knownWorlds: string[]): string | undefined {
  if (!meta.world) {
    return `has no world=<id>; valid ids: ${knownWorlds.join(', ')}`;
  }
  if (!knownWorlds.includes(meta.world)) {
    return `names unknown world '${meta.world}'; valid ids: ${knownWorlds.join(', ')}`;
  }
  if (!meta.expect) {
    return 'has no expect=; use expect=ok or expect=<ErrorType> (e.g. CommError, ValueError)';
  }
  if (meta.expect !== 'ok' && !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(meta.expect)) {
    return `has expect='${meta.expect}', which is neither ok nor a Python class name`;
  }
  return undefined;
}

function listDocs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listDocs(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

describe('fence parser', () => {
  it('finds python blocks with their meta, inside JSX and beside other languages', () => {
    const mdx = [
      '<TabItem value="a">',
      '',
      '```python world=docs expect=ok title="Link a model"',
      'print("hi")',
      '```',
      '',
      '```bash',
      'pip install wandb',
      '```',
      '</TabItem>',
    ].join('\n');
    const blocks = parseFencedBlocks(mdx);
    expect(blocks.map((b) => [b.line, b.lang])).toEqual([
      [3, 'python'],
      [7, 'bash'],
    ]);
    expect(blocks[0].meta).toEqual({ world: 'docs', expect: 'ok', title: 'Link a model' });
    expect(blocks[0].code).toBe('print("hi")');
  });

  it('keeps shorter fences inside a longer one as content', () => {
    const mdx = ['````md', '```python', 'x = 1', '```', '````'].join('\n');
    const blocks = parseFencedBlocks(mdx);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].lang).toBe('md');
    expect(blocks[0].code).toBe('```python\nx = 1\n```');
  });

  it('reports an unclosed fence with its line', () => {
    expect(() => parseFencedBlocks('text\n```python world=docs\nx = 1\n', 'p.mdx')).toThrow(
      'p.mdx:2: code fence ``` is never closed',
    );
  });

  it('rejects a python block without world or expect, naming what is valid', () => {
    expect(metaProblem({ expect: 'ok' }, ['docs'])).toMatch(/no world=.*docs/);
    expect(metaProblem({ world: 'nope', expect: 'ok' }, ['docs'])).toMatch(/unknown world 'nope'/);
    expect(metaProblem({ world: 'docs' }, ['docs'])).toMatch(/no expect=/);
    expect(metaProblem({ world: 'docs', expect: 'not a type' }, ['docs'])).toMatch(/neither ok/);
    expect(metaProblem({ world: 'docs', expect: 'wandb.errors.CommError' }, ['docs'])).toBe(
      undefined,
    );
  });

  it('matches error types by full name or by last segment only', () => {
    expect(errorTypeMatches('wandb.errors.CommError', 'CommError')).toBe(true);
    expect(errorTypeMatches('wandb.errors.CommError', 'wandb.errors.CommError')).toBe(true);
    expect(errorTypeMatches('ValueError', 'CommError')).toBe(false);
    expect(errorTypeMatches('wandb.errors.CommError', 'errors.CommError')).toBe(false);
    expect(errorTypeMatches('wandb.errors.UsageError', 'wandb.errors.CommError')).toBe(false);
  });
});

const knownWorlds = Object.keys(worldSeeds);
const pages = listDocs(DOCS_DIR).map((file) => {
  const label = path.relative(path.dirname(DOCS_DIR), file);
  return { label, blocks: parseFencedBlocks(readFileSync(file, 'utf8'), label) };
});

/** The name sets every block runs under: the docs' own, then two readers'. */
const NAME_SETS: { label: string; names: MyNames | null }[] = [
  { label: 'docs names', names: null },
  {
    // Team and org share a name: W&B (and the world) suffix the ORG_ENTITY_NAME.
    label: 'collision names',
    names: {
      team: 'textco',
      org: 'textco',
      registry: 'Text detect "v2"',
      collection: "Bob's {best}",
    },
  },
  {
    label: 'own-entity names',
    names: { team: 'ml-platform', org: 'Globex Corp', orgEntity: 'globex_ml', collection: 'churn' },
  },
];

describe('name sets', () => {
  it('are valid names that fit the docs world', () => {
    for (const { names } of NAME_SETS) {
      if (!names) continue;
      expect(namesProblem(names)).toBe(null);
      expect(namesWorldProblem(engine, names)).toBe(null);
    }
  });

  it('the collision set gets a suffixed ORG_ENTITY_NAME', () => {
    const names = NAME_SETS[1].names as MyNames;
    const world = createWorld(seedInNames(engine, worldSeeds.docs, names));
    expect(world.getOrg(names.org)?.entityName).toMatch(/^textco_[0-9A-Z]{9}$/);
  });
});

describe('docs snippets', () => {
  it('finds runnable python blocks in docs/', () => {
    const count = pages.flatMap((p) => p.blocks).filter((b) => b.lang === 'python').length;
    expect(count).toBeGreaterThan(0);
  });

  it('tags Python as `python`, so no snippet escapes this test', () => {
    const aliases = pages.flatMap((p) =>
      p.blocks
        .filter((b) => ['py', 'python3', 'py3', 'pycon', 'ipython'].includes(b.lang))
        .map((b) => `${p.label}:${b.line} (${b.lang})`),
    );
    expect(aliases, 'use ```python world=... expect=... for these blocks').toEqual([]);
  });

  for (const page of pages) {
    const pythonBlocks = page.blocks.filter((b) => b.lang === 'python');
    if (pythonBlocks.length === 0) continue;

    for (const { label, names } of NAME_SETS)
      describe(`${page.label} (${label})`, () => {
        // One fresh world per (page, world id), shared by that page's blocks in order.
        const worlds = new Map<string, ReturnType<typeof createWorld>>();
        const worldFor = (id: string) => {
          let world = worlds.get(id);
          if (!world) {
            world = createWorld(seedInNames(engine, worldSeeds[id], names));
            worlds.set(id, world);
          }
          return world;
        };

        for (const block of pythonBlocks) {
          const where = `${page.label}:${block.line}`;
          const title = block.meta.title ? ` "${block.meta.title}"` : '';
          it(`${where}${title} → ${block.meta.expect ?? '(no expect)'}`, async () => {
            const problem = metaProblem(block.meta, knownWorlds);
            if (problem) throw new Error(`${where}: python block ${problem}`);

            const code = block.meta.names === 'off' ? block.code : rewriteCode(block.code, names);
            if (names && block.meta.names !== 'off') {
              // The rewrite really happened: no docs team or org is left in a rewritten block.
              expect(code, `${where} still names the docs' team`).not.toMatch(/"vision-team[/"]/);
            }
            const result = await runSnippet(code, {
              world: worldFor(block.meta.world),
              sdkVersion: block.meta.sdk,
            });
            const got = result.error
              ? `${result.error.type}: ${result.error.message}\n${result.error.traceback}`
              : 'ok';
            if (block.meta.expect === 'ok') {
              expect(result.ok, `${where} should run cleanly but raised\n${got}`).toBe(true);
            } else {
              expect(result.ok, `${where} should raise ${block.meta.expect} but ran cleanly`).toBe(
                false,
              );
              expect(
                errorTypeMatches(result.error?.type ?? '', block.meta.expect),
                `${where} should raise ${block.meta.expect} but raised\n${got}`,
              ).toBe(true);
            }
            if (block.meta.sdk && !names) {
              // A block pinned to an older SDK is there to show that version's text: its output
              // must contain one of the texts its section quotes.
              const texts = quotedTexts(page.blocks, block);
              const shown = `${result.stdout}\n${result.stderr}\n${got}`.toLowerCase();
              expect(
                texts.length === 0 || texts.some((t) => shown.includes(t)),
                `${where} (sdk=${block.meta.sdk}) shows none of its section's quoted texts:\n${texts.join('\n')}\n--- it printed ---\n${shown}`,
              ).toBe(true);
            }
          });
        }
      });
  }
});
