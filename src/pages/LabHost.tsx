import { createElement, useMemo, useState, type ComponentType } from 'react';
import type { LabComponentProps, LabDefinition } from '../labs/kit/definition.ts';
import { LazyLab } from '../labs/kit/LazyLab.tsx';
import { lazyWithCharts } from '../labs/kit/chart-modules.ts';
import { settingsFromQuery, shownFields, type RawSettings } from '../labs/kit/settings.ts';
import { LABS } from '../labs/registry.ts';
import { reportedCores } from '../env/environment.ts';

/** The lazily loaded component of every registered lab (one React.lazy each, for the page's life). */
const COMPONENTS: ReadonlyMap<string, ComponentType<LabComponentProps>> = new Map(
  // Most labs draw charts: the chart modules load in stages first (one long task otherwise).
  LABS.map((def) => [def.id, lazyWithCharts(() => def.load().then((component) => ({ default: component })))]),
);

/** Props of {@link LabHost}. */
export interface LabHostProps {
  lab: LabDefinition;
  /** The link's query (`URLSearchParams` of the hash route). */
  query: URLSearchParams;
  /** Called with the query that reproduces the form's current settings (without autorun). */
  onQueryChange?: (query: URLSearchParams) => void;
}

/**
 * A registered lab driven by a lab link: the link's settings become the form's starting values
 * (bad values are shown with their message and nothing runs), a value given twice or a setting
 * the lab does not have is reported, and the form's changes are passed back so the page keeps the
 * address bar in step. Opening a different link remounts the lab with that link's settings.
 * Main thread (React).
 */
export function LabHost({ lab, query, onQueryChange }: LabHostProps) {
  const search = query.toString();
  const [mount, setMount] = useState({ key: search, own: '', seen: search });
  if (search !== mount.seen) setMount({ key: search === mount.own ? mount.key : search, own: mount.own, seen: search });
  const link = useMemo(() => settingsFromQuery(lab.settings, new URLSearchParams(mount.key)), [lab, mount.key]);
  const ignored = useMemo(() => {
    const raw = { ...lab.settings.defaults({ cores: reportedCores() }), ...link.raw } as RawSettings<string>;
    const shown = new Set(shownFields(lab.settings, raw).map((f) => f.name));
    return Object.keys(link.raw).filter((name) => !shown.has(name));
  }, [lab, link]);
  const Component = COMPONENTS.get(lab.id);
  if (!Component) throw new Error(`The lab "${lab.id}" is not in the lab registry.`);
  return (
    <>
      {link.unknown.length > 0 || ignored.length > 0 ? (
        <p className="note" role="note" data-testid="link-note">
          {link.unknown.length > 0 ? `The link's ${link.unknown.map((k) => `"${k}"`).join(', ')} ${link.unknown.length > 1 ? 'are not settings' : 'is not a setting'} of this lab and ${link.unknown.length > 1 ? 'were' : 'was'} ignored. ` : ''}
          {ignored.length > 0 ? `${ignored.map((k) => `"${k}"`).join(', ')} ${ignored.length > 1 ? 'are' : 'is'} not used with these settings and ${ignored.length > 1 ? 'were' : 'was'} ignored.` : ''}
        </p>
      ) : null}
      <LazyLab name={lab.title.toLowerCase()}>
        {createElement(Component, {
          key: mount.key,
          initial: link.raw,
          linkErrors: link.errors,
          autorun: link.autorun,
          onSettingsChange: (raw: RawSettings<string>) => {
            const q = new URLSearchParams();
            for (const f of shownFields(lab.settings, raw)) q.set(f.name, raw[f.name] ?? '');
            setMount((m) => ({ ...m, own: q.toString() }));
            onQueryChange?.(q);
          },
        })}
      </LazyLab>
    </>
  );
}
