// The Registry App on the page's shared world (lazy chunk: pulls in the engine on demand).
import type { ReactNode } from 'react';
import LiveUi from '../SimulatedUi/LazyUiTab/LiveUi';
import RegistryApp from './RegistryApp';

export default function LiveRegistryApp(props: { world: string; fallback: ReactNode }) {
  return <LiveUi {...props} appName="Registry App" Ui={RegistryApp} />;
}
