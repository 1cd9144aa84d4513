import cron from 'node-cron';
import type { Logger } from './logger.js';

export interface ScheduledJob {
  name: string;
  cron: string;
  run: () => Promise<unknown>;
}

/**
 * Run jobs on their cron expressions with no overlap: a run still going when the next tick comes
 * is skipped, not doubled. Errors are logged at this boundary and never stop the schedule.
 * Returns stop(), which waits for runs in flight to finish.
 */
export function startScheduler(jobs: ScheduledJob[], logger: Logger): { stop: () => Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const tasks = jobs.map((job) =>
    cron.schedule(
      job.cron,
      async () => {
        const run = job.run().catch((error: unknown) => logger.error({ job: job.name, err: error }, 'scheduled job failed'));
        inFlight.add(run);
        try {
          await run;
        } finally {
          inFlight.delete(run);
        }
      },
      { name: job.name, noOverlap: true },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all([...inFlight]);
    },
  };
}
