// Sessions that ended on this instance (logout, a password change revoking the others), told to whoever
// holds something open for them — the WebSocket server closes their sockets at once. Other instances
// learn of it by re-checking their sessions periodically (http/session-sockets.ts).
export interface SessionClosures {
  ended(sessionIds: readonly string[]): void;
  /** Returns the function that stops listening. */
  onEnded(listener: (sessionIds: readonly string[]) => void): () => void;
}

export function createSessionClosures(): SessionClosures {
  const listeners = new Set<(sessionIds: readonly string[]) => void>();
  return {
    ended(sessionIds) {
      if (sessionIds.length === 0) return;
      for (const listener of listeners) listener(sessionIds);
    },
    onEnded(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
