// The Registry App on the page's shared world (lazy chunk: pulls in the engine on demand).
import type { ReactNode } from 'react';
import { useUiBackend } from '../../playground/ui/useUiBackend';
import { worldKey } from '../../playground/ui/useWorldKey';
import RegistryApp from './RegistryApp';

export default function LiveRegistryApp({
  world,
  fallback,
}: {
  world: string;
  fallback: ReactNode;
}) {
  const backend = useUiBackend(world);
  if (backend.status === 'loading') return <>{fallback}</>;
  if (backend.status === 'error') {
    return <p role="alert">Could not start the simulated Registry App: {backend.message}</p>;
  }
  return (
    <RegistryApp
      key={worldKey(backend.world)}
      api={backend.api}
      subscribe={backend.subscribe}
      openInEditor={backend.openInEditor}
    />
  );
}
