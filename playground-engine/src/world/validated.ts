// What takes untrusted data — world edits (the reader's setup, share URLs, analysis fixes)
// and snapshots — and so validates it with zod. One module, so the site loads it (and zod)
// on demand through `loadWorldEdits()` (page.ts): a first Run on a docs page needs neither.
export { applyWorldEdits, type WorldEditNote } from './applyEdits';
export { parseWorldEdits, type WorldEdit, type WorldEditKind } from './edits';
export { seedWithEdits } from './seedWithEdits';
export { parseWorldSnapshot, worldFromSnapshot } from './snapshotSchema';
