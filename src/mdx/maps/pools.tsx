/** MDX components for worker pools, task farms and scaling laws. Owned by that feature; lazy-load anything heavy. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import { lazyWithCharts } from '../../labs/kit/chart-modules.ts';

// Scaling laws (b2)
const ScalingLab = lazyWithCharts(() => import('../../labs/scaling/ScalingLab.tsx').then((m) => ({ default: m.ScalingLab })));
const CoreCountExercise = lazy(() => import('../../labs/scaling/CoreCountExercise.tsx').then((m) => ({ default: m.CoreCountExercise })));

// Worker pools and task farms (b1)
const MapLab = lazy(() => import('../../labs/pool/MapLab.tsx').then((m) => ({ default: m.MapLab })));
const GreetingsLab = lazy(() => import('../../labs/task-farm/GreetingsLab.tsx').then((m) => ({ default: m.GreetingsLab })));
const PackingCalculator = lazy(() => import('../../labs/task-farm/PackingCalculator.tsx').then((m) => ({ default: m.PackingCalculator })));
const PiPoolLab = lazy(() => import('../../labs/pool/PiPoolLab.tsx').then((m) => ({ default: m.PiPoolLab })));
const ChunksizeLab = lazy(() => import('../../labs/pool/CompareLabs.tsx').then((m) => ({ default: m.ChunksizeLab })));
const OversubscriptionLab = lazy(() => import('../../labs/pool/CompareLabs.tsx').then((m) => ({ default: m.OversubscriptionLab })));
const TimelineLab = lazy(() => import('../../labs/pool/TimelineLab.tsx').then((m) => ({ default: m.TimelineLab })));

export const poolLabs: MDXComponents = {
  MapLab: (props: Parameters<typeof MapLab>[0]) => <LazyLab name="pool map lab"><MapLab {...props} /></LazyLab>,
  GreetingsLab: (props: Parameters<typeof GreetingsLab>[0]) => <LazyLab name="greetings task farm"><GreetingsLab {...props} /></LazyLab>,
  PackingCalculator: (props: Parameters<typeof PackingCalculator>[0]) => <LazyLab name="job-packing calculator"><PackingCalculator {...props} /></LazyLab>,
  PiPoolLab: (props: Parameters<typeof PiPoolLab>[0]) => <LazyLab name="Monte Carlo pi pool lab"><PiPoolLab {...props} /></LazyLab>,
  ChunksizeLab: (props: Parameters<typeof ChunksizeLab>[0]) => <LazyLab name="chunk size lab"><ChunksizeLab {...props} /></LazyLab>,
  OversubscriptionLab: (props: Parameters<typeof OversubscriptionLab>[0]) => <LazyLab name="oversubscription lab"><OversubscriptionLab {...props} /></LazyLab>,
  TimelineLab: (props: Parameters<typeof TimelineLab>[0]) => <LazyLab name="timeline lab"><TimelineLab {...props} /></LazyLab>,
  ScalingLab: (props: Parameters<typeof ScalingLab>[0]) => <LazyLab name="scaling lab"><ScalingLab {...props} /></LazyLab>,
  CoreCountExercise: (props: Parameters<typeof CoreCountExercise>[0]) => <LazyLab name="core-count exercise"><CoreCountExercise {...props} /></LazyLab>,
};
