// How many messages officers get when new cases arrive faster than usual. While the rate is normal each
// case is announced on its own, at once. Above `limit` new cases in a minute (a flood, or a real surge)
// officers get one alert at once, then one summary per minute with the counts; every case is still stored
// and queued. Urgent cases keep their own allowance of `limit` individual announcements a minute, so an
// emergency is not hidden by a flood of ordinary reports; urgent cases beyond it are named in a summary
// that goes out sooner.

const MINUTE = 60_000;
/** New cases a minute announced one by one (CASE_BURST_PER_MINUTE): a normal day stays well below it. */
export const DEFAULT_BURST_PER_MINUTE = 3;
/** A summary that names urgent cases is due this long after the previous notice instead of a minute. */
const URGENT_SUMMARY_MS = 15_000;

/** What a burst notice tells officers (case numbers only, never report text). */
interface BurstCounts {
  /** New cases the notice covers. */
  cases: number;
  /** Numbers of the urgent ones among them, oldest first. */
  urgent: number[];
}

type Admission =
  | { announce: true }
  /** Counted in the burst; `alert` is set for the case that started it (send that alert now). */
  | { announce: false; alert?: BurstCounts };

interface Batch extends BurstCounts {
  /** When the previous notice (the alert or a summary) went out. */
  since: number;
}

/** Drops timestamps older than a minute (they are kept oldest first). */
function pruneMinute(times: number[], at: number): void {
  while (times.length && at - times[0] >= MINUTE) times.shift();
}

export function createBurstGate(limit: number) {
  const recent: number[] = [];
  const urgentAnnounced: number[] = [];
  let batch: Batch | undefined;

  /** The summary due now, if any; the burst ends when the rate is back to normal. */
  function takeDue(at: number): BurstCounts | undefined {
    if (!batch) return undefined;
    const wait = batch.urgent.length ? URGENT_SUMMARY_MS : MINUTE;
    if (at - batch.since < wait) return undefined;
    pruneMinute(recent, at);
    const done = batch.cases ? { cases: batch.cases, urgent: batch.urgent } : undefined;
    batch = recent.length > limit ? { since: at, cases: 0, urgent: [] } : undefined;
    return done;
  }

  /** Counts a new case and says whether it is announced on its own. */
  function admit(at: number, c: { number: number; urgent: boolean }): Admission {
    pruneMinute(recent, at);
    pruneMinute(urgentAnnounced, at);
    recent.push(at);
    if (c.urgent && urgentAnnounced.length < limit) {
      urgentAnnounced.push(at);
      return { announce: true };
    }
    if (!batch && recent.length <= limit) return { announce: true };
    if (!batch) {
      batch = { since: at, cases: 0, urgent: [] };
      return { announce: false, alert: { cases: recent.length, urgent: c.urgent ? [c.number] : [] } };
    }
    batch.cases++;
    if (c.urgent) batch.urgent.push(c.number);
    return { announce: false };
  }

  return { admit, takeDue };
}
