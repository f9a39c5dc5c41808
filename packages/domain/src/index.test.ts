import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('@citydesk/domain public API', () => {
  it('exports the functions and lists other packages build on', () => {
    for (const name of [
      'roles',
      'locales',
      'requestStatuses',
      'requestActions',
      'transition',
      'availableActions',
      'isTerminal',
      'isOpen',
      'requiresReason',
      'residentRejectionReasons',
      'dispatcherCancellationReasons',
      'formatRequestNumber',
      'parseRequestNumber',
      'validateFileRequestInput',
      'issueCodes',
      'computeDeadline',
      'isOverdue',
      'remainingMs',
      'countryCalendars',
      'calendarFor',
      'decideTransition',
      'availableActionsOf',
      'applicationStatuses',
      'terminalApplicationStatuses',
      'openApplicationStatuses',
      'isApplicationStatus',
      'applicationActions',
      'applicationTransitions',
      'transitionApplication',
      'availableApplicationActions',
      'isApplicationAction',
      'validateApplicationDecision',
      'dayOfNextMonth',
      'householdChangeDates',
      'householdChangeDeadline',
      'generateVerificationCode',
      'normalizeVerificationCode',
      'formatVerificationCode',
      'canonicalJson',
      'meterKinds',
      'readingWindow',
      'isReadingMissingSoon',
      'validateMeterReading',
      'notificationParties',
      'partiesToNotify',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });

  it('wires the pieces together', () => {
    const result = domain.transition('ROUTED', 'assign', 'DISPATCHER');
    expect(result).toEqual({ ok: true, to: 'ASSIGNED' });
    const deadline = domain.computeDeadline(
      new Date('2026-04-10T07:00:00Z'),
      { unit: 'WORKING_DAYS', amount: 1 },
      domain.calendarFor('RU', 'Europe/Moscow'),
    );
    expect(deadline.toISOString()).toBe('2026-04-13T15:00:00.000Z');
  });
});
