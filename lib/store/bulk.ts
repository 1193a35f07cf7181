/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits for any table here. */
export const INSERT_CHUNK = 500;

/** Runs `insert` over `rows` in chunks, in order; the caller's typed insert keeps columns checked. */
export async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await insert(rows.slice(start, start + INSERT_CHUNK));
  }
}
