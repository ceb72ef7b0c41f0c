// The operations a first Run does not send (read-back of collections, files and uses,
// registries and their management, the simulated apps' queries). documents.ts loads this
// module on the first such request, so the bundler makes it a chunk of its own. A new
// operation goes here unless a guide's first Run sends it (then eager.ts).
import * as collections from './collections';
import * as files from './files';
import * as registries from './registries';
import * as ui from './ui';
import * as users from './users';
import * as uses from './uses';

export const onDemandOperations = {
  ...files,
  ...collections,
  ...registries,
  ...ui,
  ...uses,
  ...users,
};
