import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runtime from 'react/jsx-runtime';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeSlug from 'rehype-slug';
import {
  LAB_MINUTES,
  LessonError,
  READING_WPM,
  checkLinks,
  checkRedirects,
  checkTeachingTime,
  extractAnchorIds,
  extractHeadings,
  extractLinks,
  extractSections,
  readCatalog,
  searchableText,
  teachingEstimate,
} from './lesson-catalog.ts';
import { LESSON_REDIRECTS } from '../lessons/redirects.ts';

const FRONT = `---
title: "A lesson"
summary: "What it is about."
questions: ["Why?"]
objectives: ["Do it."]
keypoints: ["Done."]
teaching: 10
exercises: 5
sources: [hpc2n-parallel-python]
---
`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A temporary lessons/ folder holding `files` (path -> content). */
function lessonsFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lessons-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function problemsOf(root: string): string[] {
  try {
    readCatalog(root);
    return [];
  } catch (e) {
    if (e instanceof LessonError) return e.problems;
    throw e;
  }
}

describe('readCatalog', () => {
  it('reads lessons in number order with slug, headings and exercise ids', () => {
    const root = lessonsFolder({
      '02-second/index.mdx': `${FRONT}\n## Part one\n\ntext\n`,
      '01-first/index.mdx': `${FRONT}\nIntro.\n\n## Start here\n\n### Detail\n`,
      '01-first/exercises/b-two/starter.js': '',
      '01-first/exercises/a-one/starter.js': '',
      '01-first/exercises/eslint.config.js': '// a file, not an exercise',
      '01-first/exercises/_template/starter.js': '',
      '_drafts/notes.md': 'ignored',
    });
    const entries = readCatalog(root);
    expect(entries.map((e) => [e.meta.order, e.meta.slug, e.meta.dir])).toEqual([
      [1, 'first', '01-first'],
      [2, 'second', '02-second'],
    ]);
    expect(entries[0]!.meta.headings).toEqual([
      { depth: 2, text: 'Start here', id: 'start-here' },
      { depth: 3, text: 'Detail', id: 'detail' },
    ]);
    expect(entries[0]!.meta.exerciseIds).toEqual(['a-one', 'b-two']);
    expect(entries[1]!.meta.exerciseIds).toEqual([]);
    expect(entries[0]!.meta.title).toBe('A lesson');
  });

  it('names bad folder names', () => {
    const root = lessonsFolder({ '1-short/index.mdx': FRONT, 'Intro/index.mdx': FRONT, '03-ok/index.mdx': FRONT });
    const problems = problemsOf(root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^lessons\/1-short: folder name must be NN-slug/);
    expect(problems[1]).toMatch(/^lessons\/Intro: folder name must be NN-slug/);
  });

  it('names the file and the field of bad frontmatter, for every bad lesson', () => {
    const root = lessonsFolder({
      '01-a/index.mdx': FRONT.replace('teaching: 10', 'teaching: ten'),
      '02-b/index.mdx': FRONT.replace('sources: [hpc2n-parallel-python]', 'sources: [somewhere]'),
      '03-c/index.mdx': FRONT.replace('title: "A lesson"\n', ''),
    });
    const problems = problemsOf(root);
    expect(problems).toEqual([
      expect.stringMatching(/^lessons\/01-a\/index\.mdx: teaching: /),
      expect.stringMatching(/^lessons\/02-b\/index\.mdx: sources\.0: /),
      expect.stringMatching(/^lessons\/03-c\/index\.mdx: title: /),
    ]);
  });

  it('reports YAML errors and missing index files', () => {
    const root = lessonsFolder({ '01-a/index.mdx': '---\ntitle: [unclosed\n---\n', '02-b/exercises/x/starter.js': '' });
    const problems = problemsOf(root);
    expect(problems[0]).toMatch(/^lessons\/01-a\/index\.mdx: frontmatter is not valid YAML/);
    expect(problems[1]).toMatch(/^lessons\/02-b\/index\.mdx: missing/);
    expect(() => readCatalog(join(root), { skipMissing: true })).toThrow(/not valid YAML/);
  });

  it('skips a lesson folder without index.mdx when asked (the build), not otherwise (check:lessons)', () => {
    const root = lessonsFolder({ '01-a/index.mdx': FRONT, '02-b/exercises/x/starter.js': '' });
    expect(readCatalog(root, { skipMissing: true }).map((e) => e.meta.slug)).toEqual(['a']);
    expect(problemsOf(root)).toEqual([expect.stringMatching(/^lessons\/02-b\/index\.mdx: missing/)]);
  });

  it('names the file and line of a body that is not valid MDX', () => {
    const root = lessonsFolder({ '01-good/index.mdx': `${FRONT}\nSome text.\n\n<Callout>\nnever closed\n` });
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lessons\/01-good\/index\.mdx:\d+: not valid MDX: .*Callout/);
  });

  it('names duplicate numbers and duplicate slugs', () => {
    const root = lessonsFolder({ '01-a/index.mdx': FRONT, '01-b/index.mdx': FRONT, '02-a/index.mdx': FRONT });
    expect(problemsOf(root)).toEqual([
      'lessons/01-b/index.mdx: number 1 is already used by lessons/01-a/index.mdx',
      'lessons/02-a/index.mdx: slug "a" is already used by lessons/01-a/index.mdx',
    ]);
  });
});

describe('heading ids', () => {
  const body = [
    '# Title',
    '',
    '## Why parallel?',
    '',
    '```python',
    '## not a heading',
    '```',
    '',
    '## Speedup $S(p)$ and `efficiency`',
    '### Why parallel?',
    '## The **GIL** & [threads](#why-parallel)',
    '## Amdahl’s law: 95 % ≠ 20×',
    '## Café, naïve',
    '## 2D integration',
  ].join('\n');

  it('match the ids rehype-slug gives the compiled MDX', async () => {
    const { default: Content } = await evaluate(body, {
      ...runtime,
      remarkPlugins: [remarkGfm, remarkMath],
      rehypePlugins: [rehypeSlug],
    } as Parameters<typeof evaluate>[1]);
    const html = renderToStaticMarkup(createElement(Content));
    const rendered = [...html.matchAll(/<h[23] id="([^"]*)"/g)].map((m) => m[1]);
    expect(rendered.length).toBe(7);
    expect(extractHeadings(body).map((h) => h.id)).toEqual(rendered);
  });

  it('repeat headings get -1, code-fence lines are ignored', () => {
    expect(extractHeadings(body).map((h) => h.id).slice(0, 2)).toEqual(['why-parallel', 'speedup-sp-and-efficiency']);
    expect(extractHeadings(body)[2]).toEqual({ depth: 3, text: 'Why parallel?', id: 'why-parallel-1' });
    expect(extractAnchorIds(body).has('not-a-heading')).toBe(false);
    expect(extractAnchorIds(body).has('title')).toBe(true);
  });
});

describe('sections for search', () => {
  it('splits the body at h2/h3 with the intro first', () => {
    const s = extractSections('Intro words.\n\n## One\n\nalpha *beta*\n\n```js\ncode();\n```\n\n### Two\n\ngamma\n');
    expect(s).toEqual([
      { anchor: '', heading: '', text: 'Intro words.' },
      { anchor: 'one', heading: 'One', text: 'alpha beta' },
      { anchor: 'two', heading: 'Two', text: 'gamma' },
    ]);
  });
});

describe('searchable text', () => {
  it('drops code, display math, TeX commands, tags and markup', () => {
    const text = searchableText(
      'Intro:\n- Speedup $S_p = \\frac{T_1}{T_p}$ **now**\n\n$$\nI = \\int_0^1\n$$\n\n```py\nsecret()\n```\n<Lab n={3} /> [a link](#x)',
    );
    expect(text).toBe('Intro: Speedup S p = T 1 T p now a link');
  });
});

describe('links and anchors', () => {
  const lessons = new Map([
    [
      'first',
      [
        '## Start here',
        'See [below](#details), [the other](#/lessons/second#deadlock), [route](/lessons/second), [lab](#/lab?kernel=pi).',
        'Also [web](https://example.org) and <a href="#/lessons/second#race">race</a> and `[code](#nowhere)`.',
        '<div id="custom"></div> [custom](#custom)',
        '## Details',
        '```md',
        '[inside a fence](#ignored)',
        '```',
      ].join('\n'),
    ],
    ['second', '## Deadlock\n\n## Race\n\n[back](#/lessons/first#start-here)'],
  ]);

  it('finds markdown and JSX links outside code', () => {
    expect(extractLinks(lessons.get('first')!).map((l) => l.href)).toEqual([
      '#details',
      '#/lessons/second#deadlock',
      '/lessons/second',
      '#/lab?kernel=pi',
      'https://example.org',
      '#/lessons/second#race',
      '#custom',
    ]);
  });

  it('accepts links that resolve', () => {
    expect(checkLinks('lessons/01-first/index.mdx', 'first', lessons)).toEqual([]);
    expect(checkLinks('lessons/02-second/index.mdx', 'second', lessons)).toEqual([]);
  });

  it('names each broken link with file, line and reason', () => {
    const broken = new Map(lessons);
    broken.set(
      'third',
      [
        'Bad: [a](#nope) [b](#/lessons/second#nope)',
        '[c](#/lessons/missing) [d](/lessons/second#deadlocks) [e](../02-second/index.mdx) [f](#/nowhere) [g](#/lab/nolab?n=1) [h](#/lab/speedup?n=1)',
      ].join('\n'),
    );
    expect(checkLinks('lessons/03-third/index.mdx', 'third', broken, new Set(['speedup']))).toEqual([
      'lessons/03-third/index.mdx:1: link "#nope": no heading or id "nope" in this lesson',
      'lessons/03-third/index.mdx:1: link "#/lessons/second#nope": no heading or id "nope" in lesson "second"',
      'lessons/03-third/index.mdx:2: link "#/lessons/missing": no lesson with slug "missing"',
      'lessons/03-third/index.mdx:2: link "/lessons/second#deadlocks": no heading or id "deadlocks" in lesson "second"',
      'lessons/03-third/index.mdx:2: link "../02-second/index.mdx": relative links do not work with hash routing; write #/lessons/<slug>#<section>',
      'lessons/03-third/index.mdx:2: link "#/nowhere": no such page "/nowhere"',
      'lessons/03-third/index.mdx:2: link "#/lab/nolab?n=1": no lab with id "nolab"',
    ]);
  });
});

describe('reading pace', () => {
  const words = (k: number) => Array.from({ length: k }, (_, i) => `word${i}`).join(' ');

  it('states the rule: 120 words per minute and 2 minutes per lab', () => {
    expect(READING_WPM).toBe(120);
    expect(LAB_MINUTES).toBe(2);
  });

  it('counts prose words, not code, tags, instructor notes or going-further boxes', () => {
    const body = [
      '## A heading here',
      '',
      words(10),
      '',
      '```python title="x.py"',
      words(500),
      '```',
      '',
      '<Callout kind="tip" title="Counted">',
      'Five words in a callout.',
      '</Callout>',
      '',
      '<InstructorNote>',
      words(300),
      '</InstructorNote>',
      '',
      '<GoingFurther title="optional">',
      words(400),
      '',
      '<MpiLab program="deadlock" />',
      '</GoingFurther>',
      '',
      '| a | b |',
      '| --- | --- |',
      '| in | table |',
    ].join('\n');
    const e = teachingEstimate(body);
    // 3 heading words + 10 + 5 callout words + 4 table cells
    expect(e.words).toBe(3 + 10 + 5 + 4);
    expect(e.labs).toEqual([]);
  });

  it('times each lab on the main path, not panels, figures, layout or exercises', () => {
    const body = '<SpeedupLab />\n\n<EnvironmentPanel />\n\n<MpiLab program="hello" />\n\n<Tabs>\n<Tab label="x">\n</Tab>\n</Tabs>\n\n<CoreCountExercise />';
    const e = teachingEstimate(body);
    expect(e.labs).toEqual(['SpeedupLab', 'MpiLab']);
    expect(e.minutes).toBe(2 * LAB_MINUTES);
  });

  it('passes a lesson that fits its minutes and names one that does not', () => {
    const body = `${words(2 * READING_WPM)}\n\n<MapLab />`; // 2 min of prose + 1 lab = 4 min
    expect(teachingEstimate(body).minutes).toBe(2 + LAB_MINUTES);
    expect(checkTeachingTime('lessons/01-a/index.mdx', body, 4)).toEqual([]);
    expect(checkTeachingTime('lessons/01-a/index.mdx', body, 3)).toEqual([
      'lessons/01-a/index.mdx: teaching: 3 min is too short for its main path: 240 words at 120 words/min (2.0 min) + 1 lab(s) × 2 min = 4.0 min; ' +
        'shorten the prose, move optional parts into <GoingFurther>, split the lesson, or raise teaching if that is honest',
    ]);
  });

  it('every lesson of the project fits its teaching minutes', () => {
    for (const e of readCatalog(join(import.meta.dirname, '..', 'lessons'))) {
      expect(checkTeachingTime(e.file, e.body, e.meta.teaching)).toEqual([]);
    }
  });
});

describe('redirects of moved lessons', () => {
  const lessons = new Map([
    ['point-to-point', '## Deadlock'],
    ['collectives', '## The 2D integration with reduce'],
  ]);

  it('accept targets that exist, exercise cards included', () => {
    const table = {
      old: { lesson: 'point-to-point', sections: { deadlock: 'point-to-point#deadlock', 'exercise-x': 'collectives#exercise-x' } },
    };
    expect(checkRedirects(table, lessons, new Map([['collectives', ['x']]]))).toEqual([]);
  });

  it('name missing lessons and sections, and an old slug that is a lesson again', () => {
    const table = {
      collectives: { lesson: 'nowhere', sections: { a: 'gone#a', b: 'collectives#no-such-section' } },
    };
    expect(checkRedirects(table, lessons)).toEqual([
      'lessons/redirects.ts: "collectives" is a lesson again; remove its redirect',
      'lessons/redirects.ts: "collectives" redirects to "nowhere", which is no lesson',
      'lessons/redirects.ts: "collectives#a" redirects to "gone#a": no lesson "gone"',
      'lessons/redirects.ts: "collectives#b" redirects to "collectives#no-such-section": no heading or id "no-such-section" in lesson "collectives"',
    ]);
  });

  it('the project table lands every old section of message-passing in the lessons as they are', () => {
    const catalog = readCatalog(join(import.meta.dirname, '..', 'lessons'));
    const bodies = new Map(catalog.map((e) => [e.meta.slug, e.body]));
    const exercises = new Map(catalog.map((e) => [e.meta.slug, e.meta.exerciseIds]));
    expect(Object.keys(LESSON_REDIRECTS['message-passing']!.sections)).toHaveLength(12);
    expect(checkRedirects(LESSON_REDIRECTS, bodies, exercises)).toEqual([]);
  });
});
