import { describe, expect, it } from 'vitest';
import { applicationActions, applicationTransitions } from '../e-services/application-machine.ts';
import { requestActions, requestTransitions } from '../requests/state-machine.ts';
import {
  auditActionGroups,
  auditActionOfApplicationStep,
  auditActionOfRequestStep,
  auditActions,
  isAuditAction,
} from './audit-actions.ts';

// The same rule the database's CHECK constraint (audit_log_action_check) enforces.
const dottedCode = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;
const staff = new Set(['DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR']);

describe('audit actions', () => {
  it('are unique dotted lower-case codes whose first segment is their group', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    for (const [group, codes] of Object.entries(auditActionGroups))
      for (const code of codes) {
        expect(code).toMatch(dottedCode);
        expect(code.split('.')[0]).toBe(group);
      }
  });

  it('narrows untrusted values', () => {
    expect(isAuditAction('request.assign')).toBe(true);
    expect(isAuditAction('request.assign ')).toBe(false);
    expect(isAuditAction(42)).toBe(false);
  });

  it('gives every step a staff member takes a code, and no step of residents or the system', () => {
    for (const action of requestActions)
      expect(auditActionOfRequestStep[action] !== null).toBe(staff.has(requestTransitions[action].actor));
    for (const action of applicationActions)
      expect(auditActionOfApplicationStep[action] !== null).toBe(
        staff.has(applicationTransitions[action].actor),
      );
  });
});
