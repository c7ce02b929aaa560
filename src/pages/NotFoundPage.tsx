import { Link } from 'react-router';

/** Shown for an unknown route or lesson. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <article>
      <h1>No such {what}</h1>
      <p>
        The link may be old or mistyped. <Link to="/">See all lessons</Link>.
      </p>
    </article>
  );
}
