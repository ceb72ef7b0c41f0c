import YourSetup from '@site/src/components/YourSetup';
import type { PlaygroundPanel } from './types';

/** "Your setup": the reader's own orgs, teams, roles, registries and SDK version (issue 12). */
export const setupPanel: PlaygroundPanel = {
  id: 'setup',
  label: 'Your setup',
  needsWorld: true,
  render: ({ pg }) => (
    <YourSetup
      world={pg.world}
      revision={pg.revision}
      code={pg.code}
      applySetup={pg.applySetup}
      resetSetup={pg.resetSetup}
    />
  ),
};
