// Users and teams as the public API reads them (wandb/apis/_generated/operations.py:
// SEARCH_USERS_GQL for Api.user / Api.users, GET_TEAM_ENTITY_GQL for Api.team).
import { operation } from './operation';

/** UserFragment (the fields the simulator has; the rest are null or empty). */
export interface UserNode {
  id: string;
  name: string;
  username: string;
  email: string | null;
  admin: boolean;
  flags: string | null;
  entity: string;
  deletedAt: string | null;
  apiKeys: { edges: { node: { id: string; name: string; description: string | null } }[] };
  teams: { edges: { node: { name: string } }[] };
}

export const SearchUsers = operation<
  { query?: string | null },
  { users: { edges: { node: UserNode }[] } | null }
>(`query SearchUsers($query: String) {
  users(query: $query) { edges { node { ...UserFragment } } } }
fragment ApiKeyFragment on ApiKey { id name description }
fragment UserFragment on User { id name username email admin flags entity deletedAt
  apiKeys { edges { node { ...ApiKeyFragment } } } teams { edges { node { name } } } }`);

/** A team member as GetTeamEntity lists it. */
export interface TeamMemberNode {
  id: string;
  admin: boolean;
  pending: boolean;
  email: string | null;
  username: string;
  name: string;
  photoUrl: string | null;
  accountType: string;
  apiKey: string | null;
}

export const GetTeamEntity = operation<
  { name: string },
  {
    entity: {
      id: string;
      name: string;
      available: boolean | null;
      photoUrl: string | null;
      readOnly: boolean | null;
      readOnlyAdmin: boolean;
      isTeam: boolean;
      entityType: string;
      privateOnly: boolean;
      storageBytes: number;
      codeSavingEnabled: boolean;
      defaultAccess: string;
      isPaid: boolean | null;
      members: TeamMemberNode[];
    } | null;
  }
>(`query GetTeamEntity($name: String!) {
  entity(name: $name) { id name available photoUrl readOnly readOnlyAdmin isTeam entityType
    privateOnly storageBytes codeSavingEnabled defaultAccess isPaid
    members { id admin pending email username name photoUrl accountType apiKey } } }`);
