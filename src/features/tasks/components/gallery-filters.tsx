import { useTranslation } from '../../../lib/use-translation.ts';
import { useGalleryStore } from '../stores/gallery-store.ts';
import { kindFilters, modeFilters, statusFilters, type GalleryFilters } from '../utils/filter-records.ts';

const selectClass = 'rounded-lg border border-neutral-700 bg-neutral-950 px-2 py-1.5 text-sm';

type Choice = 'status' | 'mode' | 'kind';
const choices = { status: statusFilters, mode: modeFilters, kind: kindFilters } as const;

const FilterSelect = ({ name, filters }: { name: Choice; filters: GalleryFilters }) => {
  const { t } = useTranslation();
  const setFilters = useGalleryStore((state) => state.setFilters);
  const options: readonly string[] = choices[name];
  const id = `gallery-filter-${name}`;
  return (
    <div className="flex items-center gap-1.5 text-xs text-neutral-400">
      <label htmlFor={id}>{t(`gallery.${name}`)}</label>
      <select id={id} className={selectClass} value={filters[name]} onChange={(event) => setFilters({ [name]: event.target.value })}>
        {options.map((value) => (
          <option key={value} value={value}>
            {t(`gallery.${name}Options.${value}` as 'gallery.statusOptions.all')}
          </option>
        ))}
      </select>
    </div>
  );
};

export const GalleryFiltersBar = () => {
  const { t } = useTranslation();
  const filters = useGalleryStore((state) => state.filters);
  const setFilters = useGalleryStore((state) => state.setFilters);
  return (
    <div role="group" aria-label={t('gallery.filters')} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <input
        type="search"
        aria-label={t('gallery.search')}
        placeholder={t('gallery.searchPlaceholder')}
        value={filters.search}
        onChange={(event) => setFilters({ search: event.target.value })}
        className="min-w-48 flex-1 rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-1.5 text-sm placeholder:text-neutral-400/75"
      />
      <FilterSelect name="status" filters={filters} />
      <FilterSelect name="mode" filters={filters} />
      <FilterSelect name="kind" filters={filters} />
      <label className="flex items-center gap-1.5 text-xs text-neutral-400">
        <input
          type="checkbox"
          className="size-4 accent-amber-400"
          checked={filters.starredOnly}
          onChange={(event) => setFilters({ starredOnly: event.target.checked })}
        />
        {t('gallery.starredOnly')}
      </label>
      <label className="flex items-center gap-1.5 text-xs text-neutral-400">
        <input
          type="checkbox"
          className="size-4 accent-amber-400"
          checked={filters.setsOnly}
          onChange={(event) => setFilters({ setsOnly: event.target.checked })}
        />
        {t('compare.sets')}
      </label>
    </div>
  );
};
