import { describe, expect, it } from 'vitest';
import { emptyCollectionCode, linkCallCode, pyStr, splitAliases, targetPath } from './codegen';
import { pageOf } from './paging';

describe('codegen', () => {
  it('quotes any name as a valid Python string literal', () => {
    expect(pyStr('Example ML Task')).toBe('"Example ML Task"');
    expect(pyStr('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  it('builds the full target_path with the org entity name', () => {
    expect(targetPath('reviewco_XYZ123456', 'model', 'my coll')).toBe(
      'reviewco_XYZ123456/wandb-registry-model/my coll',
    );
  });

  it('writes the empty-collection snippet with the exact path and the collection type', () => {
    const code = emptyCollectionCode({
      orgEntityName: 'acme',
      registry: 'dataset',
      collection: 'raw',
      type: 'dataset',
    });
    expect(code).toContain('target_path="acme/wandb-registry-dataset/raw"');
    expect(code).toContain('type="dataset"');
  });

  it('writes the equivalent call, with aliases only when given', () => {
    const base = {
      sourceEntity: 'vision-team',
      sourceProject: 'mnist',
      sourceName: 'my-model',
      sourceVersionIndex: 3,
      orgEntityName: 'acme',
      registry: 'model',
      collection: 'c',
      versionIndex: 4,
    };
    const without = linkCallCode({ ...base, aliases: [] });
    expect(without).toContain('wandb.Api().artifact("vision-team/mnist/my-model:v3")');
    expect(without).not.toContain('aliases=');
    expect(without).toContain('wandb.Api().artifact("acme/wandb-registry-model/c:v4")');
    expect(linkCallCode({ ...base, aliases: ['prod', 'a:b'] })).toContain(
      'aliases=["prod", "a:b"],',
    );
  });

  it('splits aliases on commas and spaces without judging them', () => {
    expect(splitAliases(' prod, best  a:b ,,')).toEqual(['prod', 'best', 'a:b']);
    expect(splitAliases('   ')).toEqual([]);
  });
});

describe('pageOf', () => {
  const all = Array.from({ length: 120 }, (_, i) => `c${i}`);
  it('returns one page and clamps out-of-range pages', () => {
    expect(pageOf(all, 0).items.length).toBe(50);
    const last = pageOf(all, 99);
    expect([last.page, last.pageCount, last.items.length]).toEqual([2, 3, 20]);
  });
  it('filters case-insensitively before paging', () => {
    const p = pageOf(all, 0, 'C11');
    expect(p.items).toEqual([
      'c11',
      'c110',
      'c111',
      'c112',
      'c113',
      'c114',
      'c115',
      'c116',
      'c117',
      'c118',
      'c119',
    ]);
  });
});
