export const DATABASE_NAME = 'lectern';
