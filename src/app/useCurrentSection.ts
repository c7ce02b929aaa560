import { useEffect, useState } from 'react';

/** Px from the top of the viewport at which a heading counts as reached (under the sticky header). */
const READ_LINE = 120;

/** The h2/h3 headings of the lesson body on screen, in document order. */
function sectionHeadings(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('article.lesson .lesson-body :is(h2, h3)[id]')];
}

/**
 * Id of the lesson section being read: the last h2/h3 of the lesson body whose top has scrolled
 * past the line under the header; '' above the first. Updates on scroll (once per animation
 * frame at most) and when `key` changes (a new page). Main thread.
 */
export function useCurrentSection(key: string): string {
  const [section, setSection] = useState('');
  useEffect(() => {
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      let id = '';
      for (const h of sectionHeadings()) {
        if (h.getBoundingClientRect().top <= READ_LINE) id = h.id;
        else break;
      }
      setSection(id);
    };
    const onScroll = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    onScroll();
    // The lesson body loads lazily; measure again once it is there.
    const late = setTimeout(onScroll, 600);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      clearTimeout(late);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [key]);
  return section;
}
