/** A class: entities and resolvers are registered by their constructors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClassType = abstract new (...args: any[]) => object;
