import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// Explicit order: the guide first, then concepts and reference, then help and the simulator.
const sidebars: SidebarsConfig = {
  docs: [
    'link-artifact-version',
    'source-and-linked-versions',
    'target-path',
    'troubleshooting',
    'error-messages',
    {
      type: 'category',
      label: 'About the playground',
      collapsed: false,
      items: ['playground-runtime', 'simulator-assumptions'],
    },
  ],
};

export default sidebars;
