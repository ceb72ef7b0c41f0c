// The Artifact browser tab: the steps, server-rendered; the simulated browser loads when shown.
import { lazy } from 'react';
import { ARTIFACT_BROWSER_STEPS } from '../../playground/ui/steps';
import LazyUiTab from '../SimulatedUi/LazyUiTab';

const LiveArtifactBrowser = lazy(() => import('./LiveArtifactBrowser'));

export default function ArtifactBrowserTab({ world = 'docs' }: { world?: string }) {
  return (
    <LazyUiTab
      world={world}
      appName="Artifact browser"
      steps={ARTIFACT_BROWSER_STEPS}
      Live={LiveArtifactBrowser}
    />
  );
}
