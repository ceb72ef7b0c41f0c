// A stable number per world object, to remount a UI when the page's world is replaced.
const keys = new WeakMap<object, number>();
let next = 1;

export function worldKey(world: object): number {
  let k = keys.get(world);
  if (k === undefined) {
    k = next++;
    keys.set(world, k);
  }
  return k;
}
