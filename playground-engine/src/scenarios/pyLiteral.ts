/** A double-quoted Python string literal holding `s` (a reader's name may hold quotes). */
export const dq = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
