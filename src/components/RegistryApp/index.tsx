// The Registry App tab: the steps, server-rendered; the simulated app loads when shown.
import { lazy } from 'react';
import { REGISTRY_APP_STEPS } from '../../playground/ui/steps';
import LazyUiTab from '../SimulatedUi/LazyUiTab';

const LiveRegistryApp = lazy(() => import('./LiveRegistryApp'));

export default function RegistryAppTab({ world = 'docs' }: { world?: string }) {
  return (
    <LazyUiTab
      world={world}
      appName="Registry App"
      steps={REGISTRY_APP_STEPS}
      Live={LiveRegistryApp}
    />
  );
}
