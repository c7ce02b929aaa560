import type { ComponentProps } from 'react';
import { Link } from 'react-router';

/**
 * Links in lessons. The app routes with the URL hash, so `#section` becomes a link to the section
 * of the current lesson, `#/lessons/x#y` and `/lessons/x#y` route links, and anything with a
 * scheme an external link (new tab). `npm run check:lessons` checks that internal ones resolve.
 */
export function Anchor({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (/^[a-z]+:/i.test(href)) {
    return (
      <a href={href} target="_blank" rel="noreferrer noopener" {...rest}>
        {children}
      </a>
    );
  }
  if (href.startsWith('#/')) return <Link to={href.slice(1)} {...rest}>{children}</Link>;
  if (href.startsWith('#')) return <Link to={{ hash: href }} {...rest}>{children}</Link>;
  return <Link to={href} {...rest}>{children}</Link>;
}
