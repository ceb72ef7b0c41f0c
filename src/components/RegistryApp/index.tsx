// The Registry App tab: a light server-rendered placeholder (the steps) that loads the
// simulated app, and with it the engine, only when the tab is on screen or on Start.
import { lazy, Suspense, useRef } from 'react';
import { REGISTRY_APP_STEPS } from '../../playground/ui/steps';
import { useWhenVisible } from '../../playground/ui/useWhenVisible';
import StaticSteps from '../LinkSteps/StaticSteps';

const LiveRegistryApp = lazy(() => import('./LiveRegistryApp'));

export default function RegistryAppTab({ world = 'docs' }: { world?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, start] = useWhenVisible(ref);
  const placeholder = (busy: boolean) => (
    <StaticSteps
      title="Steps in the Registry App"
      steps={REGISTRY_APP_STEPS}
      appName="Registry App"
      onStart={start}
      busy={busy}
    />
  );
  return (
    <div ref={ref}>
      {visible ? (
        <Suspense fallback={placeholder(true)}>
          <LiveRegistryApp world={world} fallback={placeholder(true)} />
        </Suspense>
      ) : (
        placeholder(false)
      )}
    </div>
  );
}
