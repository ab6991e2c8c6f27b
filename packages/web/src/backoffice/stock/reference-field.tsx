import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/components/text-field';

/** The supplier's delivery note number a receipt is booked with. */
export function ReferenceField({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('stock.receive.reference')}
      value={value}
      onChange={onChange}
      maxLength={60}
      testId="receive-reference"
    />
  );
}
