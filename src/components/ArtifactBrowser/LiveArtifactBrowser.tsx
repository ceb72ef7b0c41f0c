// The Artifact browser on the page's shared world (lazy chunk: pulls in the engine on demand).
import type { ReactNode } from 'react';
import LiveUi from '../SimulatedUi/LazyUiTab/LiveUi';
import ArtifactBrowser from './ArtifactBrowser';

export default function LiveArtifactBrowser(props: { world: string; fallback: ReactNode }) {
  return <LiveUi {...props} appName="Artifact browser" Ui={ArtifactBrowser} />;
}
