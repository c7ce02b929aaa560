import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInStages, stagedLoader } from './staged-import.ts';

describe('importInStages', () => {
  it('starts each stage only after the previous one has finished', async () => {
    const log: string[] = [];
    const stage = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`end ${name}`);
    };
    await importInStages([stage('a'), stage('b'), stage('c')], 10);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('stops at a failed stage and rejects with its error', async () => {
    const ran: string[] = [];
    const failing = importInStages(
      [
        async () => ran.push('a'),
        () => Promise.reject(new Error('chunk failed')),
        async () => ran.push('c'),
      ],
      10,
    );
    await expect(failing).rejects.toThrow('chunk failed');
    expect(ran).toEqual(['a']);
  });
});

describe('stagedLoader', () => {
  it('runs the stages once for any number of calls', async () => {
    let runs = 0;
    const load = stagedLoader([async () => (runs += 1)], 10);
    await Promise.all([load(), load(), load()]);
    await load();
    expect(runs).toBe(1);
  });

  it('tries again after a failure', async () => {
    let calls = 0;
    const load = stagedLoader([async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
    }], 10);
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});

describe('the chart stage', () => {
  it('holds every part of Recharts the charts use: they import it only through src/labs/kit/recharts.ts', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !path.endsWith(join('labs', 'kit', 'recharts.ts')) && /from ['"]recharts['"]/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(import.meta.dirname, '..'));
    expect(offenders).toEqual([]);
  });
});
