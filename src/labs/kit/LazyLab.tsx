import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../../app/ErrorBoundary.tsx';

/**
 * Frame for a lab embedded in a lesson: a placeholder while its code loads, and an error boundary
 * so a broken lab shows a message in place instead of blanking the page.
 */
export function LazyLab({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary what={`the ${name}`}>
      <Suspense fallback={<div className="lab lab-placeholder" aria-busy="true">Loading the {name}…</div>}>{children}</Suspense>
    </ErrorBoundary>
  );
}
