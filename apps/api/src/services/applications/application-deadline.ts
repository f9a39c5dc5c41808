// By when an application must be decided: the catalogue's SLA counted from registration (the service's clock
// starts when it is registered), except where the outcome has a rule of its own — a household-size change is
// applied by the 10th of the month after the FILING day (seed 003), however long signing or registration took.
import { householdChangeDeadline } from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';
import { cityDeadline, type DeadlineCity } from '../calendars/city-deadline.ts';
import type { EService } from './e-service.ts';

export async function applicationDeadline(
  tx: Tx,
  city: DeadlineCity,
  service: EService,
  at: { filedAt: Date; registeredAt: Date },
): Promise<Date> {
  if (service.spec.outcome === 'HOUSEHOLD_SIZE') return householdChangeDeadline(at.filedAt, city.timeZone);
  return cityDeadline(tx, city, at.registeredAt, {
    unit: service.row.slaUnit,
    amount: service.row.slaAmount,
  });
}
