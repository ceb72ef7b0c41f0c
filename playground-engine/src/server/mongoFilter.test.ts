import { describe, expect, it } from 'vitest';
import { FilterError, matches, orderBy, parseFilter } from './mongoFilter';

const version = {
  id: 7,
  version: 'v2',
  alias: ['latest', 'prod'],
  tag: [],
  metadata: { acc: 0.9, stage: 'eval' },
  created_at: '2026-01-02T00:00:00Z',
};

describe('mongoFilter (ASSUMPTIONS.md: the server evaluates filters as MongoDB would)', () => {
  it('equality on a list field matches any element; scalars compare exactly', () => {
    expect(matches({ alias: 'prod' }, version)).toBe(true);
    expect(matches({ alias: 'staging' }, version)).toBe(false);
    expect(matches({ version: 'v2', id: 7 }, version)).toBe(true);
    expect(matches({ id: '7' }, version)).toBe(false);
  });

  it('operators, nested fields and the logical combinators', () => {
    expect(matches({ 'metadata.acc': { $gte: 0.9 } }, version)).toBe(true);
    expect(matches({ 'metadata.acc': { $gt: 0.9 } }, version)).toBe(false);
    expect(matches({ alias: { $in: ['x', 'prod'] }, tag: { $size: 0 } }, version)).toBe(true);
    expect(matches({ alias: { $all: ['latest', 'prod'] } }, version)).toBe(true);
    expect(matches({ alias: { $nin: ['prod'] } }, version)).toBe(false);
    expect(matches({ 'metadata.stage': { $regex: '^ev' } }, version)).toBe(true);
    expect(matches({ 'metadata.missing': { $exists: false } }, version)).toBe(true);
    expect(matches({ $or: [{ alias: 'x' }, { version: 'v2' }] }, version)).toBe(true);
    expect(matches({ $nor: [{ alias: 'prod' }] }, version)).toBe(false);
    expect(matches({ $not: { alias: 'prod' } }, version)).toBe(false);
    expect(matches({ alias: { $not: { $regex: 'lat' } } }, version)).toBe(false);
    expect(matches({ created_at: { $lt: '2026-02' } }, version)).toBe(true);
  });

  it('refuses what it cannot evaluate, naming it', () => {
    expect(() => matches({ alias: { $near: 1 } }, version)).toThrow(
      new FilterError("unsupported filter operator '$near'"),
    );
    expect(() => matches({ $where: 'x' }, version)).toThrow("unsupported filter operator '$where'");
    expect(() => matches({ alias: { $regex: '(' } }, version)).toThrow(
      "invalid filter: bad $regex pattern '('",
    );
    expect(() => parseFilter('{oops')).toThrow('invalid filter: not JSON: {oops');
    expect(() => parseFilter('[1]')).toThrow('invalid filter: a filter is a JSON object');
    expect(parseFilter(null)).toBeNull();
  });

  it('orders by a field, + ascending and - descending', () => {
    const rows = [{ name: 'b' }, { name: 'a' }, { name: 'c' }];
    expect([...rows].sort(orderBy('-name', (r) => r)!).map((r) => r.name)).toEqual(['c', 'b', 'a']);
    expect([...rows].sort(orderBy('+name', (r) => r)!).map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(orderBy(null, (r: { name: string }) => r)).toBeUndefined();
  });
});
