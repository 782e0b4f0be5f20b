import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';
import { useDocumentTop } from '../hooks/use-document-top.ts';
import { GridScrollingContext } from '../hooks/use-grid-scrolling.ts';
import { useElementWidth } from '../hooks/use-element-width.ts';

type VirtualGridProps<T> = {
  items: T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  label: string;
  minItemWidth?: number;
  gap?: number;
};

/**
 * A grid that renders only the rows near the viewport (the page scrolls, not the
 * grid), so thousands of tasks cost what a screenful does. Rows are measured as
 * they render, since a failed or running card is taller than a finished one.
 */
export const VirtualGrid = <T,>({ items, itemKey, renderItem, label, minItemWidth = 260, gap = 16 }: VirtualGridProps<T>) => {
  const listRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(listRef);
  const columns = Math.max(1, Math.floor((width + gap) / (minItemWidth + gap)));
  const rowCount = Math.ceil(items.length / columns);
  const scrollMargin = useDocumentTop(listRef);
  const estimate = ((width - gap * (columns - 1)) / columns) * (9 / 16) + 190;
  const virtualizer = useWindowVirtualizer({ count: rowCount, estimateSize: () => estimate, overscan: 2, gap, scrollMargin });

  return (
    <GridScrollingContext value={virtualizer.isScrolling}>
      <div ref={listRef} role="list" aria-label={label} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="absolute inset-x-0 top-0 grid [contain:layout_style]"
            style={{
              transform: `translateY(${row.start - scrollMargin}px)`,
              gap,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {items.slice(row.index * columns, (row.index + 1) * columns).map((item, i) => (
              <div key={itemKey(item)} role="listitem" aria-setsize={items.length} aria-posinset={row.index * columns + i + 1}>
                {renderItem(item)}
              </div>
            ))}
          </div>
        ))}
      </div>
    </GridScrollingContext>
  );
};
