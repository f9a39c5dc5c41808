import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  AssignRequestDocument,
  ContractorsDocument,
  ContractorWorkersDocument,
  QueueDocument,
} from '../../gql/dispatcher/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, Select, TextArea, useToast } from '../../ui/index.ts';

const assignSchema = z.object({
  contractorId: z.string().min(1, 'required'),
  assigneeId: z.string(),
  comment: z.string().trim().max(1000, 'too_long'),
});

type AssignValues = z.infer<typeof assignSchema>;

export interface AssignFormProps {
  request: { id: string; number: string; version: number };
  /** Called when someone else changed the request meanwhile: the caller reloads it. */
  onStale: () => void;
  /** Called after a successful assignment. */
  onDone?: () => void;
}

/** Gives the request to a contractor; sends the version it was shown, so a concurrent change is refused. */
export function AssignForm({ request, onStale, onDone }: AssignFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const contractors = useQuery(ContractorsDocument);
  const [assign] = useMutation(AssignRequestDocument, { refetchQueries: [QueueDocument] });
  const {
    register,
    handleSubmit,
    reset,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<AssignValues>({
    resolver: zodResolver(assignSchema),
    defaultValues: { contractorId: '', assigneeId: '', comment: '' },
  });
  const contractorId = useWatch({ control, name: 'contractorId' });
  const workers = useQuery(ContractorWorkersDocument, {
    variables: { contractorOrganizationId: contractorId },
    skip: !contractorId,
  });
  const contractorField = register('contractorId');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await assign({
        variables: {
          input: {
            requestId: request.id,
            version: request.version,
            contractorOrganizationId: values.contractorId,
            ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
            comment: values.comment.trim() || null,
          },
        },
      });
      const contractor = contractors.data?.contractors.find((c) => c.id === values.contractorId)?.name ?? '';
      toast.show({
        tone: 'success',
        message: t('dispatcher.assign.done', {
          number: isolate(data?.assignRequest.number ?? request.number),
          contractor: isolate(contractor),
        }),
      });
      reset();
      onDone?.();
    } catch (error) {
      const problem = describeError(error, t);
      setFormError(problem.message);
      if (problem.code === 'STALE_VERSION') onStale();
    }
  });

  const code = (field: keyof AssignValues) => errors[field]?.message;

  return (
    <form className="assign-form" data-testid="assign-form" noValidate onSubmit={onSubmit}>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <Select
        label={t('dispatcher.assign.contractor')}
        error={code('contractorId') ? validationMessage(code('contractorId')!, t) : undefined}
        disabled={!contractors.data}
        {...contractorField}
        onChange={(event) => {
          setValue('assigneeId', '');
          void contractorField.onChange(event);
        }}
      >
        <option value="">{t('dispatcher.assign.contractorPlaceholder')}</option>
        {(contractors.data?.contractors ?? []).map((contractor) => (
          <option key={contractor.id} value={contractor.id}>
            {contractor.name}
          </option>
        ))}
      </Select>
      {contractorId ? (
        <Select
          label={t('dispatcher.assign.worker')}
          hint={t('dispatcher.assign.workerHint')}
          optional
          disabled={!workers.data}
          {...register('assigneeId')}
        >
          <option value="">{t('dispatcher.assign.workerPlaceholder')}</option>
          {(workers.data?.contractorWorkers ?? []).map((worker) => (
            <option key={worker.id} value={worker.id}>
              {worker.displayName}
            </option>
          ))}
        </Select>
      ) : null}
      <TextArea
        label={t('dispatcher.assign.comment')}
        hint={t('dispatcher.assign.commentHint')}
        optional
        rows={3}
        error={code('comment') ? validationMessage(code('comment')!, t) : undefined}
        {...register('comment')}
      />
      <div>
        <Button type="submit" loading={isSubmitting}>
          {isSubmitting ? t('dispatcher.assign.submitting') : t('dispatcher.assign.submit')}
        </Button>
      </div>
    </form>
  );
}
