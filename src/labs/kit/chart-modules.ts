/**
 * Loads the chart library (Recharts) and the packages it is built on a stage at a time, each
 * evaluated in a task of its own (src/lib/staged-import.ts): evaluated together with a lab's own
 * modules they took one task of 40–55 ms on the 2-core CI machine (issue 18: no main-thread task
 * over 50 ms while a lesson opens). The packages staged before Recharts are the ones it imports
 * (its state store, number type and the d3 scales and shapes it draws with): they are direct
 * dependencies of this project only for this staging. Main thread.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { stagedLoader } from '../../lib/staged-import.ts';

/**
 * Recharts' dependencies first, then the parts of Recharts the charts use (./recharts.ts): each
 * import evaluates only its own package.
 */
export const loadChartModules = stagedLoader([
  () => import('@reduxjs/toolkit'),
  () => import('react-redux'),
  () => import('decimal.js-light'),
  () => import('victory-vendor/d3-scale'),
  () => import('victory-vendor/d3-shape'),
  () => import('./recharts.ts'),
]);

/**
 * `React.lazy` for a component whose module draws charts: the chart modules load in stages first
 * ({@link loadChartModules}), then the component's own module.
 * @throws (through the lazy component, to its error boundary) whatever a failed chunk load throws
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's
export function lazyWithCharts<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): LazyExoticComponent<T> {
  return lazy(async () => {
    await loadChartModules();
    return load();
  });
}
