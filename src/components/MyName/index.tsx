import { rewriteText } from '@site/src/playground/myNames';
import { useMyNames } from '@site/src/playground/useMyNames';

/**
 * An inline value in the docs' names that follows "Use my names":
 * `<MyName>vision-team/detector</MyName>` shows `vision-team` and `acme` (whole names) as the
 * reader's team and org. `orgEntity` marks a value where only the ORG_ENTITY_NAME is right (a
 * linked version's entity): a reader who does not know theirs sees `ORG_ENTITY_NAME` there.
 * Text only, never HTML; the server render keeps the docs' names.
 */
export default function MyName({
  children,
  orgEntity = false,
}: {
  children: string | string[];
  orgEntity?: boolean;
}) {
  const names = useMyNames();
  // MDX may hand the text over in pieces (`:v0` starts a directive, which it gives back as text).
  const text = [children].flat().join('');
  const shown =
    names && orgEntity && !names.orgEntity ? { ...names, orgEntity: 'ORG_ENTITY_NAME' } : names;
  return <code data-my-name="">{rewriteText(text, shown)}</code>;
}
