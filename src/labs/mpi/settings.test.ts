import { describe, expect, it } from 'vitest';
import { MAX_RANKS } from '../../params/limits.ts';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { mpiInitial, mpiSettings } from './settings.ts';

const env = { cores: 2 };

describe('message-passing lab settings', () => {
  it('accepts every lesson program and ranks up to MAX_RANKS', () => {
    expect(mpiSettings.validate({ program: 'bcast', ranks: '8' }, env).params).toEqual({ program: 'bcast', ranks: 8 });
    expect(mpiSettings.validate({ program: 'hello', ranks: String(MAX_RANKS) }, env).params?.ranks).toBe(MAX_RANKS);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1e1' }, env).params?.ranks).toBe(10);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1_0' }, env).params?.ranks).toBe(10);
  });
  it('refuses unknown programs, 0 ranks, too many ranks and 1,000', () => {
    expect(mpiSettings.validate({ program: 'nope', ranks: '4' }, env).errors.program).toMatch(/^Unknown program: choose one of "hello"/);
    expect(mpiSettings.validate({ program: 'hello', ranks: '0' }, env).errors.ranks).toBe('At least 1 rank.');
    expect(mpiSettings.validate({ program: 'hello', ranks: String(MAX_RANKS + 1) }, env).errors.ranks).toBe(`At most ${MAX_RANKS} ranks.`);
    expect(mpiSettings.validate({ program: 'hello', ranks: '1,000' }, env).errors.ranks).toMatch(/write 1000 or 1_000/);
    expect(mpiSettings.validate({ program: 'hello', ranks: 'four' }, env).params).toBeNull();
  });
  it('a program without ranks starts with its own rank count', () => {
    expect(mpiInitial({ program: 'deadlock' })).toEqual({ program: 'deadlock', ranks: '2' });
    expect(mpiInitial({ program: 'bcast', ranks: '8' })).toEqual({ program: 'bcast', ranks: '8' });
    expect(mpiInitial({ program: 'nope' })).toEqual({ program: 'nope' });
    expect(mpiInitial(undefined)).toEqual({});
  });
  it('round-trips through a lab link', () => {
    const q = queryFromSettings(mpiSettings, { program: 'send-recv', ranks: '5' }, true);
    expect(q).toBe('program=send-recv&ranks=5&autorun=1');
    expect(settingsFromQuery(mpiSettings, new URLSearchParams(q))).toMatchObject({ raw: { program: 'send-recv', ranks: '5' }, autorun: true, errors: {} });
  });
});
