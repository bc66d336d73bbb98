/**
 * What a file name needs to be valid on Windows and macOS as well as Linux: a wire outbox is
 * often a shared folder or a disk another system reads. Windows forbids `< > : " / \ | ? *` and
 * control characters, drops trailing dots and spaces, and reserves device names (CON, NUL,
 * COM1...) even with an extension; macOS's Finder shows `:` as `/`.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/u;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** Why `name` cannot be a file name everywhere, or undefined when it can. */
export function portableFileNameProblem(name: string): string | undefined {
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return `must not contain ${JSON.stringify(forbidden[0])}: Windows and macOS cannot hold : * ? " < > | / \\ or control characters in a file name`;
  if (/[. ]$/.test(name)) return 'must not end with a dot or a space (Windows drops them)';
  if (isReservedDeviceName(name)) return `must not start with ${name.split('.')[0]}: Windows reserves that name for a device`;
  return undefined;
}

/** Whether Windows takes `name` (up to its first dot) for a device: `CON`, `nul.txt`, `COM1.xml`. */
export function isReservedDeviceName(name: string): boolean {
  return RESERVED.test(name.split('.')[0].trimEnd());
}
