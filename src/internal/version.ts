/** The library version, checked against package.json by the package tests. */
export const VERSION = '0.1.0';
