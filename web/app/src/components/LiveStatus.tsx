import { useLiveUpdates, type LiveOptions } from '../live.ts';

/**
 * Keeps the page live (see live.ts) and says so: "● Live", why live updates are off, or that
 * signing in turns them on (the subscription refuses anonymous callers).
 */
export function LiveStatus(options: LiveOptions) {
  const live = useLiveUpdates(options);
  return (
    <span className="live" data-live={live.live}>
      {live.live ? '● Live' : live.problem ? `Live updates off: ${live.problem}` : 'Sign in for live updates'}
    </span>
  );
}
