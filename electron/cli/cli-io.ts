export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done, 1 the command failed, 2 the input was refused (bad file, bad arguments). */
export const EXIT = { ok: 0, failed: 1, refused: 2 } as const;
