import { useEffect, useRef } from 'react';
import { onLiveEvent } from '../../account/liveSignal.ts';

/** Calls `refetch` once things settle (~500 ms) after the role's live subscription announces events. */
export function useLiveRefetch(refetch: () => void, delay = 500): void {
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveEvent(() => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), delay);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [delay]);
}
