// PLACEHOLDER written by the integrator so the tree compiles; the diagnosis engine replaces this file entirely.
export async function runDiagnose(
  args: string[],
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  void args;
  io.stderr.write('smtp diagnose: not available yet\n');
  return 1;
}
