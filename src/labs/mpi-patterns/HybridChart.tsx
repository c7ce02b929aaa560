/**
 * Bar chart of the hybrid lab: median ms per layout, one slot per layout from the start (empty
 * until measured), so the first, slowest render happens before a run. Memoized: the lab
 * re-renders on status changes, the chart only when its data does. Main thread (React).
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { ChartBox } from '../kit/ChartBox.tsx';

/** One bar: a layout ("2×2") and its median ms, null until measured. */
export interface HybridBar {
  layout: string;
  median: number | null;
}

function HybridChartView({ data }: { data: readonly HybridBar[] }) {
  return (
    <ChartBox height="var(--chart-height, 260px)">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis dataKey="layout" stroke="var(--fg-muted)" label={{ value: 'ranks × threads', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
          <YAxis stroke="var(--fg-muted)" label={{ value: 'median ms', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
          <Tooltip formatter={(v) => `${v} ms`} contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
          <Bar dataKey="median" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}

/** The memoized chart. */
export const HybridChart = memo(HybridChartView);
