// Coding interviews: the candidate's room, practice start, invite entry (room.*). Spread into en.ts.
export const codingRoomEn = {
} as const;
