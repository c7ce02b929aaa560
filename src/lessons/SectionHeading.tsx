import type { ComponentProps } from 'react';
import { Link, useParams } from 'react-router';
import { lessonPath } from './registry.ts';

type HeadingProps = ComponentProps<'h2'>;

function anchorLink(id: string | undefined, slug: string | undefined) {
  if (!id || !slug) return null;
  return (
    <Link className="heading-anchor" to={lessonPath(slug, id)} aria-label="Link to this section">
      #
    </Link>
  );
}

/**
 * A lesson's h2 with its stable id (given by rehype-slug at build time) and a "#" link, shown on
 * hover and focus, whose address `#/lessons/<slug>#<id>` opens the lesson at this section.
 */
export function SectionH2({ id, children, ...rest }: HeadingProps) {
  const { slug } = useParams();
  return (
    <h2 id={id} {...rest}>
      {children}
      {anchorLink(id, slug)}
    </h2>
  );
}

/** A lesson's h3, like {@link SectionH2}. */
export function SectionH3({ id, children, ...rest }: ComponentProps<'h3'>) {
  const { slug } = useParams();
  return (
    <h3 id={id} {...rest}>
      {children}
      {anchorLink(id, slug)}
    </h3>
  );
}
