import { describe, expect, it } from 'vitest';
import { bypassedWorker, isolationAction } from './reload-policy.ts';

describe('isolationAction', () => {
  it('never reloads a page that is already isolated (the host sends the headers)', () => {
    expect(isolationAction({ isolated: true, alreadyReloaded: false })).toBe('none');
    expect(isolationAction({ isolated: true, alreadyReloaded: true })).toBe('none');
  });
  it('asks instead of reloading when the user is already working on the page', () => {
    expect(isolationAction({ isolated: false, alreadyReloaded: false, userActive: true })).toBe('offer-reload');
    expect(isolationAction({ isolated: false, alreadyReloaded: true, userActive: true })).toBe('give-up');
    expect(isolationAction({ isolated: true, alreadyReloaded: false, userActive: true })).toBe('none');
  });
  it('reloads once, then gives up instead of looping', () => {
    expect(isolationAction({ isolated: false, alreadyReloaded: false })).toBe('reload');
    expect(isolationAction({ isolated: false, alreadyReloaded: true })).toBe('give-up');
  });
});

describe('bypassedWorker', () => {
  it('recognises a hard reload: an active worker that does not control the page', () => {
    expect(bypassedWorker({ isolated: false, controlled: false, hasActiveWorker: true })).toBe(true);
  });
  it('is quiet on a first visit, a normal load, or where headers still isolate the page', () => {
    expect(bypassedWorker({ isolated: false, controlled: false, hasActiveWorker: false })).toBe(false);
    expect(bypassedWorker({ isolated: false, controlled: true, hasActiveWorker: true })).toBe(false);
    expect(bypassedWorker({ isolated: true, controlled: false, hasActiveWorker: true })).toBe(false);
  });
});
