import { describe, expect, it } from 'vitest';
import { MAX_RANKS } from '../../params/limits.ts';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { mpiInitial, mpiSettings, programReduces } from './settings.ts';

const env = { cores: 2 };

describe('message-passing lab settings', () => {
  it('accepts every lesson program and ranks up to MAX_RANKS', () => {
    expect(mpiSettings.validate({ program: 'bcast', ranks: '8', order: 'rank' }, env).params).toEqual({ program: 'bcast', ranks: 8, order: 'rank' });
    expect(mpiSettings.validate({ program: 'hello', ranks: String(MAX_RANKS), order: 'rank' }, env).params?.ranks).toBe(MAX_RANKS);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1e1', order: 'rank' }, env).params?.ranks).toBe(10);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1_0', order: 'rank' }, env).params?.ranks).toBe(10);
  });
  it('refuses unknown programs, 0 ranks, too many ranks and 1,000', () => {
    expect(mpiSettings.validate({ program: 'nope', ranks: '4', order: 'rank' }, env).errors.program).toMatch(/^Unknown program: choose one of "hello"/);
    expect(mpiSettings.validate({ program: 'hello', ranks: '0', order: 'rank' }, env).errors.ranks).toBe('At least 1 rank.');
    expect(mpiSettings.validate({ program: 'hello', ranks: String(MAX_RANKS + 1), order: 'rank' }, env).errors.ranks).toBe(`At most ${MAX_RANKS} ranks.`);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1,000', order: 'rank' }, env).errors.ranks).toMatch(/write 1000 or 1_000/);
    expect(mpiSettings.validate({ program: 'hello', ranks: 'four', order: 'rank' }, env).params).toBeNull();
  });
  it('a program without ranks starts with its own rank count', () => {
    expect(mpiInitial({ program: 'deadlock' })).toEqual({ program: 'deadlock', ranks: '2' });
    expect(mpiInitial({ program: 'bcast', ranks: '8' })).toEqual({ program: 'bcast', ranks: '8' });
    expect(mpiInitial({ program: 'nope' })).toEqual({ program: 'nope' });
    expect(mpiInitial(undefined)).toEqual({});
  });
  it('round-trips through a lab link', () => {
    const q = queryFromSettings(mpiSettings, { program: 'send-recv', ranks: '5', order: 'rank' }, true);
    expect(q).toBe('program=send-recv&ranks=5&autorun=1');
    expect(settingsFromQuery(mpiSettings, new URLSearchParams(q))).toMatchObject({ raw: { program: 'send-recv', ranks: '5' }, autorun: true, errors: {} });
  });
  it('the reduction order is a field of the programs that reduce only, and their links carry it', () => {
    expect(programReduces('integrate-reduce')).toBe(true);
    expect(programReduces('allreduce-barrier')).toBe(true);
    expect(programReduces('hello')).toBe(false);
    expect(programReduces('pi-gather')).toBe(false); // counts.reduce(...) is an array's, not the communicator's
    expect(programReduces('overlap')).toBe(false);
    expect(mpiSettings.validate({ program: 'integrate-reduce', ranks: '7', order: 'tree' }, env).params).toEqual({ program: 'integrate-reduce', ranks: 7, order: 'tree' });
    expect(mpiSettings.validate({ program: 'integrate-reduce', ranks: '7', order: 'random' }, env).errors.order).toBe('Unknown order: choose "rank" or "tree".');
    // Hidden for other programs: not validated, not in the link, rank order.
    expect(mpiSettings.validate({ program: 'hello', ranks: '2', order: 'random' }, env).params).toEqual({ program: 'hello', ranks: 2, order: 'rank' });
    expect(queryFromSettings(mpiSettings, { program: 'hello', ranks: '2', order: 'tree' })).toBe('program=hello&ranks=2');
    expect(queryFromSettings(mpiSettings, { program: 'integrate-reduce', ranks: '7', order: 'tree' })).toBe('program=integrate-reduce&ranks=7&order=tree');
  });
});
