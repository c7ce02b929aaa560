/**
 * What a lab is to the rest of the site: the entry each lab has in the lab registry
 * (src/labs/registry.ts), and the props every lab component takes from the lab page, the embed
 * page and the lessons. Pure types and helpers: any thread.
 */
import type { ComponentType } from 'react';
import type { LabSettings, RawSettings } from './settings.ts';

/** Props every lab component accepts. */
export interface LabComponentProps<F extends string = string> {
  /** Starting text per field (from a lab link or a lesson); the rest take this machine's defaults. */
  initial?: Partial<RawSettings<F>>;
  /** Problems of the link itself (a value given twice), shown beside their fields until edited. */
  linkErrors?: Partial<Record<F | 'autorun', string>>;
  /** Start at once when the settings are valid (a link with `autorun=1`). */
  autorun?: boolean;
  /** Called with the text of every field whenever the form changes (the lab page mirrors it in the URL). */
  onSettingsChange?: (raw: RawSettings<F>) => void;
  /** Heading of the lab. */
  title?: string;
}

/** A lab's entry in the lab registry. */
export interface LabDefinition<F extends string = string> {
  /** Identifier in links: `#/lab/<id>`, `#/embed/<id>`. */
  id: string;
  /** Name, e.g. "Speedup lab". */
  title: string;
  /** One line on what it shows, for `#/labs`. */
  description: string;
  /** Slug of the lesson that teaches with it. */
  lesson: string;
  /** Its settings (fields, defaults, validation); a lab without settings has no fields. */
  settings: LabSettings<F, unknown>;
  /** Needs SharedArrayBuffer (a cross-origin isolated page). */
  sharedMemory: boolean;
  /** Loads the component (lazily: labs bring charts and workers). */
  load: () => Promise<ComponentType<LabComponentProps<F>>>;
  /**
   * Links that exercise the lab, used by `#/labs` and the browser tests: `quick` is a query
   * that finishes in a few seconds; `invalid` a query with one bad value and the field it names.
   */
  examples: { quick: string; invalid: { query: string; field: F | 'autorun' } };
}

/** Declares a lab (checks the entry's types, then erases its field names for the registry). */
export function defineLab<F extends string>(def: LabDefinition<F>): LabDefinition {
  return def as unknown as LabDefinition;
}

/** The hash route of a lab link: `#/lab/<id>?<query>`. */
export function labHash(id: string, query: string): string {
  return `#/lab/${id}${query ? `?${query}` : ''}`;
}

/** The hash route of an embed link: `#/embed/<id>?<query>`. */
export function embedHash(id: string, query: string): string {
  return `#/embed/${id}${query ? `?${query}` : ''}`;
}

/** An absolute URL for `hash` on this site (for QR codes and "open in its own window"). Main thread. */
export function absoluteUrl(hash: string): string {
  const url = new URL(window.location.href);
  url.hash = hash.replace(/^#/, '');
  return url.toString();
}
