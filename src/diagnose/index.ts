// PLACEHOLDER written by the integrator so the tree compiles; the diagnosis engine replaces this file entirely.
import type { Diagnosis } from './types.js';

export async function diagnose(text: string): Promise<Diagnosis> {
  void text;
  return { autoReply: false, findings: [] };
}
