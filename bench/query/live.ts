/** The condition that a stance was not rejected by a curator, on the stance variable `s`. */
export const LIVE = (s: string) => `NOT coalesce(${s}.rejected, false)`;
