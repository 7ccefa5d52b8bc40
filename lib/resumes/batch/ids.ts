const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client's id can be one of ours: anything else is simply not found (never a database error). */
export const isUuid = (id: string) => UUID.test(id);
