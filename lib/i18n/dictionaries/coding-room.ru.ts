// Coding interviews: the candidate's room, practice start, invite entry (room.*). Spread into ru.ts.
export const codingRoomRu = {
} as const;
