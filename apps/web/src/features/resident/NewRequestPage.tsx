import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  FileRequestDocument,
  MyRequestsDocument,
  NewRequestOptionsDocument,
} from '../../gql/resident/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { useSubmissionKey } from '../../lib/idempotency.ts';
import {
  Button,
  Card,
  ChoiceGroup,
  EmptyState,
  ErrorState,
  FormAlert,
  LoadingState,
  PageHeader,
  Radio,
  Select,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index.ts';
import {
  formFieldOf,
  newRequestSchema,
  toFileRequestInput,
  type NewRequestValues,
} from './new-request-form.ts';
import { UploadField } from '../uploads/UploadField.tsx';
import { CategoryOptions, CommonAreaOptions } from '../requests/RequestFormOptions.tsx';
import { useUpload } from '../uploads/useUpload.ts';
import './NewRequestPage.css';

const MAX_PHOTOS = 10;
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

export function NewRequestPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NewRequestOptionsDocument);

  return (
    <>
      <PageHeader title={t('resident.form.title')} description={t('resident.form.intro')} />
      {!data && loading ? (
        <Card>
          <LoadingState />
        </Card>
      ) : !data ? (
        <Card>
          <ErrorState
            message={error ? describeError(error, t).message : undefined}
            onRetry={() => void refetch()}
          />
        </Card>
      ) : data.myPremises.length === 0 ? (
        <Card>
          <EmptyState title={t('resident.form.title')} text={t('resident.form.noPremises')} />
        </Card>
      ) : (
        <NewRequestForm categories={data.serviceCategories} premises={data.myPremises} />
      )}
    </>
  );
}

interface NewRequestFormProps {
  categories: ReadonlyArray<{ id: string; name: string; isEmergency: boolean }>;
  premises: ReadonlyArray<{ id: string; buildingId: string; address: string; number: string }>;
}

function NewRequestForm({ categories, premises }: NewRequestFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [fileRequest] = useMutation(FileRequestDocument, { refetchQueries: [MyRequestsDocument] });
  const photos = useUpload({ kind: 'PHOTO', max: MAX_PHOTOS });
  const submission = useSubmissionKey();

  // A resident may live in several buildings; a common area belongs to one of them.
  const buildings = useMemo(() => {
    const byId = new Map<string, string>();
    for (const p of premises) if (!byId.has(p.buildingId)) byId.set(p.buildingId, p.address);
    return [...byId].map(([id, address]) => ({ id, address }));
  }, [premises]);

  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewRequestValues>({
    resolver: zodResolver(newRequestSchema),
    defaultValues: {
      categoryId: '',
      where: 'premises',
      premisesId: premises.length === 1 ? premises[0]!.id : '',
      buildingId: buildings.length === 1 ? buildings[0]!.id : '',
      commonArea: '',
      description: '',
      contactPhone: '',
      preferredVisit: '',
    },
  });

  const where = useWatch({ control, name: 'where' });
  const categoryId = useWatch({ control, name: 'categoryId' });
  const emergency = categories.find((c) => c.id === categoryId)?.isEmergency ?? false;
  const errorOf = (field: keyof NewRequestValues) => {
    const code = errors[field]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (photos.busy) {
      setFormError(t('upload.uploading'));
      return;
    }
    try {
      const variables = { input: { ...toFileRequestInput(values), photoIds: photos.ids } };
      const { data } = await fileRequest({ variables, context: submission.context(variables) });
      if (!data) throw new Error('fileRequest returned no data');
      submission.succeeded();
      const request = data.fileRequest;
      toast.show({ tone: 'success', message: t('resident.form.filed', { number: isolate(request.number) }) });
      await navigate(`/resident/requests/${request.id}`);
    } catch (error) {
      const problem = describeError(error, t);
      const unplaced = problem.issues.filter((issue) => {
        const field = formFieldOf(issue.field, values.where);
        if (field) setError(field, { message: issue.code }, { shouldFocus: true });
        return !field;
      });
      if (problem.issues.length === 0 || unplaced.length > 0) setFormError(problem.message);
    }
  });

  return (
    <Card>
      <form className="request-form" data-testid="new-request-form" noValidate onSubmit={onSubmit}>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <Select
          label={t('resident.form.category')}
          error={errorOf('categoryId')}
          hint={emergency ? t('resident.form.emergencyHint') : undefined}
          {...register('categoryId')}
        >
          <CategoryOptions categories={categories} />
        </Select>

        <div className="request-form__where">
          <ChoiceGroup legend={t('resident.form.where')}>
            <Radio label={t('resident.form.wherePremises')} value="premises" {...register('where')} />
            <Radio label={t('resident.form.whereCommonArea')} value="commonArea" {...register('where')} />
          </ChoiceGroup>
          {where === 'premises' ? (
            <Select
              label={t('resident.form.premises')}
              error={errorOf('premisesId')}
              {...register('premisesId')}
            >
              {premises.length > 1 ? <option value="">{t('common.notSpecified')}</option> : null}
              {premises.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('resident.form.premisesOption', {
                    address: isolate(p.address),
                    number: isolate(p.number),
                  })}
                </option>
              ))}
            </Select>
          ) : (
            <div className="request-form__row">
              <Select
                label={t('resident.form.building')}
                error={errorOf('buildingId')}
                {...register('buildingId')}
              >
                {buildings.length > 1 ? <option value="">{t('common.notSpecified')}</option> : null}
                {buildings.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.address}
                  </option>
                ))}
              </Select>
              <Select
                label={t('resident.form.commonArea')}
                error={errorOf('commonArea')}
                {...register('commonArea')}
              >
                <CommonAreaOptions />
              </Select>
            </div>
          )}
        </div>

        <TextArea
          label={t('resident.form.description')}
          hint={t('resident.form.descriptionHint')}
          rows={5}
          maxLength={2000}
          error={errorOf('description')}
          {...register('description')}
        />

        <UploadField
          upload={photos}
          label={t('resident.photos.label')}
          hint={t('resident.photos.hint')}
          accept={PHOTO_TYPES}
          max={MAX_PHOTOS}
          optional
          data-testid="photos-upload"
        />

        <div className="request-form__row">
          <TextField
            label={t('resident.form.contactPhone')}
            hint={t('resident.form.contactPhoneHint')}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            dir="ltr"
            error={errorOf('contactPhone')}
            {...register('contactPhone')}
          />
          <TextField
            label={t('resident.form.preferredVisit')}
            hint={t('resident.form.preferredVisitHint')}
            optional
            error={errorOf('preferredVisit')}
            {...register('preferredVisit')}
          />
        </div>

        <div className="request-form__actions">
          <Button type="submit" size="lg" loading={isSubmitting}>
            {isSubmitting ? t('resident.form.submitting') : t('resident.form.submit')}
          </Button>
          <Button variant="ghost" size="lg" onClick={() => void navigate('/resident')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
