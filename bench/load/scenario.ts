// One run of the scenario against a target: `users` simulated people for `seconds` — residents filing
// requests, watching them live and looking at their list; dispatchers working their queue — with a
// think time between actions, plus a prober (a process of its own) asking /healthz five times a second.
import { Recorder } from './recorder.ts';
import type { DispatcherSession, ResidentSession, Target } from './target.ts';

export interface ScenarioResult {
  recorder: Recorder;
  /** Requests acknowledged to a resident whose live event that resident never received. */
  missedLiveEvents: number;
  acknowledged: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runScenario(
  target: Target,
  options: { users: number; dispatcherShare: number; seconds: number; thinkMs: number },
): Promise<ScenarioResult> {
  const recorder = new Recorder();
  const dispatchers = Math.round(options.users * options.dispatcherShare);
  const residents = options.users - dispatchers;
  const think = () => sleep(options.thinkMs * (0.5 + Math.random()));

  const residentSessions: ResidentSession[] = [];
  for (let i = 0; i < residents; i += 1) residentSessions.push(await target.openResident(i));
  const dispatcherSessions: DispatcherSession[] = [];
  for (let i = 0; i < dispatchers; i += 1) dispatcherSessions.push(await target.openDispatcher(i));
  await sleep(1_000); // the subscriptions are live

  const until = Date.now() + options.seconds * 1000;
  const acknowledged: { resident: number; id: string }[] = [];
  const residentLoops = residentSessions.map(async (session, i) => {
    await sleep(Math.random() * options.thinkMs);
    let n = 0;
    while (Date.now() < until) {
      n += 1;
      const filed = await session.file(
        `Load test: water leaking from the ceiling, report ${n} of resident ${i}`,
      );
      recorder.record('file_request', filed.ms, filed.outcome, filed.detail);
      if (filed.id) acknowledged.push({ resident: i, id: filed.id });
      await think();
      const mine = await session.listMine();
      recorder.record('my_requests', mine.ms, mine.outcome, mine.detail);
      await think();
    }
  });
  const dispatcherLoops = dispatcherSessions.map(async (session) => {
    await sleep(Math.random() * options.thinkMs);
    while (Date.now() < until) {
      const queue = await session.queue();
      recorder.record('dispatcher_queue', queue.ms, queue.outcome, queue.detail);
      await think();
      if (queue.firstId) {
        const opened = await session.open(queue.firstId);
        recorder.record('dispatcher_open', opened.ms, opened.outcome, opened.detail);
        await think();
      }
    }
  });
  const prober = target.probeHealth(options.seconds).then((answers) => {
    for (const health of answers) recorder.record('healthz', health.ms, health.outcome, health.detail);
  });
  await Promise.all([...residentLoops, ...dispatcherLoops, prober]);

  await sleep(3_000); // the last events arrive
  const missedLiveEvents = acknowledged.filter(
    (a) => !residentSessions[a.resident]!.eventsFor.has(a.id),
  ).length;
  await Promise.all([...residentSessions, ...dispatcherSessions].map((s) => s.close()));
  return { recorder, missedLiveEvents, acknowledged: acknowledged.length };
}
