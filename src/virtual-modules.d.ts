declare module 'virtual:embedded-data' {
  /** The data files compiled into the single-file build, by path; null in the normal build, which fetches them. */
  export const embeddedData: Readonly<Record<string, string>> | null;
}
