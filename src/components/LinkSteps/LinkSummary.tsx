// What the reader just linked, and the SDK call that does the same.
import { registryProject } from 'playground-engine/paths';
import { useId, useState } from 'react';
import type { FinishedLink } from '../../playground/ui/api';
import { linkCallCode } from '../../playground/ui/codegen';
import LinkCode from './LinkCode';
import styles from './styles.module.css';

export interface LinkSummaryProps {
  link: FinishedLink;
  openInEditor?: (code: string) => boolean;
  onStartOver?: () => void;
}

export default function LinkSummary({ link, openInEditor, onStartOver }: LinkSummaryProps) {
  const id = useId();
  const [showCode, setShowCode] = useState(false);
  const s = link.source;
  const target = `${registryProject(link.registry)}/${link.collection}:v${link.versionIndex}`;
  const code = linkCallCode({
    sourceEntity: s.entity,
    sourceProject: s.project,
    sourceName: s.name,
    sourceVersionIndex: s.versionIndex,
    orgEntityName: link.orgEntityName,
    registry: link.registry,
    collection: link.collection,
    versionIndex: link.versionIndex,
    aliases: link.requestedAliases,
  });
  return (
    <div className={styles.summary}>
      <p role="status">
        <strong>Done.</strong> You linked{' '}
        <code>
          {s.entity}/{s.project}/{s.name}:v{s.versionIndex}
        </code>{' '}
        to the registry as <code>{target}</code>
        {link.aliases.length > 0 && (
          <>
            {' '}
            with aliases <code>{link.aliases.join(', ')}</code>
          </>
        )}
        .
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-expanded={showCode}
          aria-controls={`${id}-code`}
          onClick={() => setShowCode((v) => !v)}
        >
          Run this in code
        </button>
        {onStartOver && (
          <button type="button" className="button button--sm button--link" onClick={onStartOver}>
            Start over
          </button>
        )}
      </div>
      <div id={`${id}-code`} hidden={!showCode}>
        {showCode && (
          <LinkCode
            code={code}
            openInEditor={openInEditor}
            label="The equivalent link_artifact call"
          />
        )}
      </div>
    </div>
  );
}
