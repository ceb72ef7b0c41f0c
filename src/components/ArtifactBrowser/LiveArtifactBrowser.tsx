// The Artifact browser on the page's shared world (lazy chunk: pulls in the engine on demand).
import type { ReactNode } from 'react';
import { useUiBackend } from '../../playground/ui/useUiBackend';
import { worldKey } from '../../playground/ui/useWorldKey';
import ArtifactBrowser from './ArtifactBrowser';

export default function LiveArtifactBrowser({
  world,
  fallback,
}: {
  world: string;
  fallback: ReactNode;
}) {
  const backend = useUiBackend(world);
  if (backend.status === 'loading') return <>{fallback}</>;
  if (backend.status === 'error') {
    return <p role="alert">Could not start the simulated Artifact browser: {backend.message}</p>;
  }
  return (
    <ArtifactBrowser
      key={worldKey(backend.world)}
      api={backend.api}
      subscribe={backend.subscribe}
      openInEditor={backend.openInEditor}
    />
  );
}
