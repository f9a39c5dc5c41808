import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors.ts';
import { useToast } from '../../../ui/index.ts';

/**
 * Runs a desk step and keeps what went wrong, translated: STALE_VERSION (someone else moved the application
 * meanwhile) also reloads it and says so in a toast.
 */
export function useDeskFailure(onStale?: () => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (step: () => Promise<unknown>): Promise<boolean> => {
    setFailure(null);
    try {
      await step();
      return true;
    } catch (error) {
      const problem = describeError(error, t);
      setFailure(problem.message);
      if (problem.code === 'STALE_VERSION' && onStale) {
        toast.show({ message: t('eServiceDesk.actions.stale') });
        onStale();
      }
      return false;
    }
  };
  return { failure, setFailure, run };
}
