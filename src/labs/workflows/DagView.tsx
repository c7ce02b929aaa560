import type { Dag } from '../../workflow/dag.ts';
import type { DagLayout } from '../../workflow/dag-layout.ts';
import { dagSummary, STATE_TEXT, type ShownState } from './job-states.ts';

/** Props of {@link DagView}. */
export interface DagViewProps {
  dag: Dag;
  /** Where to draw each job (laid out on a worker: see workflow-session.ts). */
  layout: DagLayout;
  states: ReadonlyMap<string, ShownState>;
  /** Jobs of the critical path, outlined. */
  critical?: readonly string[];
}

/**
 * The workflow's DAG as SVG, laid out by dagre: one box per job (rule, wildcard value and its
 * state in words), coloured by state, arrows from each job to the jobs that need its outputs, the
 * critical path outlined. Scrolls sideways on narrow screens; a table of the jobs beneath is the
 * text alternative. Main thread (React).
 */
export function DagView({ dag, layout, states, critical = [] }: DagViewProps) {
  const summary = dagSummary(states);
  const onPath = new Set(critical);
  return (
    <figure className="wf-dag" aria-labelledby="wf-dag-caption">
      <figcaption id="wf-dag-caption" className="wf-dag-caption">
        DAG of {dag.jobs.size} jobs: <span data-testid="dag-status" data-all-done={summary.allDone ? 'true' : 'false'}>{summary.text}</span>
      </figcaption>
      <div className="scroll-x wf-dag-scroll">
        <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={`DAG of ${dag.jobs.size} jobs: ${summary.text}`} className="wf-dag-svg">
          <defs>
            <marker id="wf-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className="wf-arrow" />
            </marker>
          </defs>
          {layout.edges.map((e) => (
            <polyline key={`${e.from}->${e.to}`} points={e.points.map((p) => `${p.x},${p.y}`).join(' ')} className="wf-edge" markerEnd="url(#wf-arrow)" />
          ))}
          {layout.nodes.map((n) => {
            const state = states.get(n.id) ?? 'waiting';
            return (
              <g key={n.id} className={`wf-node wf-${state}${onPath.has(n.id) ? ' wf-critical' : ''}`} data-testid="dag-node" data-job={n.id} data-state={state}>
                <rect x={n.x - n.width / 2} y={n.y - n.height / 2} width={n.width} height={n.height} rx={6} />
                <text x={n.x} y={n.y - 6} textAnchor="middle" className="wf-node-title">
                  {n.title}
                  {n.subtitle ? ` ${n.subtitle}` : ''}
                </text>
                <text x={n.x} y={n.y + 12} textAnchor="middle" className="wf-node-state">
                  {STATE_TEXT[state]}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details className="wf-jobs">
        <summary>The jobs as a table</summary>
        <div className="table-wrap">
          <table className="results">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Needs</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {dag.order.map((id) => (
                <tr key={id}>
                  <td>{id}</td>
                  <td>{dag.jobs.get(id)!.deps.join(', ') || '(books only)'}</td>
                  <td>{STATE_TEXT[states.get(id) ?? 'waiting']}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
