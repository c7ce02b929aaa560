import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SpeedupLab } from '../labs/speedup/SpeedupLab.tsx';
import { rawParamsFromQuery } from '../labs/speedup/lab-params.ts';
import { EnvironmentPanel } from '../env/EnvironmentPanel.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { WorkerOverhead } from '../labs/overhead/WorkerOverhead.tsx';

/**
 * The standalone speedup lab. Its settings come from the URL query (a lab link) and the form keeps
 * the URL in step, so the address bar always holds a link that reproduces the demo. Opening a
 * different lab link remounts the lab with that link's settings.
 */
export function LabPage() {
  useDocumentTitle('Speedup lab');
  const [query, setQuery] = useSearchParams();
  const search = query.toString();
  const [mount, setMount] = useState({ key: search, own: '', seen: search });
  if (search !== mount.seen) setMount({ key: search === mount.own ? mount.key : search, own: mount.own, seen: search });
  return (
    <article className="lab-page">
      <h1>Speedup lab</h1>
      <p className="lead">
        Run a workhorse kernel on 1, 2, 4, … workers and watch the speedup S(p) = T(1) / T(p). Each worker count runs
        once to warm up (discarded), then the chosen number of times; the table shows the median. The address bar
        holds a link that reproduces this demo.
      </p>
      <SpeedupLab
        key={mount.key}
        initial={rawParamsFromQuery(new URLSearchParams(mount.key))}
        onChange={(raw) => {
          const q = new URLSearchParams({ kernel: raw.kernel, n: raw.n, workers: raw.workers, repeats: raw.repeats, seed: raw.seed });
          setMount((m) => ({ ...m, own: q.toString() }));
          setQuery(q, { replace: true });
        }}
      />
      <EnvironmentPanel />
      <WorkerOverhead />
    </article>
  );
}
