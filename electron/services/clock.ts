/** The services' only source of time, so tests can fix it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
