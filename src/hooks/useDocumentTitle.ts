import { useEffect } from 'react';

/** Sets the browser tab's title to "`title` · Parallel Lab" while the component is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Parallel Lab` : 'Parallel Lab';
  }, [title]);
}
