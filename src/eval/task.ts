/** Options every task accepts on the command line. */
export interface EvalOptions {
  /** Where to write what the system extracted, in the gold's own format. */
  predictions?: string;
  /** Task-specific choice of system to score (attribution: rules, model or combined). */
  system?: string;
}

/** What a task hands back: a readable report and the figures for the last JSON line. */
export interface EvalResult {
  lines: string[];
  figures: Record<string, unknown>;
}

/** One evaluation task: reads a gold file of its format, runs the system, scores it. */
export interface EvalTask {
  readonly name: string;
  /** One line for `eval --help`: the format the task reads. */
  readonly description: string;
  run(path: string, options: EvalOptions): Promise<EvalResult>;
}
