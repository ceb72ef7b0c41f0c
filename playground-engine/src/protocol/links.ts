// Linking a version into a collection, unlinking it, and editing a membership's aliases
// (tools/graphql_codegen/artifacts/artifacts.graphql, core/api/graphql/mutation_link_artifact.graphql).
import type { ArtifactAliasInput } from './artifacts';
import { MEMBERSHIP_FRAGMENT, type MembershipFragment } from './fragments';
import { operation } from './operation';

export interface LinkArtifactInput {
  artifactID: string;
  artifactPortfolioName: string;
  entityName: string;
  projectName: string;
  aliases?: ArtifactAliasInput[];
}

export const LinkArtifact = operation<
  { input: LinkArtifactInput; includeAliases?: boolean },
  {
    result: { versionIndex: number | null; artifactMembership: MembershipFragment | null };
  }
>(`mutation LinkArtifact($input: LinkArtifactInput!, $includeAliases: Boolean = true) {
  result: linkArtifact(input: $input) { versionIndex artifactMembership { ...ArtifactMembershipFragment } } }
${MEMBERSHIP_FRAGMENT}`);

export const UnlinkArtifact = operation<
  { input: { artifactID: string; artifactPortfolioID: string } },
  { result: { success: boolean } }
>(
  `mutation UnlinkArtifact($input: UnlinkArtifactInput!) { result: unlinkArtifact(input: $input) { success } }`,
);

/** One alias of AddAliases / DeleteAliases: the collection it lives in, by path. */
export interface ArtifactCollectionAliasInput {
  entityName: string;
  projectName: string;
  artifactCollectionName: string;
  alias: string;
}

type AliasEdit = { input: { artifactID: string; aliases: ArtifactCollectionAliasInput[] } };

export const AddAliases = operation<AliasEdit, { result: { success: boolean } }>(
  `mutation AddAliases($input: AddAliasesInput!) { result: addAliases(input: $input) { success } }`,
);

export const DeleteAliases = operation<AliasEdit, { result: { success: boolean } }>(
  `mutation DeleteAliases($input: DeleteAliasesInput!) { result: deleteAliases(input: $input) { success } }`,
);
