// The resolvers of the operations a first Run does not send: read-back (collections, files,
// uses), registries and their management, and the simulated apps' queries. One module, which
// the server loads on the first such request (handlers.ts), so the bundler makes it a chunk
// of its own. A new operation's resolver goes here unless a guide's first Run sends it.
import { collectionResolvers } from './collections';
import { fileResolvers } from './files';
import { registryResolvers } from './registries';
import { uiResolvers } from './ui';
import { userResolvers } from './users';
import { useResolvers } from './uses';

export const onDemandResolvers = {
  ...fileResolvers,
  ...collectionResolvers,
  ...registryResolvers,
  ...uiResolvers,
  ...useResolvers,
  ...userResolvers,
};
