import { isIP } from 'node:net';

// Which network addresses the studio may fetch a clip from. A gateway's answer is not
// trusted to point only at a CDN: a clip URL on 127.0.0.1, 10.x or 169.254.169.254 would
// turn the download route into a way to read the studio machine's own network.

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'unspecified' | 'multicast' | 'reserved';

type Range = { prefix: number[]; bits: number; kind: Exclude<AddressClass, 'public'> };

const V4_RANGES: Range[] = [
  { prefix: [0], bits: 8, kind: 'unspecified' },
  { prefix: [10], bits: 8, kind: 'private' },
  { prefix: [100, 64], bits: 10, kind: 'private' }, // carrier-grade NAT
  { prefix: [127], bits: 8, kind: 'loopback' },
  { prefix: [169, 254], bits: 16, kind: 'link-local' }, // includes cloud metadata 169.254.169.254
  { prefix: [172, 16], bits: 12, kind: 'private' },
  { prefix: [192, 0, 0], bits: 24, kind: 'reserved' },
  { prefix: [192, 0, 2], bits: 24, kind: 'reserved' },
  { prefix: [192, 168], bits: 16, kind: 'private' },
  { prefix: [198, 18], bits: 15, kind: 'reserved' },
  { prefix: [198, 51, 100], bits: 24, kind: 'reserved' },
  { prefix: [203, 0, 113], bits: 24, kind: 'reserved' },
  { prefix: [224], bits: 4, kind: 'multicast' },
  { prefix: [240], bits: 4, kind: 'reserved' }, // and 255.255.255.255
];

const V6_RANGES: Range[] = [
  { prefix: [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], bits: 48, kind: 'private' }, // local-use NAT64
  { prefix: [0x01, 0x00], bits: 64, kind: 'reserved' }, // discard
  { prefix: [0x20, 0x01, 0x00, 0x00], bits: 32, kind: 'reserved' }, // Teredo hides an IPv4 address
  { prefix: [0x20, 0x01, 0x0d, 0xb8], bits: 32, kind: 'reserved' }, // documentation
  { prefix: [0xfc], bits: 7, kind: 'unique-local' },
  { prefix: [0xfe, 0x80], bits: 10, kind: 'link-local' },
  { prefix: [0xfe, 0xc0], bits: 10, kind: 'private' }, // deprecated site-local
  { prefix: [0xff], bits: 8, kind: 'multicast' },
];

const inRange = (bytes: number[], range: Range): boolean => {
  for (let bit = 0; bit < range.bits; bit++) {
    const mask = 0x80 >> (bit % 8);
    if (((bytes[bit >> 3] ?? 0) & mask) !== ((range.prefix[bit >> 3] ?? 0) & mask)) return false;
  }
  return true;
};

const classifyBytes = (bytes: number[], ranges: Range[]): AddressClass => ranges.find((range) => inRange(bytes, range))?.kind ?? 'public';

const v4Bytes = (address: string): number[] => address.split('.').map(Number);

/** The 16 bytes of a valid IPv6 address (zone id allowed), with `::` and a trailing dotted quad expanded. */
export const ipv6Bytes = (address: string): number[] | null => {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (isIP(bare) !== 6) return null;
  let text = bare;
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (quad) {
    const [a = 0, b = 0, c = 0, d = 0] = v4Bytes(quad);
    text = text.slice(0, -quad.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const words = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right].map((w) => parseInt(w, 16));
  return words.flatMap((word) => [word >> 8, word & 0xff]);
};

const isZero = (bytes: number[], from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);

/** The IPv4 address carried inside an IPv6 one (mapped, compatible, translated, NAT64, 6to4), if any. */
const embeddedV4 = (b: number[]): number[] | null => {
  const last4 = b.slice(12, 16);
  if (isZero(b, 0, 10) && b[10] === 0xff && b[11] === 0xff) return last4; // ::ffff:a.b.c.d
  if (isZero(b, 0, 8) && b[8] === 0xff && b[9] === 0xff && isZero(b, 10, 12)) return last4; // ::ffff:0:a.b.c.d
  if (isZero(b, 0, 12)) return last4; // ::a.b.c.d (deprecated "compatible"; :: and ::1 are handled first)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && isZero(b, 4, 12)) return last4; // NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6); // 6to4
  return null;
};

/** What kind of address this is; anything that is not an IP address is 'reserved' (refused). */
export const classifyAddress = (address: string): AddressClass => {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return classifyBytes(v4Bytes(bare), V4_RANGES);
  const bytes = ipv6Bytes(bare);
  if (!bytes) return 'reserved';
  if (isZero(bytes, 0, 16)) return 'unspecified';
  if (isZero(bytes, 0, 15) && bytes[15] === 1) return 'loopback';
  const v4 = embeddedV4(bytes);
  if (v4) return classifyBytes(v4, V4_RANGES);
  return classifyBytes(bytes, V6_RANGES);
};

export const isPublicAddress = (address: string): boolean => classifyAddress(address) === 'public';
