// Stable fake addresses for `<function f at 0x...>` and id(): deterministic per run
// order, never a real memory address.
const ids = new WeakMap<object, number>();
let next = 1;

export function identityOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = next++;
    ids.set(o, id);
  }
  return id;
}

export function fakeAddress(o: object): string {
  return `0x${(0x7f0000001000 + identityOf(o) * 0x40).toString(16)}`;
}
