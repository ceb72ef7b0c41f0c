// Mounts a simulated UI on the page's shared world once the engine is loaded. Both UIs take
// the same backend props, so this one wrapper serves the Registry App and the Artifact browser.
import type { ComponentType, ReactNode } from 'react';
import type { RegistryUiApi, Subscribe } from '../../../playground/ui/api';
import { useUiBackend } from '../../../playground/ui/useUiBackend';
import { worldKey } from '../../../playground/ui/useWorldKey';

export interface SimulatedUiProps {
  api: RegistryUiApi;
  subscribe?: Subscribe;
  openInEditor?: (code: string) => boolean;
}

export default function LiveUi({
  world,
  fallback,
  appName,
  Ui,
}: {
  world: string;
  fallback: ReactNode;
  appName: string;
  Ui: ComponentType<SimulatedUiProps>;
}) {
  const backend = useUiBackend(world);
  if (backend.status === 'loading') return <>{fallback}</>;
  if (backend.status === 'error') {
    return (
      <p role="alert">
        Could not start the simulated {appName}: {backend.message}
      </p>
    );
  }
  return (
    <Ui
      key={worldKey(backend.world)}
      api={backend.api}
      subscribe={backend.subscribe}
      openInEditor={backend.openInEditor}
    />
  );
}
