/**
 * Where to draw each job of a DAG: a layered layout from @dagrejs/dagre (the maintained fork of
 * dagre, Sugiyama-style: layers, crossing reduction, coordinates), left to right, so a workflow
 * over many books grows downwards rather than off the side of a phone. Edges come back as
 * polylines. Laying out 50 jobs takes dagre about 100 ms, so the page asks a worker
 * (workflow.worker.ts) for it. Pure (no DOM): any thread, and Node.
 */
import dagre from '@dagrejs/dagre';
import type { Dag } from './dag.ts';

/** What the layout needs of a DAG (structured-cloneable, to send to a worker). */
export interface LayoutInput {
  /** Jobs in DAG order: id, rule name and wildcard values. */
  nodes: { id: string; title: string; subtitle: string }[];
  /** Edges from a dependency to its dependent. */
  edges: [from: string, to: string][];
}

/** The layout input of `dag`. */
export function layoutInput(dag: Dag): LayoutInput {
  return {
    nodes: dag.order.map((id) => {
      const job = dag.jobs.get(id)!;
      return { id, title: job.rule, subtitle: Object.values(job.wildcards).join(', ') };
    }),
    edges: dag.order.flatMap((id) => dag.jobs.get(id)!.deps.map((d): [string, string] => [d, id])),
  };
}

/** A key equal for DAGs of the same shape (same jobs and edges), to reuse a layout. */
export function layoutKey(input: LayoutInput): string {
  return `${input.nodes.map((n) => n.id).join('|')}#${input.edges.map((e) => e.join('>')).join('|')}`;
}

/** One job's box: centre, size and its two text lines. */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Rule name. */
  title: string;
  /** Wildcard values (`book01`), or '' for a job without wildcards. */
  subtitle: string;
}

/** A laid-out DAG. */
export interface DagLayout {
  nodes: NodeBox[];
  edges: { from: string; to: string; points: { x: number; y: number }[] }[];
  width: number;
  height: number;
}

/** Box size of a job (px). */
export const NODE_WIDTH = 128;
export const NODE_HEIGHT = 44;

/**
 * Lays out a DAG (every job, edges from each dependency to its dependent).
 * Cost: dagre's, 20 to 150 ms for the lab's 12 to 51 jobs: call it on a worker from the page.
 */
export function layoutGraph(input: LayoutInput): DagLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 46, marginx: 6, marginy: 6 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [from, to] of input.edges) g.setEdge(from, to);
  dagre.layout(g);
  const nodes = input.nodes.map(({ id, title, subtitle }) => {
    const n = g.node(id);
    return { id, x: n.x, y: n.y, width: NODE_WIDTH, height: NODE_HEIGHT, title, subtitle };
  });
  const edges = g.edges().map((e) => ({ from: e.v, to: e.w, points: (g.edge(e).points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })) }));
  const graph = g.graph();
  return { nodes, edges, width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0) };
}

/** Lays out `dag` in this thread (Node tests; the page uses a worker). */
export function layoutDag(dag: Dag): DagLayout {
  return layoutGraph(layoutInput(dag));
}
