// A UI tab: a light server-rendered placeholder (the steps) that loads the simulated UI, and
// with it the engine, only when the tab is on screen or the reader presses Start.
import {
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
  Suspense,
  useRef,
} from 'react';
import type { StepDef } from '../../../playground/ui/useLinkSteps';
import { useWhenVisible } from '../../../playground/ui/useWhenVisible';
import StaticSteps from './StaticSteps';

export default function LazyUiTab({
  world,
  appName,
  steps,
  Live,
}: {
  world: string;
  appName: string;
  steps: readonly StepDef[];
  Live: LazyExoticComponent<ComponentType<{ world: string; fallback: ReactNode }>>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, start] = useWhenVisible(ref);
  const placeholder = (busy: boolean) => (
    <StaticSteps
      title={`Steps in the ${appName}`}
      steps={steps}
      appName={appName}
      onStart={start}
      busy={busy}
    />
  );
  return (
    <div ref={ref}>
      {visible ? (
        <Suspense fallback={placeholder(true)}>
          <Live world={world} fallback={placeholder(true)} />
        </Suspense>
      ) : (
        placeholder(false)
      )}
    </div>
  );
}
