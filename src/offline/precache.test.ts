import { describe, expect, it } from 'vitest';
import {
  cachesToDelete, candidateKeys, isReusable, precacheCacheName, resolveEntries, withHeaders, CACHE_PREFIX, ISOLATION_HEADERS,
} from './precache.ts';

const scope = 'https://example.org/course/';

describe('resolveEntries', () => {
  it('resolves relative URLs against the scope, keeps revisions and drops duplicates', () => {
    const entries = resolveEntries(
      [
        { url: 'index.html', revision: 'abc' },
        { url: 'assets/app-1234.js', revision: null },
        { url: 'assets/app-1234.js#x', revision: null },
      ],
      scope,
    );
    expect(entries).toEqual([
      { url: 'https://example.org/course/index.html', revision: 'abc' },
      { url: 'https://example.org/course/assets/app-1234.js', revision: null },
    ]);
  });

  it('follows any sub-path the site is served under', () => {
    expect(resolveEntries([{ url: 'sw-test.js', revision: null }], 'http://127.0.0.1:8080/a/b/c/')[0]!.url).toBe(
      'http://127.0.0.1:8080/a/b/c/sw-test.js',
    );
  });
});

describe('precacheCacheName', () => {
  const a = resolveEntries([{ url: 'index.html', revision: '1' }, { url: 'assets/x-1.js', revision: null }], scope);
  it('is the same for the same files in any order', () => {
    expect(precacheCacheName(a)).toBe(precacheCacheName([...a].reverse()));
    expect(precacheCacheName(a)).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{8}$`));
  });
  it('changes when a revision or a file changes', () => {
    const changed = a.map((e) => (e.revision ? { ...e, revision: '2' } : e));
    expect(precacheCacheName(changed)).not.toBe(precacheCacheName(a));
    expect(precacheCacheName(a.slice(0, 1))).not.toBe(precacheCacheName(a));
  });
});

describe('candidateKeys', () => {
  it('maps the site directory to its index.html and drops hash and query', () => {
    expect(candidateKeys('https://example.org/course/?utm_source=x#/lessons/03-integration')).toEqual([
      'https://example.org/course/?utm_source=x',
      'https://example.org/course/',
      'https://example.org/course/index.html',
    ]);
  });
  it('tries a plain file URL as it is', () => {
    expect(candidateKeys('https://example.org/course/assets/a.js')).toEqual(['https://example.org/course/assets/a.js']);
  });
});

describe('isReusable', () => {
  it('reuses hashed files by name and unhashed files only with the same revision', () => {
    expect(isReusable({ url: 'u', revision: null }, null)).toBe(true);
    expect(isReusable({ url: 'u', revision: 'r1' }, 'r1')).toBe(true);
    expect(isReusable({ url: 'u', revision: 'r2' }, 'r1')).toBe(false);
    expect(isReusable({ url: 'u', revision: 'r2' }, null)).toBe(false);
  });
});

describe('cachesToDelete', () => {
  it('keeps the current cache and the newest older one, and leaves other caches alone', () => {
    const names = [`${CACHE_PREFIX}old1`, 'someone-else', `${CACHE_PREFIX}old2`, `${CACHE_PREFIX}old3`, `${CACHE_PREFIX}now`];
    expect(cachesToDelete(names, `${CACHE_PREFIX}now`)).toEqual([`${CACHE_PREFIX}old1`, `${CACHE_PREFIX}old2`]);
    expect(cachesToDelete([`${CACHE_PREFIX}now`], `${CACHE_PREFIX}now`)).toEqual([]);
  });
});

describe('withHeaders', () => {
  it('adds COOP, COEP and CORP and keeps the body, status and other headers', async () => {
    const original = new Response('hello', { status: 200, headers: { 'Content-Type': 'text/javascript', 'Cross-Origin-Embedder-Policy': 'unsafe-none' } });
    const copy = withHeaders(original, { 'X-Extra': '1' });
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) expect(copy.headers.get(name)).toBe(value);
    expect(copy.headers.get('Content-Type')).toBe('text/javascript');
    expect(copy.headers.get('X-Extra')).toBe('1');
    expect(copy.status).toBe(200);
    expect(await copy.text()).toBe('hello');
  });
  it('can add only the extra headers', () => {
    const copy = withHeaders(new Response('x'), { 'X-Precache-Revision': 'r' }, false);
    expect(copy.headers.get('Cross-Origin-Opener-Policy')).toBeNull();
    expect(copy.headers.get('X-Precache-Revision')).toBe('r');
  });
  it('copies a bodiless status without a body', () => {
    expect(withHeaders(new Response(null, { status: 204 })).status).toBe(204);
  });
  it('refuses an opaque response', () => {
    expect(() => withHeaders(Response.error())).toThrow(TypeError);
  });
});
