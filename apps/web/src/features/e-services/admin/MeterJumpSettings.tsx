import { useMutation } from '@apollo/client/react';
import { validateJumpMultiple } from '@citydesk/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SetMeterReadingJumpMultipleDocument } from '../../../gql/e-services-admin/graphql.ts';
import { describeError, validationMessage, type InputIssue } from '../../../lib/errors.ts';
import { toLatinDigits } from '../../../lib/format.ts';
import { Button, Card, FormAlert, TextField, useToast } from '../../../ui/index.ts';

/** How unusual a reading may be before its submitter must confirm it, set by the administrator. */
export function MeterJumpSettings({ multiple }: { multiple: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const titleId = useId();
  const [value, setValue] = useState(String(multiple));
  const [local, setLocal] = useState<InputIssue[]>([]);
  const [save, { loading, error }] = useMutation(SetMeterReadingJumpMultipleDocument);
  const described = error ? describeError(error, t) : null;
  const code = (local.length > 0 ? local : (described?.issues ?? []))[0]?.code;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The server's own rule first, so a typo is caught before the round trip.
    const checked = validateJumpMultiple(Number(toLatinDigits(value.trim()) || NaN));
    setLocal(checked.ok ? [] : checked.issues);
    if (!checked.ok) return;
    const result = await save({ variables: { multiple: checked.value } }).catch(() => null);
    if (result?.data) toast.show({ message: t('meters.jumpSetting.saved', { multiple: checked.value }) });
  };

  return (
    <Card>
      <form className="meter-window" aria-labelledby={titleId} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 className="meter-window__title" id={titleId}>
          {t('meters.jumpSetting.title')}
        </h2>
        <p className="meter-window__intro">{t('meters.jumpSetting.intro')}</p>
        {local.length === 0 && described && described.issues.length === 0 ? (
          <FormAlert>{described.message}</FormAlert>
        ) : null}
        <div className="meter-window__fields">
          <TextField
            label={t('meters.jumpSetting.multiple')}
            inputMode="numeric"
            value={value}
            error={code ? validationMessage(code, t) : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <Button type="submit" loading={loading}>
          {t('meters.jumpSetting.save')}
        </Button>
      </form>
    </Card>
  );
}
