// zod/mini (not classic zod) keeps the engine chunk small: classic `z` pulls every schema
// type into the bundle (~90 KB gzip), mini's named imports only what the schemas use. Mini
// ships without messages, so the English locale is installed here, once, for both schemas.
import { config, type core } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

/** The first issue as `path.to.field` (empty at the root) and zod's English message. */
export function zodIssueText(error: core.$ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue.path.map(String).join('.'), message: issue.message };
}
