// The other open tabs of the studio, told that a store's rows changed so they read them
// again from IndexedDB (the rows, not the message, are what they trust). Null where the
// browser has no BroadcastChannel: each tab then keeps to itself, as before it existed.

export const openTabChannel = (name: string): BroadcastChannel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
