// Filter + page a long list so hundreds of collections or versions render as one short page.
export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export function pageOf<T>(
  all: readonly T[],
  page: number,
  filter = '',
  text: (t: T) => string = String,
  size = PAGE_SIZE,
): Page<T> {
  const needle = filter.trim().toLowerCase();
  const matching = needle ? all.filter((t) => text(t).toLowerCase().includes(needle)) : all;
  const pageCount = Math.max(1, Math.ceil(matching.length / size));
  const p = Math.min(Math.max(0, page), pageCount - 1);
  return {
    items: matching.slice(p * size, (p + 1) * size),
    page: p,
    pageCount,
    total: matching.length,
  };
}
