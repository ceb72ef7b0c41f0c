import type { PlaygroundPanel } from './types';

/** Stands in for the "Your setup" editor until it lands (it replaces this entry in index.ts). */
export const setupPlaceholderPanel: PlaygroundPanel = {
  id: 'setup',
  label: 'Your setup',
  render: () => (
    <p>
      The setup editor is coming: here you will describe your own org, teams and registries, and the
      playground's world will follow them.
    </p>
  ),
};
