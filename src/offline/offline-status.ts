/**
 * A tiny store of what the update banner should say, written by register-sw.ts and read by
 * UpdateBanner through {@link useOfflineStatus}. Main thread.
 */
import { useSyncExternalStore } from 'react';

/** What the banner can report; at most one message is shown, in this order of importance. */
export interface OfflineStatus {
  /** A new build is installed and waiting; reloading switches to it. */
  updateReady: boolean;
  /** The page was loaded past the service worker (hard reload) and is not cross-origin isolated. */
  bypassed: boolean;
  /** The worker is ready to isolate the page, but the user was busy, so a reload is offered. */
  isolationReady: boolean;
  /** The worker controls the page, one reload was tried, and the page is still not isolated. */
  isolationFailed: boolean;
}

let status: OfflineStatus = { updateReady: false, bypassed: false, isolationReady: false, isolationFailed: false };
let applyUpdate: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

/** Merges `patch` into the status and notifies the banner. */
export function setOfflineStatus(patch: Partial<OfflineStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

/** Sets what "Reload" in the update banner does (register-sw.ts: activate the waiting worker). */
export function setUpdateAction(action: () => void): void {
  applyUpdate = action;
}

/** Switches to the waiting new version (the banner's "Reload" button). */
export function applyPendingUpdate(): void {
  applyUpdate();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current {@link OfflineStatus}; re-renders when it changes. */
export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(subscribe, () => status, () => status);
}
