import { housingStockColumns, requiredHousingStockColumns } from '@citydesk/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { UploadError } from '../../../lib/upload.ts';
import { uploadErrorMessage, validationMessage } from '../../../lib/errors.ts';
import { Button, Card, FormAlert, IconUpload, PageHeader, Select, Table } from '../../../ui/index.ts';
import { ImportResultCard } from './ImportResultCard.tsx';
import {
  importKinds,
  invalidRows,
  sendImport,
  type ImportKind,
  type ImportMode,
  type ImportReport,
} from './import-report.ts';
import './ImportsPage.css';

const shownIssues = 100;

type Stage =
  | { step: 'idle' }
  | { step: 'sending'; mode: ImportMode; fraction: number }
  | { step: 'checked'; report: ImportReport }
  | { step: 'imported'; report: ImportReport };

/** The administrator's data import: choose a file, see what is wrong with it by row and column, import. */
export function ImportsPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const [kind, setKind] = useState<ImportKind>('buildings');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const send = async (mode: ImportMode) => {
    if (!file) return input.current?.focus();
    setError(null);
    setStage({ step: 'sending', mode, fraction: 0 });
    try {
      const report = await sendImport(kind, mode, file, {
        locale,
        onProgress: (fraction) => setStage({ step: 'sending', mode, fraction }),
      }).promise;
      setStage({ step: mode === 'check' || !report.written ? 'checked' : 'imported', report });
    } catch (failure) {
      setStage({ step: 'idle' });
      setError(
        failure instanceof UploadError && failure.fromServer
          ? failure.message
          : uploadErrorMessage(failure instanceof UploadError ? failure.code : 'INTERNAL', t),
      );
    }
  };

  const sending = stage.step === 'sending' ? stage : null;
  const report = stage.step === 'checked' ? stage.report : null;
  const percent = sending ? Math.round(sending.fraction * 100) : 0;
  const columns = housingStockColumns;
  const required = new Set<string>(requiredHousingStockColumns);

  return (
    <div className="imports-page">
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <Card>
        <form
          className="imports-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send('check');
          }}
        >
          {error ? <FormAlert>{error}</FormAlert> : null}
          <Select
            label={t('imports.kind')}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              setStage({ step: 'idle' });
            }}
          >
            {importKinds.map((k) => (
              <option key={k} value={k}>
                {t(`imports.kinds.${k}`)}
              </option>
            ))}
          </Select>
          <div className="field">
            <span className="field__label" id="import-file-label">
              {t('imports.file')}
            </span>
            <p className="field__hint" id="import-file-hint">
              {t('imports.fileHint')}
            </p>
            {/* The browser's own file button speaks the browser's language: this one speaks the reader's. */}
            <div className="imports-file">
              <input
                ref={input}
                id="import-file"
                className="visually-hidden"
                type="file"
                accept=".csv,text/csv"
                aria-labelledby="import-file-label"
                aria-describedby="import-file-hint import-file-name"
                data-testid="import-file"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setStage({ step: 'idle' });
                  setError(null);
                }}
              />
              <label htmlFor="import-file" className="button button--secondary imports-file__button">
                <IconUpload size={18} />
                {t('imports.chooseFile')}
              </label>
              <bdi className="imports-file__name" id="import-file-name">
                {file?.name ?? t('imports.noFile')}
              </bdi>
            </div>
          </div>
          {sending ? (
            <div className="imports-progress">
              <div
                className="imports-progress__bar"
                role="progressbar"
                aria-label={t('imports.progress', { name: file?.name ?? '' })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                data-done={percent === 100 ? 'true' : undefined}
              >
                <span className="imports-progress__fill" style={{ inlineSize: `${percent}%` }} />
              </div>
              <span className="imports-progress__label" aria-live="polite">
                {sending.mode === 'check' ? t('imports.checking') : t('imports.importing')}
              </span>
            </div>
          ) : null}
          <div className="imports-form__actions">
            <Button
              type="submit"
              loading={sending?.mode === 'check'}
              disabled={!file || Boolean(sending)}
              data-testid="import-check"
            >
              {t('imports.check')}
            </Button>
          </div>
        </form>
      </Card>

      {report ? (
        <Card title={t('imports.problemsTitle')} data-testid="import-report">
          <p className="imports-summary">
            {t('imports.summary', {
              rows: number(report.rows),
              valid: number(report.valid),
              invalid: number(invalidRows(report)),
            })}
          </p>
          {report.issues.length === 0 ? (
            <p className="imports-ready">{t('imports.ready')}</p>
          ) : (
            <Table
              caption={t('imports.problemsCaption')}
              head={
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  <th scope="col">{t('imports.column')}</th>
                  <th scope="col">{t('imports.reason')}</th>
                </tr>
              }
            >
              {report.issues.slice(0, shownIssues).map((issue) => (
                <tr key={`${issue.row}-${issue.column}-${issue.code}`} data-testid="import-issue">
                  <td>{number(issue.row)}</td>
                  <td>
                    <code dir="ltr">{issue.column}</code>
                  </td>
                  <td>{validationMessage(issue.code, t)}</td>
                </tr>
              ))}
            </Table>
          )}
          {report.issues.length > shownIssues ? (
            <p className="imports-more">
              {t('imports.moreProblems', { count: number(report.issues.length - shownIssues) })}
            </p>
          ) : null}
          <div className="imports-form__actions">
            <Button
              onClick={() => void send('import')}
              disabled={report.issues.length > 0}
              data-testid="import-all"
            >
              {t('imports.importAll')}
            </Button>
            {report.issues.length > 0 && report.valid > 0 ? (
              <Button
                variant="secondary"
                onClick={() => void send('import-valid')}
                data-testid="import-valid"
              >
                {t('imports.importValid', { count: number(report.valid) })}
              </Button>
            ) : null}
          </div>
        </Card>
      ) : null}

      {stage.step === 'imported' ? <ImportResultCard report={stage.report} /> : null}

      <Card title={t('imports.columnsTitle')}>
        <dl className="imports-columns">
          {columns.map((column) => (
            <div key={column} className="imports-columns__item">
              <dt>
                <code dir="ltr">{column}</code>
                {required.has(column) ? (
                  <span className="imports-required"> ({t('imports.required')})</span>
                ) : null}
              </dt>
              <dd>{t(`imports.columns.${kind}.${column}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
