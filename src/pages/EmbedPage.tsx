import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { labById } from '../labs/registry.ts';
import { LabHost } from './LabHost.tsx';
import { absoluteUrl, labHash } from '../labs/kit/definition.ts';
import { readEnvironment } from '../env/environment.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import '../styles/embed.css';

/**
 * `#/embed/<id>?…`: one lab alone, without sidebar or header, sized to its frame, for an iframe in
 * reveal.js or similar slides. Its settings come from the link as on the lab page. A lab that
 * needs shared memory, framed by a page that is not cross-origin isolated, says so and offers to
 * open the lab in its own window instead.
 */
export function EmbedPage() {
  const { id = '' } = useParams();
  const [query] = useSearchParams();
  const lab = labById(id);
  useDocumentTitle(lab?.title ?? 'No such lab');
  useEffect(() => {
    document.documentElement.classList.add('embedded');
    return () => document.documentElement.classList.remove('embedded');
  }, []);
  if (!lab) {
    return (
      <main className="embed" id="main">
        <p className="field-error" role="alert">
          There is no lab called “{id}”. See <a href={absoluteUrl('#/labs')} target="_blank" rel="noopener">the list of labs</a>.
        </p>
      </main>
    );
  }
  const env = readEnvironment();
  const framed = window.top !== window.self;
  const own = absoluteUrl(labHash(lab.id, query.toString()));
  return (
    <main className="embed" id="main" aria-label={lab.title}>
      {lab.sharedMemory && !env.sharedArrayBuffer ? (
        <div className="callout callout-warning embed-isolation" role="note" data-testid="embed-isolation">
          <p>
            <strong>This lab needs shared memory.</strong>{' '}
            {framed
              ? 'The page that embeds it is not cross-origin isolated, so a frame inside it cannot use SharedArrayBuffer.'
              : 'This page is not cross-origin isolated, so SharedArrayBuffer is not available.'}
          </p>
          <p>
            <a className="button primary" href={own} target="_blank" rel="noopener">
              Open in its own window
            </a>
          </p>
        </div>
      ) : null}
      <LabHost lab={lab} query={query} />
      <p className="embed-credit">
        <a href={own} target="_blank" rel="noopener">
          {lab.title} · Parallel Lab
        </a>
      </p>
    </main>
  );
}
