// Decodes a JSON value into a Go struct the way encoding/json does, which is how
// new-api reads a body: a known field of the wrong type is an UnmarshalTypeError
// with Go's exact wording, an unknown field vanishes without a word, and null
// leaves a field as it was. (Go also matches field names case-insensitively; the
// simulator does not.)

export type GoStruct = { kind: 'struct'; name: string; goName: string; fields: Record<string, GoType> };
export type GoType = 'string' | 'float64' | 'int' | 'bool' | GoStruct | { kind: 'slice'; of: GoType };

export type GoDecoded = { ok: true; value: Record<string, unknown>; dropped: string[] } | { ok: false; message: string };

class GoTypeError extends Error {}

type Where = { struct: string; fields: string[]; path: string };

/** A JSON value's kind as Go's decoder names it in its errors (`cannot unmarshal bool into …`). */
export const jsonKind = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value === 'boolean' ? 'bool' : typeof value;

const goTypeName = (type: GoType): string =>
  typeof type === 'string' ? type : type.kind === 'struct' ? type.goName : `[]${goTypeName(type.of)}`;

const zeroOf = (type: GoType): unknown =>
  type === 'string' ? '' : type === 'bool' ? false : typeof type === 'string' ? 0 : type.kind === 'struct' ? {} : [];

const join = (path: string, name: string | number) => (path ? `${path}.${name}` : String(name));

const decodeValue = (value: unknown, type: GoType, where: Where, dropped: string[]): unknown => {
  const fail = (what: string): never => {
    throw new GoTypeError(
      `json: cannot unmarshal ${what} into Go struct field ${where.struct}.${where.fields.join('.')} of type ${goTypeName(type)}`,
    );
  };
  if (type === 'string' || type === 'float64' || type === 'bool') {
    const wanted = type === 'string' ? 'string' : type === 'bool' ? 'boolean' : 'number';
    return typeof value === wanted ? value : fail(jsonKind(value));
  }
  if (type === 'int') {
    if (typeof value !== 'number') return fail(jsonKind(value));
    return Number.isInteger(value) ? value : fail(`number ${value}`);
  }
  if (type.kind === 'slice') {
    if (!Array.isArray(value)) return fail(jsonKind(value));
    return value.map((item, i) =>
      item === null ? zeroOf(type.of) : decodeValue(item, type.of, { ...where, path: join(where.path, i) }, dropped),
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(jsonKind(value));
  return decodeFields(value as Record<string, unknown>, type, where, dropped);
};

const decodeFields = (object: Record<string, unknown>, struct: GoStruct, where: Where, dropped: string[]) => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const field = struct.fields[key];
    if (!field) {
      dropped.push(join(where.path, key));
      continue;
    }
    if (value === null) continue;
    out[key] = decodeValue(value, field, { struct: struct.name, fields: [...where.fields, key], path: join(where.path, key) }, dropped);
  }
  return out;
};

/** Decodes `object` into `struct`; dropped fields are named by their dotted path below `pathPrefix`. */
export const decodeGoStruct = (object: Record<string, unknown>, struct: GoStruct, pathPrefix = ''): GoDecoded => {
  const dropped: string[] = [];
  try {
    return { ok: true, value: decodeFields(object, struct, { struct: struct.name, fields: [], path: pathPrefix }, dropped), dropped };
  } catch (error) {
    if (error instanceof GoTypeError) return { ok: false, message: error.message };
    throw error;
  }
};
