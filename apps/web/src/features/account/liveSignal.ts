// A light in-page signal: each role's live subscription announces that something happened, and whoever cares
// (the notification bell) refetches. No second socket; the role's one subscription stays the source.
const target = new EventTarget();
const EVENT = 'citydesk:live-event';

/** Called by every role's live-update hook when its subscription delivers an event. */
export function announceLiveEvent(): void {
  target.dispatchEvent(new Event(EVENT));
}

/** Listens for live events; returns the function that stops listening. */
export function onLiveEvent(listener: () => void): () => void {
  target.addEventListener(EVENT, listener);
  return () => target.removeEventListener(EVENT, listener);
}
