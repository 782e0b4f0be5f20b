import { createContext, useContext } from 'react';

// True while the virtualized gallery is being scrolled (TanStack Virtual's isScrolling),
// for cards that should not start expensive work while they fly past.
export const GridScrollingContext = createContext(false);

export const useGridScrolling = (): boolean => useContext(GridScrollingContext);
