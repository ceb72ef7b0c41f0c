// The Artifact browser tab: a light server-rendered placeholder (the steps) that loads the
// simulated browser, and with it the engine, only when the tab is on screen or on Start.
import { lazy, Suspense, useRef } from 'react';
import { ARTIFACT_BROWSER_STEPS } from '../../playground/ui/steps';
import { useWhenVisible } from '../../playground/ui/useWhenVisible';
import StaticSteps from '../LinkSteps/StaticSteps';

const LiveArtifactBrowser = lazy(() => import('./LiveArtifactBrowser'));

export default function ArtifactBrowserTab({ world = 'docs' }: { world?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, start] = useWhenVisible(ref);
  const placeholder = (busy: boolean) => (
    <StaticSteps
      title="Steps in the Artifact browser"
      steps={ARTIFACT_BROWSER_STEPS}
      appName="Artifact browser"
      onStart={start}
      busy={busy}
    />
  );
  return (
    <div ref={ref}>
      {visible ? (
        <Suspense fallback={placeholder(true)}>
          <LiveArtifactBrowser world={world} fallback={placeholder(true)} />
        </Suspense>
      ) : (
        placeholder(false)
      )}
    </div>
  );
}
