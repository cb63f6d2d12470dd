export function installLogPath(root: string): string;
export function missingDependencies(root: string): string | null;
export function ensureDependencies(
  root: string,
  options?: { say?: (line: string) => void; warn?: (line: string) => void; npm?: string },
): Promise<boolean>;
export function npmCommand(): string;
