/** Where server code gets the time, so tests can move it (session expiry, lockouts, rate limits). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export interface ClockOption {
	now?: Clock;
}
