import type { TodaySummary } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

export type OnShiftProps = { readonly shifts: TodaySummary['openShifts']; readonly timeZone: string };

/** Who is on shift now: each open shift's register, cashier and opening time. */
export function OnShift({ shifts, timeZone }: OnShiftProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="today-card" aria-labelledby="on-shift-title">
      <h2 id="on-shift-title">{t('reports.today.onShift')}</h2>
      {shifts.length === 0 ? (
        <p className="muted">{t('reports.today.noShifts')}</p>
      ) : (
        <ul className="on-shift" data-testid="on-shift">
          {shifts.map((shift) => (
            <li key={shift.shiftId} data-testid="on-shift-item">
              <strong>{shift.staffName}</strong> · {shift.registerName}
              <span className="muted">
                {' '}
                · {t('reports.today.since', { time: format.time(shift.openedAt, timeZone) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
