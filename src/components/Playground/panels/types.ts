import type { usePlayground } from '@site/src/playground/usePlayground';
import type { RunState } from '@site/src/playground/useSnippetRunner';
import type { ReactNode } from 'react';

/** What a workbench panel can use: the playground's state and the last run. */
export interface PanelContext {
  pg: ReturnType<typeof usePlayground>;
  runState: RunState;
  /** Runs the editor's code again (after a fix was applied, say). */
  run(): void;
}

/**
 * One tab of the playground workbench (like the TypeScript Playground's sidebar plugins).
 * `label` is the tab's text; `render` is called on every render
 * of the workbench, and the panel stays mounted while another tab is shown.
 */
export interface PlaygroundPanel {
  id: string;
  label: string;
  /** The panel's accessible name when it should say more than the tab (e.g. "Network log"). */
  title?: string;
  /** Showing this panel builds the playground's world if it does not exist yet (it shows it). */
  needsWorld?: boolean;
  render(ctx: PanelContext): ReactNode;
}
