// Registration starts the service's clock: the deadline is computed from this moment in the city's
// working-day calendar, and the applicant is told by when to expect the result.
import type { Tx } from '../../infra/db/database.ts';
import type { Emit } from '../context.ts';
import type { DeadlineCity } from '../calendars/city-deadline.ts';
import { applicationDeadline } from './application-deadline.ts';
import type { EService } from './e-service.ts';
import { stepApplication } from './transition-application.ts';

export async function registerApplication(
  tx: Tx,
  emit: Emit,
  now: Date,
  input: { requestId: string; city: DeadlineCity; service: EService; filedAt: Date },
): Promise<void> {
  const deadlineAt = await applicationDeadline(tx, input.city, input.service, {
    filedAt: input.filedAt,
    registeredAt: now,
  });
  await stepApplication(tx, emit, now, null, {
    requestId: input.requestId,
    version: null,
    action: 'register',
    changes: { deadlineAt },
    data: { deadlineAt: deadlineAt.toISOString(), timeZone: input.city.timeZone },
    within: async (t) => {
      await t.application.update({ where: { requestId: input.requestId }, data: { registeredAt: now } });
    },
  });
}
