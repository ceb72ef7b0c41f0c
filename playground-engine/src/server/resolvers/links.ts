import type * as ops from '../../protocol/links';
import { aliasNames, arr, bool, obj, required } from '../decode';
import { membershipFragment } from '../fragments';
import { editAliases, linkArtifact, unlinkArtifact } from '../mutations';
import type { RawVariables, ResolversOf } from '../resolver';
import type { World } from '../../world/world';

export const linkResolvers = {
  LinkArtifact: (world, v) => {
    const input = obj(v.input);
    const m = linkArtifact(world, world.viewer, {
      artifactId: required(input, 'artifactID'),
      entityName: required(input, 'entityName'),
      projectName: required(input, 'projectName'),
      collectionName: required(input, 'artifactPortfolioName'),
      aliases: aliasNames(input.aliases),
    });
    return {
      result: {
        versionIndex: m.versionIndex,
        artifactMembership: membershipFragment(world, m, bool(v.includeAliases, true)),
      },
    };
  },

  UnlinkArtifact: (world, v) => {
    const input = obj(v.input);
    unlinkArtifact(
      world,
      world.viewer,
      required(input, 'artifactID'),
      required(input, 'artifactPortfolioID'),
    );
    return { result: { success: true } };
  },

  AddAliases: (world, v) => aliasEdit(world, v, 'add'),
  DeleteAliases: (world, v) => aliasEdit(world, v, 'delete'),
} satisfies ResolversOf<typeof ops>;

function aliasEdit(world: World, v: RawVariables<typeof ops.AddAliases>, op: 'add' | 'delete') {
  const input = obj(v.input);
  const aliases = arr(input.aliases).map((a) => {
    const o = obj(a);
    return {
      entityName: required(o, 'entityName'),
      projectName: required(o, 'projectName'),
      artifactCollectionName: required(o, 'artifactCollectionName'),
      alias: required(o, 'alias'),
    };
  });
  editAliases(world, world.viewer, op, required(input, 'artifactID'), aliases);
  return { result: { success: true } };
}
