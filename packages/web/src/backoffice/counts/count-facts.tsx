import type { Category, Me, StockCount, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { staffName } from '../stock/staff-name';
import type { PlacedLocation } from '../stock/use-locations';

export type CountFactsProps = {
  readonly count: StockCount;
  readonly store: Store;
  readonly me: Me;
  readonly locations: ReadonlyMap<string, PlacedLocation> | null;
  readonly categories: readonly Category[];
};

/**
 * What is counted (location, category, blind or not) on one line, then who started and posted it
 * and when, and the note: short, so that on a counter's phone the scan field stays near the top.
 */
export function CountFacts({ count, store, me, locations, categories }: CountFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const by = (staffId: string, at: number) =>
    `${staffName(t, me, staffId, count.staffNames)} · ${format.dateTime(at, store.timeZone)}`;
  return (
    <div className="count-facts" data-testid="count-facts">
      <p className="count-facts__what">
        <span data-testid="count-location">{locations?.get(count.locationId)?.location.name ?? '…'}</span>
        <span data-testid="count-category">
          {count.categoryId === null
            ? t('counts.wholeLocation')
            : (categories.find((c) => c.id === count.categoryId)?.name ?? '…')}
        </span>
        <span data-testid="count-kind">{t(count.blind ? 'counts.blind' : 'counts.open')}</span>
      </p>
      <p className="muted count-facts__who">
        <span>{t('counts.startedBy', { by: by(count.startedBy, count.startedAt) })}</span>
        {count.postedBy !== null && count.postedAt !== null && (
          <span data-testid="count-posted-by">
            {t('counts.postedBy', { by: by(count.postedBy, count.postedAt) })}
          </span>
        )}
        {count.note && <span data-testid="count-note">{count.note}</span>}
      </p>
    </div>
  );
}
