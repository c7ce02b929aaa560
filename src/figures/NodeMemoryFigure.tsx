import { useId } from 'react';
import '../styles/lessons-labs.css';

const W = 440;
const SOCKET_W = 196;
const CORE_W = 41;
const GAP = 6;

function Socket({ x, y, index }: { x: number; y: number; index: number }) {
  const coresX = x + (SOCKET_W - (4 * CORE_W + 3 * GAP)) / 2;
  return (
    <g>
      <rect x={x} y={y} width={SOCKET_W} height={176} rx={8} className="fig-box" />
      <text x={x + 10} y={y + 18} className="fig-text">Socket {index}</text>
      <text x={x + SOCKET_W - 10} y={y + 18} textAnchor="end" className="fig-small">NUMA domain {index}</text>
      {[0, 1, 2, 3].map((c) => {
        const cx = coresX + c * (CORE_W + GAP);
        return (
          <g key={c}>
            <rect x={cx} y={y + 28} width={CORE_W} height={24} rx={4} className="fig-core" />
            <text x={cx + CORE_W / 2} y={y + 44} textAnchor="middle" className="fig-core-text">core</text>
            <rect x={cx} y={y + 56} width={CORE_W} height={20} rx={3} className="fig-cache" />
            <text x={cx + CORE_W / 2} y={y + 70} textAnchor="middle" className="fig-small">L1/L2</text>
          </g>
        );
      })}
      <rect x={coresX} y={y + 82} width={4 * CORE_W + 3 * GAP} height={24} rx={3} className="fig-cache" />
      <text x={x + SOCKET_W / 2} y={y + 98} textAnchor="middle" className="fig-small">L3 cache, shared by the socket</text>
      <rect x={coresX} y={y + 118} width={4 * CORE_W + 3 * GAP} height={44} rx={4} className="fig-mem" />
      <text x={x + SOCKET_W / 2} y={y + 137} textAnchor="middle" className="fig-text">Memory</text>
      <text x={x + SOCKET_W / 2} y={y + 153} textAnchor="middle" className="fig-small">local to socket {index}</text>
    </g>
  );
}

/**
 * Our own figure of a cluster node's compute and memory hierarchy: two sockets (NUMA domains) of
 * cores with private L1/L2 caches, a shared L3 and local memory, an inter-socket link, and the
 * network to the next node. After the node diagrams of the HPC2N/UPPMAX/LUNARC/NSC/PDC course
 * (which shows a Kebnekaise node with 2 x 14 cores); drawn with theme colours so it reads in dark
 * mode. Accessible: role="img" with a title and a description.
 */
export function NodeMemoryFigure() {
  const id = useId();
  const top = 34;
  const s0 = 16;
  const s1 = W - 16 - SOCKET_W;
  const nodeBottom = top + 236;
  const node1Top = nodeBottom + 62;
  return (
    <figure className="lesson-figure">
      <svg viewBox={`0 0 ${W} ${node1Top + 70}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>The hardware of a cluster node, from cores to the network</title>
        <desc id={`${id}-desc`}>
          Node 0 holds two sockets. Each socket is a NUMA domain with four cores; each core has its own L1 and L2
          cache, the four cores share an L3 cache, and the socket has its own memory. A link joins the two sockets,
          so a core can read the other socket&apos;s memory, but more slowly. A network cable joins node 0 to node 1,
          which has the same layout; cores on different nodes share no memory and must send messages.
        </desc>
        <rect x={4} y={4} width={W - 8} height={nodeBottom - 4} rx={12} className="fig-node" />
        <text x={16} y={24} className="fig-text" fontWeight={700}>Node 0</text>
        <text x={W - 16} y={24} textAnchor="end" className="fig-small">shared memory within the node</text>
        <Socket x={s0} y={top} index={0} />
        <Socket x={s1} y={top} index={1} />
        <path d={`M ${s0 + SOCKET_W - 14} ${top + 140} H ${s1 + 14}`} className="fig-link" />
        <text x={W / 2} y={top + 196} textAnchor="middle" className="fig-small">inter-socket link: the other</text>
        <text x={W / 2} y={top + 210} textAnchor="middle" className="fig-small">socket&apos;s memory is slower to reach (NUMA)</text>
        <path d={`M ${W / 2} ${nodeBottom} V ${node1Top}`} className="fig-net" />
        <text x={W / 2 + 10} y={nodeBottom + 26} className="fig-small">network between nodes:</text>
        <text x={W / 2 + 10} y={nodeBottom + 40} className="fig-small">no shared memory, send messages</text>
        <rect x={4} y={node1Top} width={W - 8} height={62} rx={12} className="fig-node" />
        <text x={16} y={node1Top + 26} className="fig-text" fontWeight={700}>Node 1</text>
        <text x={16} y={node1Top + 46} className="fig-small">the same again: sockets, cores, caches, memory</text>
      </svg>
      <figcaption>
        From fast and small to slow and large: a core&apos;s own caches, the socket&apos;s L3, the socket&apos;s memory, the
        other socket&apos;s memory, another node&apos;s memory over the network.
      </figcaption>
    </figure>
  );
}
