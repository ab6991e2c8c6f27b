import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { useFormat } from '../../shared/format/use-format';
import { direction } from './change';

export type FigureCardProps = {
  readonly id: string;
  readonly label: string;
  /** Already formatted; '—' when there is none. */
  readonly value: string;
  /** The change on last week up to the same hour, in basis points (a percentage, or percentage points). */
  readonly change: number | null;
  readonly changeIn: 'percent' | 'points';
  /** A second line under the change, e.g. last week's whole day. */
  readonly note?: string;
  /** The report this figure opens. */
  readonly href: string;
};

/** One of the home screen's headline figures: the value, how it compares with last week, a link to its report. */
export function FigureCard({ id, label, value, change, changeIn, note, href }: FigureCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const way = direction(change);
  const arrow = way === 'up' ? '▲ ' : way === 'down' ? '▼ ' : '';
  const signed = change === null ? '' : `${change > 0 ? '+' : ''}${format.percent(change)}`;
  return (
    <Link href={href} className="figure-card" data-testid={`figure-${id}`}>
      <span className="figure-card__label">{label}</span>
      <strong className="figure-card__value" data-testid={`figure-${id}-value`}>
        {value}
      </strong>
      <span className={`figure-card__change figure-card__change--${way}`} data-testid={`figure-${id}-change`}>
        {change === null
          ? t('reports.today.noLastWeek')
          : arrow +
            t(changeIn === 'points' ? 'reports.today.vsLastWeekPoints' : 'reports.today.vsLastWeek', {
              change: changeIn === 'points' ? signed.replace('%', '') : signed,
            })}
      </span>
      {note && <span className="figure-card__note muted">{note}</span>}
    </Link>
  );
}
