// The workbench's tabs, in order. A panel is one entry: add or replace an entry here (the
// "Your setup" placeholder is replaced by the setup editor's own entry when it lands).
import NetworkLog from '@site/src/components/NetworkLog';
import SimulatedApps from '@site/src/components/RegistryApp/SimulatedApps';
import RunOutput from '@site/src/components/RunOutput';
import ScenarioPicker from '@site/src/components/ScenarioRunner/ScenarioPicker';
import WorldInspector from '@site/src/components/WorldInspector';
import styles from '../styles.module.css';
import { setupPanel } from './setupPanel';
import type { PlaygroundPanel } from './types';

export type { PanelContext, PlaygroundPanel } from './types';

const outputPanel: PlaygroundPanel = {
  id: 'output',
  label: 'Output',
  render: ({ runState, pg, run }) => (
    <>
      {runState.status === 'idle' ? (
        <p className={styles.empty}>
          Press Run (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>) and the output of the code shows here.
        </p>
      ) : null}
      <RunOutput
        state={runState}
        label="Playground output"
        onApplyFix={async (fix) => {
          // One click: the fix's world edits, then the same code again.
          if ((await pg.applySetup(fix.world)).ok) run();
        }}
      />
    </>
  ),
};

const worldPanel: PlaygroundPanel = {
  id: 'world',
  label: 'World',
  title: 'World inspector',
  needsWorld: true,
  render: ({ pg, runState }) => (
    <WorldInspector
      world={pg.world}
      revision={pg.revision}
      changes={pg.changes}
      files={runState.status === 'done' ? runState.result.files : undefined}
    />
  ),
};

const networkPanel: PlaygroundPanel = {
  id: 'network',
  label: 'Network',
  title: 'Network log',
  render: ({ pg }) => <NetworkLog store={pg.scope.mainSlot.log} />,
};

// Scenarios run in their own fresh worlds, not in the playground's world.
const scenariosPanel: PlaygroundPanel = {
  id: 'scenarios',
  label: 'Scenarios',
  title: 'Troubleshooting scenarios',
  render: () => <ScenarioPicker />,
};

// The simulated Registry App and Artifact browser act on the playground's world (through the
// WorldScopeProvider around the workbench).
const appsPanel: PlaygroundPanel = {
  id: 'apps',
  label: 'Apps',
  title: 'Simulated apps',
  render: () => <SimulatedApps />,
};

export const PLAYGROUND_PANELS: readonly PlaygroundPanel[] = [
  outputPanel,
  worldPanel,
  networkPanel,
  setupPanel,
  scenariosPanel,
  appsPanel,
];
