import { useTranslation } from 'react-i18next';
import { commonAreas } from '@citydesk/domain';

/** The `<option>`s of a category select: a placeholder, then each category (emergencies marked). */
export function CategoryOptions({
  categories,
}: {
  categories: readonly { id: string; name: string; isEmergency: boolean }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('resident.form.categoryPlaceholder')}</option>
      {categories.map((category) => (
        <option key={category.id} value={category.id}>
          {category.isEmergency ? `${category.name} — ${t('request.emergency')}` : category.name}
        </option>
      ))}
    </>
  );
}

/** The `<option>`s of a common-area select: "not specified", then entrance, roof, basement, yard. */
export function CommonAreaOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('common.notSpecified')}</option>
      {commonAreas.map((area) => (
        <option key={area} value={area}>
          {t(`commonArea.${area}`)}
        </option>
      ))}
    </>
  );
}
