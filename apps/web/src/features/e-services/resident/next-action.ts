// What the resident should do next with an application, for the list's hint.
import type { ResidentApplicationSummaryFragment } from '../../../gql/e-services-resident/graphql.ts';

export type NextAction = 'pay' | 'sign' | 'download' | null;

export function nextAction(application: ResidentApplicationSummaryFragment): NextAction {
  if (application.viewerCan.pay) return 'pay';
  if (application.viewerCan.sign) return 'sign';
  if (application.status === 'APPROVED' && application.documents.length > 0) return 'download';
  return null;
}
