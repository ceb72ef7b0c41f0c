// The steps of each simulated UI (our own words), as plain data: the light server-rendered
// placeholder imports them without pulling in the UI code.
import type { StepDef } from './useLinkSteps';

export const REGISTRY_APP_STEPS: readonly StepDef[] = [
  { id: 'open-registry', label: 'Open a registry in the Registry App.' },
  { id: 'reveal', label: 'Hover over the collection you want to link to (or move focus to it).' },
  { id: 'menu', label: 'Open the meatball menu (⋯) next to View details.' },
  { id: 'sidebar', label: 'Select Link new version.' },
  { id: 'team', label: 'In the sidebar, pick a team from the Team dropdown.' },
  { id: 'project', label: 'Pick the project that holds your artifact from Project.' },
  { id: 'artifact', label: 'Pick the artifact from Artifact.' },
  { id: 'version', label: 'Pick the version to link from Version.' },
  { id: 'link', label: 'Optionally add aliases, then select Link.' },
];

export const ARTIFACT_BROWSER_STEPS: readonly StepDef[] = [
  { id: 'project', label: "Open your project's artifact browser (pick the entity and project)." },
  { id: 'artifacts', label: 'Select the Artifacts icon in the left sidebar.' },
  { id: 'version', label: 'Select the artifact version you want to link.' },
  { id: 'modal', label: 'In Version overview, select Link to registry.' },
  { id: 'select', label: 'Select a registered model: a registry and a collection (or a new one).' },
  { id: 'next', label: 'Select Next step.' },
  { id: 'aliases', label: 'Optionally, add aliases.', optional: true },
  { id: 'link', label: 'Select Link to registry.' },
];
